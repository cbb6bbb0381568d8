package org.aidx.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aidx.model.InputException;
import org.aidx.model.Observation;
import org.aidx.model.Problem;

/**
 * An immutable set of observations: at most one value per (economy, indicator, year), each with its
 * provenance, plus economy names and group labels (e.g. an income group) for group-mean imputation.
 * Missing values are simply absent.
 */
public final class Dataset {
  private final List<Observation> observations;
  private final Map<String, String> names;
  private final Map<String, Map<String, String>> groups;
  private final Map<String, Map<String, TreeMap<Integer, Observation>>> index = new HashMap<>();

  /** Sorted economy codes, formed once: every index computation asks for them. */
  private final List<String> economies;

  private Dataset(
      List<Observation> observations,
      Map<String, String> names,
      Map<String, Map<String, String>> groups) {
    this.observations = List.copyOf(observations);
    this.names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    Map<String, Map<String, String>> g = new LinkedHashMap<>();
    groups.forEach((k, v) -> g.put(k, Map.copyOf(v)));
    this.groups = Collections.unmodifiableMap(g);
    List<Problem> problems = new ArrayList<>();
    for (Observation o : this.observations) {
      Observation before =
          index
              .computeIfAbsent(o.indicator(), k -> new HashMap<>())
              .computeIfAbsent(o.economy(), k -> new TreeMap<>())
              .put(o.year(), o);
      if (before != null) {
        problems.add(
            new Problem(
                o.provenance().location(),
                "duplicate value for ("
                    + o.economy()
                    + ", "
                    + o.indicator()
                    + ", "
                    + o.year()
                    + "); the first is at "
                    + before.provenance().location(),
                "keep one row per economy, indicator and year"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    TreeSet<String> codes = new TreeSet<>(this.names.keySet());
    this.observations.forEach(o -> codes.add(o.economy()));
    this.economies = List.copyOf(codes);
  }

  /**
   * @throws InputException listing every duplicate (economy, indicator, year)
   */
  public static Dataset of(
      List<Observation> observations,
      Map<String, String> names,
      Map<String, Map<String, String>> groups) {
    return new Dataset(observations, names, groups);
  }

  public static Dataset of(List<Observation> observations, Map<String, String> names) {
    return new Dataset(observations, names, Map.of());
  }

  /** Both datasets' observations; a value present in both is reported as a duplicate. */
  public Dataset merge(Dataset other) {
    List<Observation> all = new ArrayList<>(observations);
    all.addAll(other.observations);
    Map<String, String> n = new LinkedHashMap<>(names);
    other.names.forEach(n::putIfAbsent);
    Map<String, Map<String, String>> g = new LinkedHashMap<>();
    groups.forEach((k, v) -> g.put(k, new HashMap<>(v)));
    other.groups.forEach((k, v) -> g.computeIfAbsent(k, x -> new HashMap<>()).putAll(v));
    return new Dataset(all, n, g);
  }

  /** This dataset plus more observations (e.g. derived indicators). */
  public Dataset with(List<Observation> extra) {
    return merge(new Dataset(extra, Map.of(), Map.of()));
  }

  /** This dataset with some observations replaced or added (same key replaces). */
  public Dataset replacing(List<Observation> changes) {
    Map<String, Observation> byKey = new LinkedHashMap<>();
    for (Observation o : observations) {
      byKey.put(key(o), o);
    }
    for (Observation o : changes) {
      byKey.put(key(o), o);
    }
    return new Dataset(new ArrayList<>(byKey.values()), names, groups);
  }

  private static String key(Observation o) {
    return o.economy() + "\u0000" + o.indicator() + "\u0000" + o.year();
  }

  public List<Observation> observations() {
    return observations;
  }

  /** Economy codes with a name or an observation, sorted. */
  public List<String> economies() {
    return economies;
  }

  public List<String> indicators() {
    return List.copyOf(new TreeSet<>(index.keySet()));
  }

  public boolean hasIndicator(String indicator) {
    return index.containsKey(indicator);
  }

  public String name(String economy) {
    return names.getOrDefault(economy, economy);
  }

  public Map<String, String> names() {
    return names;
  }

  /** Group labels of each economy by group column. */
  public Map<String, Map<String, String>> groups() {
    return groups;
  }

  /**
   * The value used for an economy: the latest year at or before {@code year}, or the latest of all
   * when {@code year} is null.
   */
  public Optional<Observation> latest(String economy, String indicator, Integer year) {
    Map<String, TreeMap<Integer, Observation>> byEconomy = index.get(indicator);
    if (byEconomy == null || !byEconomy.containsKey(economy)) {
      return Optional.empty();
    }
    TreeMap<Integer, Observation> years = byEconomy.get(economy);
    var e = year == null ? years.lastEntry() : years.floorEntry(year);
    return e == null ? Optional.empty() : Optional.of(e.getValue());
  }

  /**
   * The panel rule: the latest value at or before {@code year} that is at most {@code maxAge} years
   * old (year − value's year ≤ maxAge); older values count as missing. With a null {@code maxAge},
   * or a null {@code year}, the same as {@link #latest(String, String, Integer)}.
   *
   * <p>Example: values for 2019 and 2021; year 2024, maxAge 3 → the 2021 value (age 3, carried
   * forward); maxAge 2 → none.
   */
  public Optional<Observation> latest(
      String economy, String indicator, Integer year, Integer maxAge) {
    Optional<Observation> o = latest(economy, indicator, year);
    if (year == null || maxAge == null) {
      return o;
    }
    return o.filter(v -> year - v.year() <= maxAge);
  }

  /** Every year of one economy and indicator, oldest first. */
  public List<Observation> series(String economy, String indicator) {
    Map<String, TreeMap<Integer, Observation>> byEconomy = index.get(indicator);
    if (byEconomy == null || !byEconomy.containsKey(economy)) {
      return List.of();
    }
    return List.copyOf(byEconomy.get(economy).values());
  }
}
