package org.aidx.exposure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aidx.data.Dataset;
import org.aidx.model.InputException;
import org.aidx.model.Observation;
import org.aidx.model.Problem;

/**
 * Combines group AI exposures with each economy's industry structure into the exposed share of
 * output, the exposure scale and diffusion.
 *
 * <p>For an economy with group shares s_g (percent, as published) and group exposures e_g:
 *
 * <ul>
 *   <li>exposed share X = Σ_g e_g·s_g / Σ_g s_g. Dividing by Σ s_g (not by 100) absorbs rounding in
 *       the published shares.
 *   <li>exposure scale = X × GDP at PPP ({@value #GDP_PPP}), the latest GDP at or before the
 *       maximum year (the latest available when there is none). GDP is not tied to the structure
 *       year, so every economy's scale uses the same GDP year when the data allow.
 *   <li>diffusion variance = (1/G)·Σ_g (p_g − 1/G)², p_g = e_g·s_g / Σ e·s, over all G groups of
 *       the scheme (a group with no share has p_g = 0). 0 when every group holds the same share of
 *       exposed output; lower = AI exposure spread more evenly. Values are comparable only within
 *       one scheme (7 value-added groups, 14 employment groups).
 * </ul>
 *
 * <p>Worked example: groups with exposures (0.2, 0.5, 1.0) and shares (50, 30, 20)% give X = 0.1 +
 * 0.15 + 0.2 = 0.45; with GDP 1000 the scale is 450; p = (2/9, 3/9, 4/9) around a mean of 3/9, so
 * the variance is (1/81 + 0 + 1/81)/3 = 2/243.
 *
 * <p>The structure year is the latest at or before the maximum year whose groups are all present
 * and sum to 100 ± tolerance (default 1 percentage point); see {@link IndustryStructures#choose}.
 */
public final class ExposureEngine {
  /** The GDP at PPP indicator (current international $) read from the dataset. */
  public static final String GDP_PPP = "gdp_ppp_current_intl_DERIVED";

  /** Default tolerance on the sum of group shares, in percentage points. */
  public static final double DEFAULT_TOLERANCE = 1.0;

  private final StructureScheme scheme;
  private final Map<String, Double> exposures;
  private final String basis;
  private final Integer maxYear;
  private final double tolerance;

  private ExposureEngine(
      StructureScheme scheme,
      Map<String, Double> exposures,
      String basis,
      Integer maxYear,
      double tolerance) {
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    this.basis = basis == null ? "" : basis;
    this.maxYear = maxYear;
    if (!(tolerance >= 0 && Double.isFinite(tolerance))) {
      throw new IllegalArgumentException("tolerance must be finite and >= 0, got " + tolerance);
    }
    this.tolerance = tolerance;
    Map<String, Double> ordered = new LinkedHashMap<>();
    for (String g : scheme.groups()) {
      Double e = exposures.get(g);
      if (e == null) {
        throw new IllegalArgumentException("no exposure for group " + g + " of " + scheme.id());
      }
      if (!(e >= 0 && e <= 1)) {
        throw new IllegalArgumentException("exposure of group " + g + " is not in [0, 1]: " + e);
      }
      ordered.put(g, e);
    }
    for (String g : exposures.keySet()) {
      if (!scheme.hasGroup(g)) {
        throw new IllegalArgumentException("group " + g + " is not a group of " + scheme.id());
      }
    }
    this.exposures = Collections.unmodifiableMap(ordered);
  }

  /** Value-added structure (the default scheme), exposures from industries and a mapping. */
  public static ExposureEngine of(IndustryExposure industries, IndustryMapping mapping) {
    return of(industries, mapping, StructureScheme.VALUE_ADDED);
  }

  /**
   * Exposures of a scheme's groups from industries and a mapping.
   *
   * @throws InputException if an industry is unmapped or a group has no industry
   */
  public static ExposureEngine of(
      IndustryExposure industries, IndustryMapping mapping, StructureScheme scheme) {
    Map<String, Double> e = new LinkedHashMap<>();
    industries.groupExposures(mapping, scheme).forEach((g, x) -> e.put(g, x.exposure()));
    String basis =
        "AIIE of "
            + industries.industries().size()
            + " NAICS-4 industries rescaled by "
            + industries.rescaling().description()
            + ", unweighted mean per group";
    return new ExposureEngine(scheme, e, basis, null, DEFAULT_TOLERANCE);
  }

  /**
   * Group exposures given directly, e.g. from another source.
   *
   * @param exposures one value in [0, 1] for every group of the scheme and no other
   * @param basis how they were made, for provenance notes
   */
  public static ExposureEngine ofGroups(
      StructureScheme scheme, Map<String, Double> exposures, String basis) {
    return new ExposureEngine(scheme, exposures, basis, null, DEFAULT_TOLERANCE);
  }

  /** Use structures and GDP no later than {@code year}; null means the latest available. */
  public ExposureEngine withMaxYear(Integer year) {
    return new ExposureEngine(scheme, exposures, basis, year, tolerance);
  }

  /** A structure is complete when its shares sum to 100 ± {@code points}. */
  public ExposureEngine withTolerance(double points) {
    return new ExposureEngine(scheme, exposures, basis, maxYear, points);
  }

  public StructureScheme scheme() {
    return scheme;
  }

  /** e_g for every group, in scheme order. */
  public Map<String, Double> groupExposures() {
    return exposures;
  }

  public Optional<Integer> maxYear() {
    return Optional.ofNullable(maxYear);
  }

  public double tolerance() {
    return tolerance;
  }

