package org.aidx.exposure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aidx.model.InputException;
import org.aidx.model.Problem;

/**
 * Industry structures of many economies and years under one or more schemes, and the choice of the
 * year to use for each economy.
 *
 * <p>Example: with USA value-added structures for 2019-2024, all complete, {@code choose("USA",
 * VALUE_ADDED, null, 1.0)} gives 2024 and {@code choose("USA", VALUE_ADDED, 2021, 1.0)} gives 2021.
 * For MEX, whose 2024 shares sum to 92.25%, {@code choose} gives 2023 and reports 2024 as skipped.
 */
public final class IndustryStructures {
  /** Codes in the published table that are totals, not groups. */
  private static final Set<String> TOTALS = Set.of("TOTAL_VA", "TOTAL_EMP");

  private static final String CE = "ISIC3_C-E";
  private static final String D = "ISIC3_D";
  static final String CE_EXCL_D = "ISIC3_CE_EXCL_D";

  private final Map<StructureScheme, Map<String, TreeMap<Integer, IndustryStructure>>> index =
      new LinkedHashMap<>();

  private IndustryStructures(List<IndustryStructure> structures) {
    List<Problem> problems = new ArrayList<>();
    for (IndustryStructure s : structures) {
      IndustryStructure before =
          index
              .computeIfAbsent(
                  s.scheme(), k -> new TreeMap<String, TreeMap<Integer, IndustryStructure>>())
              .computeIfAbsent(s.iso3(), k -> new TreeMap<>())
              .put(s.year(), s);
      if (before != null) {
        problems.add(
            new Problem(
                s.iso3() + " " + s.year() + " " + s.scheme().id(),
                "two industry structures for the same economy, year and scheme",
                "keep one"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }

  /**
   * Structures given group by group.
   *
   * @throws InputException if an (economy, year, scheme) repeats
   */
  public static IndustryStructures of(List<IndustryStructure> structures) {
    return new IndustryStructures(structures);
  }

  /**
   * Structures from published rows of {@code value_added_share} (UN SNAAMA, ISIC Rev.3 groups) and
   * {@code employment_share} (ILO, ISIC Rev.4 groups); rows of any other measure are ignored, and
   * so are the totals {@code TOTAL_VA} and {@code TOTAL_EMP}.
   *
   * <p>Value added: mining and utilities are {@code ISIC3_CE_EXCL_D} = C-E − D, computed from the
   * two published shares of the same year, because D (manufacturing) is an "of which" of C-E. If
   * either is missing, neither D nor C-E minus D is set, so the year is incomplete. Example: C-E
   * 13.4742 and D 10.5618 → C-E minus D 2.9124 and D 10.5618.
   *
   * @throws InputException listing repeated rows, unknown group codes, negative shares and D > C-E
   */
  public static IndustryStructures fromShares(List<StructureShare> rows) {
    List<Problem> problems = new ArrayList<>();
    Map<String, StructureScheme> byMeasure = new HashMap<>();
    StructureScheme.builtIn().forEach(s -> byMeasure.put(s.measure(), s));
    // scheme → economy → year → code → row
    Map<StructureScheme, Map<String, Map<Integer, Map<String, StructureShare>>>> grouped =
        new LinkedHashMap<>();
    for (StructureShare r : rows) {
      StructureScheme scheme = byMeasure.get(r.measure());
      if (scheme == null || TOTALS.contains(r.isicCode())) {
        continue;
      }
      boolean known =
          scheme == StructureScheme.VALUE_ADDED
              ? r.isicCode().equals(CE)
                  || (scheme.hasGroup(r.isicCode()) && !r.isicCode().equals(CE_EXCL_D))
              : scheme.hasGroup(r.isicCode());
      if (!known) {
        problems.add(
            new Problem(
                r.location() + ", column 'isic_code'",
                "'" + r.isicCode() + "' is not a group of measure " + r.measure(),
                "use one of " + String.join(", ", publishedCodes(scheme))));
        continue;
      }
      if (r.percent() < 0) {
        problems.add(
            new Problem(
                r.location() + ", column 'value'",
                "a share cannot be negative, got " + r.percent(),
                "check the source value"));
        continue;
      }
      StructureShare before =
          grouped
              .computeIfAbsent(scheme, k -> new LinkedHashMap<>())
              .computeIfAbsent(r.iso3(), k -> new TreeMap<>())
              .computeIfAbsent(r.year(), k -> new LinkedHashMap<>())
              .put(r.isicCode(), r);
      if (before != null) {
        problems.add(
            new Problem(
                r.location(),
                "second value for ("
                    + r.iso3()
                    + ", "
                    + r.year()
                    + ", "
                    + r.measure()
                    + ", "
                    + r.isicCode()
                    + "); the first is at "
                    + before.location(),
                "keep one row per economy, year, measure and group"));
      }
    }
    List<IndustryStructure> structures = new ArrayList<>();
    grouped.forEach(
        (scheme, byEconomy) ->
            byEconomy.forEach(
                (iso3, byYear) ->
                    byYear.forEach(
                        (year, byCode) -> {
                          Map<String, Double> shares = new LinkedHashMap<>();
                          byCode.forEach((code, row) -> shares.put(code, row.percent()));
                          if (scheme == StructureScheme.VALUE_ADDED) {
                            splitManufacturing(shares, byCode, problems);
                          }
                          structures.add(new IndustryStructure(iso3, year, scheme, shares));
                        })));
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new IndustryStructures(structures);
  }

  /** Replaces C-E by C-E minus D (if both are present), or drops C-E and D. */
  private static void splitManufacturing(
      Map<String, Double> shares, Map<String, StructureShare> rows, List<Problem> problems) {
    Double ce = shares.remove(CE);
    Double d = shares.get(D);
    if (ce == null || d == null) {
      shares.remove(D);
      return;
    }
    if (d > ce) {
      StructureShare row = rows.get(D);
      problems.add(
          new Problem(
              row.location(),
              "manufacturing (ISIC3_D, "
                  + d
                  + "%) exceeds mining, manufacturing and utilities (ISIC3_C-E, "
                  + ce
                  + "%), of which it is a part",
              "check both values in the source"));
      shares.remove(D);
      return;
    }
    shares.put(CE_EXCL_D, ce - d);
  }

  private static List<String> publishedCodes(StructureScheme scheme) {
    List<String> out = new ArrayList<>();
    for (String g : scheme.groups()) {
      out.add(g.equals(CE_EXCL_D) ? CE : g);
    }
    return out;
  }

  /** Economies with at least one structure under a scheme, sorted. */
  public List<String> economies(StructureScheme scheme) {
    return List.copyOf(new TreeSet<>(index.getOrDefault(scheme, Map.of()).keySet()));
  }

  /** Every year of one economy under a scheme, oldest first. */
  public List<IndustryStructure> series(String iso3, StructureScheme scheme) {
    var byYear = index.getOrDefault(scheme, Map.of()).get(iso3);
    return byYear == null ? List.of() : List.copyOf(byYear.values());
  }

  public Optional<IndustryStructure> get(String iso3, StructureScheme scheme, int year) {
    var byYear = index.getOrDefault(scheme, Map.of()).get(iso3);
    return byYear == null ? Optional.empty() : Optional.ofNullable(byYear.get(year));
  }

  /**
   * The latest complete structure at or before {@code maxYear} (any year when null): every group
   * present and shares summing to 100 ± {@code tolerancePoints}.
   *
   * @throws InputException naming the economy and each year's sum when no year qualifies
   */
  public StructureChoice choose(
      String iso3, StructureScheme scheme, Integer maxYear, double tolerancePoints) {
    if (!(tolerancePoints >= 0)) {
      throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerancePoints);
    }
    var byYear = index.getOrDefault(scheme, Map.of()).get(iso3);
    var candidates =
        byYear == null
            ? new TreeMap<Integer, IndustryStructure>()
            : maxYear == null ? byYear : byYear.headMap(maxYear, true);
    List<SkippedYear> skipped = new ArrayList<>();
    for (IndustryStructure s : candidates.descendingMap().values()) {
      if (s.isComplete(tolerancePoints)) {
        return new StructureChoice(s, skipped);
      }
      skipped.add(new SkippedYear(s.year(), s.totalPercent(), s.missingGroups()));
    }
    String what =
        skipped.isEmpty()
            ? "no "
                + scheme.id()
                + " industry structure"
                + (maxYear == null ? "" : " up to " + maxYear)
            : "no complete "
                + scheme.id()
                + " industry structure: "
                + String.join("; ", skipped.stream().map(SkippedYear::describe).toList());
    throw new InputException(
        iso3,
        what,
        "add the economy's "
            + scheme.measure()
            + " rows for every group, summing to 100 ± "
            + tolerancePoints
            + ", or raise the tolerance");
  }
}
