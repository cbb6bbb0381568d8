package org.aidx.input.update;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aidx.data.Dataset;
import org.aidx.model.Observation;

/**
 * What an update changes in the dataset in use, for the indicators it updated: new years, values
 * revised (old → new, by how much), years no longer published, units that changed, and economies
 * that appear or disappear.
 *
 * <p>Example: the shipped population of DEU in 2023 is 83,280,000 and an update reads 83,300,000:
 * {@code revised population DEU 2023: 83280000 → 83300000 (+0.02%)}.
 */
public record UpdateDiff(
    List<String> newYears,
    List<String> revised,
    List<String> dropped,
    List<String> unitChanges,
    List<String> economiesAppeared,
    List<String> economiesDisappeared) {
  public UpdateDiff {
    newYears = List.copyOf(newYears);
    revised = List.copyOf(revised);
    dropped = List.copyOf(dropped);
    unitChanges = List.copyOf(unitChanges);
    economiesAppeared = List.copyOf(economiesAppeared);
    economiesDisappeared = List.copyOf(economiesDisappeared);
  }

  /** Two values are the same when they differ by less than 1e-12 of their size. */
  static boolean same(double a, double b) {
    return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  public static UpdateDiff of(Dataset old, List<UpdatedValue> updated) {
    Set<String> indicators = new TreeSet<>();
    updated.forEach(v -> indicators.add(v.indicator()));
    Map<String, Observation> before = new TreeMap<>();
    for (Observation o : old.observations()) {
      if (indicators.contains(o.indicator())) {
        before.put(o.indicator() + " " + o.economy() + " " + o.year(), o);
      }
    }
    Map<String, UpdatedValue> after = new TreeMap<>();
    updated.forEach(v -> after.put(v.indicator() + " " + v.iso3() + " " + v.year(), v));
    Map<String, TreeSet<Integer>> newYears = new TreeMap<>();
    List<String> revised = new ArrayList<>();
    Map<String, TreeSet<Integer>> dropped = new TreeMap<>();
    Map<String, String> units = new TreeMap<>();
    for (var e : after.entrySet()) {
      UpdatedValue v = e.getValue();
      Observation o = before.get(e.getKey());
      if (o == null) {
        newYears
            .computeIfAbsent(v.indicator() + " " + v.iso3(), k -> new TreeSet<>())
            .add(v.year());
        continue;
      }
      if (!same(o.value(), v.value())) {
        revised.add(
            String.format(
                Locale.ROOT,
                "%s: %s → %s (%s)",
                e.getKey(),
                plain(o.value()),
                plain(v.value()),
                o.value() == 0
                    ? "from 0"
                    : String.format(
                        Locale.ROOT,
                        "%+.2f%%",
                        100 * (v.value() - o.value()) / Math.abs(o.value()))));
      }
      String ou = o.provenance().unit();
      if (!ou.isEmpty() && !ou.equals(v.unit())) {
        units.putIfAbsent(
            v.indicator(),
            "'" + ou + "' → '" + v.unit() + "' (first at " + v.iso3() + " " + v.year() + ")");
      }
    }
    for (var e : before.entrySet()) {
      if (!after.containsKey(e.getKey())) {
        Observation o = e.getValue();
        dropped
            .computeIfAbsent(o.indicator() + " " + o.economy(), k -> new TreeSet<>())
            .add(o.year());
      }
    }
    Map<String, Set<String>> ecoBefore = new HashMap<>();
    before
        .values()
        .forEach(
            o -> ecoBefore.computeIfAbsent(o.indicator(), k -> new TreeSet<>()).add(o.economy()));
    Map<String, Set<String>> ecoAfter = new HashMap<>();
    after
        .values()
        .forEach(v -> ecoAfter.computeIfAbsent(v.indicator(), k -> new TreeSet<>()).add(v.iso3()));
    List<String> appeared = new ArrayList<>();
    List<String> disappeared = new ArrayList<>();
    for (String ind : indicators) {
      Set<String> b = ecoBefore.getOrDefault(ind, Set.of());
      Set<String> a = ecoAfter.getOrDefault(ind, Set.of());
      for (String e : a) {
        if (!b.contains(e)) {
          appeared.add(ind + " " + e);
        }
      }
      for (String e : b) {
        if (!a.contains(e)) {
          disappeared.add(ind + " " + e);
        }
      }
    }
    return new UpdateDiff(
        years(newYears),
        revised,
        years(dropped),
        units.entrySet().stream().map(x -> x.getKey() + ": " + x.getValue()).toList(),
        appeared,
        disappeared);
  }

  private static List<String> years(Map<String, TreeSet<Integer>> m) {
    return m.entrySet().stream()
        .map(
            e ->
                e.getKey()
                    + ": "
                    + String.join(", ", e.getValue().stream().map(String::valueOf).toList()))
        .toList();
  }

  private static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** The diff as text, one section per kind of change, "none" where nothing changed. */
  public String render() {
    StringBuilder b = new StringBuilder();
    section(b, "New years (indicator economy: years)", newYears);
    section(b, "Revised values (indicator economy year: old → new)", revised);
    section(b, "No longer published (indicator economy: years)", dropped);
    section(b, "Units changed", unitChanges);
    section(b, "Economies appearing", economiesAppeared);
    section(b, "Economies disappearing", economiesDisappeared);
    return b.toString();
  }

  private static void section(StringBuilder b, String title, List<String> lines) {
    b.append(title).append(": ").append(lines.isEmpty() ? "none" : lines.size()).append('\n');
    lines.forEach(l -> b.append("  ").append(l).append('\n'));
  }

  /** One line: how many changes of each kind. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "%d new year series, %d revised values, %d no longer published, %d unit changes, %d economies appearing, %d disappearing",
        newYears.size(),
        revised.size(),
        dropped.size(),
        unitChanges.size(),
        economiesAppeared.size(),
        economiesDisappeared.size());
  }
}