  /**
   * The result for one structure (complete or not: shares are divided by their sum; a missing group
   * counts as 0).
   *
   * @throws InputException when the structure has no AI-exposed output (Σ e·s = 0), where shares of
   *     exposed output are undefined
   */
  public EconomyExposure measure(StructureChoice choice, double gdpPpp, int gdpYear) {
    IndustryStructure s = choice.structure();
    if (!s.scheme().equals(scheme)) {
      throw new IllegalArgumentException(
          "structure is " + s.scheme().id() + " but the engine is " + scheme.id());
    }
    if (!(gdpPpp > 0 && Double.isFinite(gdpPpp))) {
      throw new IllegalArgumentException("GDP at PPP must be finite and > 0, got " + gdpPpp);
    }
    double total = s.totalPercent();
    if (!(total > 0)) {
      throw new InputException(
          s.iso3() + " " + s.year() + " " + scheme.id(),
          "every group share is 0",
          "supply the economy's group shares");
    }
    int g = scheme.groups().size();
    double[] share = new double[g];
    double[] weighted = new double[g];
    double exposed = 0;
    for (int i = 0; i < g; i++) {
      String group = scheme.groups().get(i);
      share[i] = s.sharesPercent().getOrDefault(group, 0.0) / total;
      weighted[i] = exposures.get(group) * share[i];
      exposed += weighted[i];
    }
    if (!(exposed > 0)) {
      throw new InputException(
          s.iso3() + " " + s.year() + " " + scheme.id(),
          "no AI-exposed output: every group with a share has exposure 0, so diffusion is"
              + " undefined",
          "check the group exposures");
    }
    double mean = 1.0 / g;
    double variance = 0;
    List<GroupResult> groups = new ArrayList<>(g);
    for (int i = 0; i < g; i++) {
      String group = scheme.groups().get(i);
      double p = weighted[i] / exposed;
      variance += (p - mean) * (p - mean);
      groups.add(
          new GroupResult(
              group,
              s.sharesPercent().getOrDefault(group, 0.0),
              share[i],
              exposures.get(group),
              p));
    }
    variance /= g;
    // Σ share = 1 and each e in [0, 1], so X is in [0, 1] up to rounding.
    double x = Math.min(1.0, exposed);
    return new EconomyExposure(
        s.iso3(),
        s.year(),
        scheme,
        x,
        x * gdpPpp,
        gdpPpp,
        gdpYear,
        variance,
        total,
        groups,
        choice.skipped(),
        basis);
  }

  /** {@link #measure(StructureChoice, double, int)} for a structure with no skipped years. */
  public EconomyExposure measure(IndustryStructure structure, double gdpPpp, int gdpYear) {
    return measure(new StructureChoice(structure, List.of()), gdpPpp, gdpYear);
  }

  /**
   * One economy: chooses its structure year and looks up its GDP at PPP in {@code gdp}.
   *
   * @throws InputException if it has no complete structure, no GDP at PPP or no exposed output
   */
  public EconomyExposure measure(String iso3, IndustryStructures structures, Dataset gdp) {
    return measureAll(List.of(iso3), structures, gdp).get(0);
  }

  /**
   * A maximum year before every structure of these economies is one problem, not one per economy
   * and measure: the data start later than the year asked for.
   */
  private void tooEarly(Collection<String> economies, IndustryStructures structures) {
    if (maxYear == null) {
      return;
    }
    int first = Integer.MAX_VALUE;
    for (String iso3 : economies) {
      for (IndustryStructure s : structures.series(iso3, scheme)) {
        first = Math.min(first, s.year());
      }
    }
    if (first != Integer.MAX_VALUE && maxYear < first) {
      throw new InputException(
          "--year " + maxYear,
          "the shipped data start in "
              + first
              + " (the first year of the industry structures behind the exposure indicators), so no"
              + " value exists at or before "
              + maxYear,
          "use --year " + first + " or later");
    }
  }

  /**
   * Several economies, in the order given.
   *
   * @throws InputException listing every economy without a complete structure, GDP at PPP or
   *     exposed output
   */
  public List<EconomyExposure> measureAll(
      Collection<String> economies, IndustryStructures structures, Dataset gdp) {
    tooEarly(economies, structures);
    List<Problem> problems = new ArrayList<>();
    List<EconomyExposure> out = new ArrayList<>();
    for (String iso3 : economies) {
      StructureChoice choice = null;
      try {
        choice = structures.choose(iso3, scheme, maxYear, tolerance);
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
      Optional<Observation> g = gdp.latest(iso3, GDP_PPP, maxYear);
      if (g.isEmpty() || !(g.get().value() > 0)) {
        problems.add(
            new Problem(
                iso3,
                g.isEmpty()
                    ? "no "
                        + GDP_PPP
                        + (maxYear == null ? "" : " at or before " + maxYear)
                        + " for the exposure scale"
                    : GDP_PPP + " must be > 0, got " + g.get().value(),
                "add the economy's GDP at PPP to the dataset"));
      }
      if (choice == null || g.isEmpty() || !(g.get().value() > 0)) {
        continue;
      }
      try {
        out.add(measure(choice, g.get().value(), g.get().year()));
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return List.copyOf(out);
  }

  /**
   * The observations of every result, three per economy; see {@link EconomyExposure#observations}.
   */
  public static List<Observation> observations(List<EconomyExposure> results) {
    List<Observation> out = new ArrayList<>();
    results.forEach(r -> out.addAll(r.observations()));
    return List.copyOf(out);
  }
}
