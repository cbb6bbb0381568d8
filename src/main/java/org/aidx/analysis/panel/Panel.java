package org.aidx.analysis.panel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.aidx.data.Dataset;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.model.InputException;
import org.aidx.model.Observation;
import org.aidx.model.Problem;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;

/**
 * A panel of yearly indices: for every year Y from {@code from} to {@code to}, the pipeline run
 * with the panel's methodology, {@code year = Y} and the rule's maximum age, on the dataset of that
 * year. A year of the panel is therefore exactly {@code aidx index --year Y --max-age A};
 * normalisation and aggregation are applied year by year, so with ratio normalisation
 * (base-invariant) ratios between economies are comparable across years.
 */
public final class Panel {
  private final Framework framework;
  private final Methodology methodology;
  private final PanelRule rule;
  private final List<Integer> years;
  private final List<IndexResult> results;
  private final List<Dataset> datasets;

  private Panel(
      Framework framework,
      Methodology methodology,
      PanelRule rule,
      List<Integer> years,
      List<IndexResult> results,
      List<Dataset> datasets) {
    this.framework = framework;
    this.methodology = methodology;
    this.rule = rule;
    this.years = List.copyOf(years);
    this.results = List.copyOf(results);
    this.datasets = List.copyOf(datasets);
  }

  /**
   * One economy in one year.
   *
   * @param rank its rank among the economies with an index that year (NaN without an index)
   * @param scores index and every aggregate node, in the framework's order (NaN when missing)
   * @param indicators the framework's indicators
   * @param present indicators with a value within the maximum age (imputed values not counted)
   * @param carried of those, values from a year before this one (carried forward)
   * @param lowCoverage present / indicators is below the rule's minimum coverage
   */
  public record Row(
      int year,
      String iso3,
      String name,
      double rank,
      int tier,
      Map<String, Double> scores,
      int indicators,
      int present,
      int carried,
      boolean lowCoverage) {
    public Row {
      scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    public double index() {
      return scores.values().iterator().next();
    }

    public double coverage() {
      return indicators == 0 ? 0 : (double) present / indicators;
    }
  }

  /** A value used for a later year than its own. */
  public record Carried(int year, String iso3, String indicator, int valueYear, double value) {}

  /**
   * Builds the panel.
   *
   * @param dataFor the dataset of each year (the same for user data; the embedded data derives its
   *     exposure indicators per year)
   * @throws InputException when from is after to, when the reference has no value within the
   *     maximum age in any year of the range, or for any year's pipeline problem (naming the year)
   */
  public static Panel build(
      Framework fw,
      IntFunction<Dataset> dataFor,
      Methodology methodology,
      int from,
      int to,
      PanelRule rule) {
    if (from > to) {
      throw new InputException(
          "--from " + from + " --to " + to,
          "the first year is after the last",
          "pass --from Y1 --to Y2 with Y1 ≤ Y2, e.g. --from " + to + " --to " + from);
    }
    String reference = methodology.reference();
    List<Integer> years = new ArrayList<>();
    List<Dataset> data = new ArrayList<>();
    List<Integer> referenceYears = new ArrayList<>();
    List<Problem> loading = new ArrayList<>();
    List<Integer> failed = new ArrayList<>();
    for (int y = from; y <= to; y++) {
      years.add(y);
      Dataset d;
      try {
        d = dataFor.apply(y);
      } catch (InputException e) {
        // the first failing year's problems, then one line for the rest (a range that starts
        // before the data would otherwise print the same problems once per year)
        if (failed.isEmpty()) {
          for (Problem p : e.problems()) {
            loading.add(new Problem("year " + y + ", " + p.where(), p.what(), p.fix()));
          }
        }
        failed.add(y);
        continue;
      }
      data.add(d);
      if (reference != null && hasAny(fw, d, reference, methodologyFor(methodology, rule, y))) {
        referenceYears.add(y);
      }
    }
    if (failed.size() > 1) {
      loading.add(
          new Problem(
              yearsText(failed.subList(1, failed.size())),
              "failed to load as well (their problems are not repeated)",
              "fix the first year's problems, or narrow the range with --from/--to"));
    }
    if (!loading.isEmpty()) {
      loading.add(
          new Problem(
              "years " + from + "–" + to,
              "the data of every year of a panel must load",
              "narrow the range with --from/--to"));
      throw new InputException(loading);
    }
    if (reference != null && referenceYears.isEmpty()) {
      throw new InputException(
          "years " + from + "–" + to,
          "the reference "
              + reference
              + " has no value within "
              + rule.maxAge()
              + " year(s) of any year in the range",
          "choose --from/--to within the years of the reference's data"
              + spanOf(fw, data.get(data.size() - 1), reference));
    }
    List<IndexResult> results = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int k = 0; k < years.size(); k++) {
      int y = years.get(k);
      try {
        results.add(Pipeline.run(fw, data.get(k), methodologyFor(methodology, rule, y)));
      } catch (InputException e) {
        for (Problem p : e.problems()) {
          problems.add(new Problem("year " + y + ", " + p.where(), p.what(), p.fix()));
        }
      }
    }
    if (!problems.isEmpty()) {
      problems.add(
          new Problem(
              "years " + from + "–" + to,
              "every year of a panel must compute",
              "narrow the range with --from/--to, raise --max-age, or impute (--impute mean)"));
      throw new InputException(problems);
    }
    return new Panel(fw, methodology, rule, years, results, data);
  }

  /** Years of a default panel: five, ending in the latest year of the data. */
  public static final int DEFAULT_SPAN = 5;

  /**
   * As {@link #build(Framework, IntFunction, Methodology, int, int, PanelRule)} with defaults for
   * the years: {@code to} the latest year of the framework's indicators in {@code latest} (the
   * dataset without a year cap), {@code from} four years before {@code to}.
   */
  public static Panel build(
      Framework fw,
      IntFunction<Dataset> dataFor,
      Dataset latest,
      Methodology methodology,
      Integer from,
      Integer to,
      PanelRule rule) {
    int last =
        to != null
            ? to
            : latestYear(fw, latest)
                .orElseThrow(
                    () ->
                        new InputException(
                            "data",
                            "no value of the framework's indicators has a year",
                            "check the indicator ids of the data against the framework"));
    int first = from != null ? from : last - (DEFAULT_SPAN - 1);
    return build(fw, dataFor, methodology, first, last, rule);
  }

  /** The methodology of year Y: the panel's with {@code year = Y} and the rule's maximum age. */
  public static Methodology methodologyFor(Methodology m, PanelRule rule, int year) {
    return m.withYear(year).withMaxAge(rule.maxAge());
  }

  /** The latest year of any value of the framework's indicators, or empty when there is none. */
  public static java.util.OptionalInt latestYear(Framework fw, Dataset data) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    fw.indicators().forEach(i -> ids.add(i.id()));
    return data.observations().stream()
        .filter(o -> ids.contains(o.indicator()))
        .mapToInt(Observation::year)
        .max();
  }

  private static boolean hasAny(Framework fw, Dataset d, String economy, Methodology s) {
    return fw.indicators().stream().anyMatch(i -> s.select(d, economy, i.id()).isPresent());
  }

  private static String spanOf(Framework fw, Dataset d, String economy) {
    TreeSet<Integer> ys = new TreeSet<>();
    for (Node.Indicator i : fw.indicators()) {
      d.series(economy, i.id()).forEach(o -> ys.add(o.year()));
    }
    return ys.isEmpty()
        ? " (it has none at all)"
        : " (" + economy + " has values from " + ys.first() + " to " + ys.last() + ")";
  }

  public Framework framework() {
    return framework;
  }

  /** The methodology, without year and maximum age (see {@link #methodologyFor(int)}). */
  public Methodology methodology() {
    return methodology;
  }

  public PanelRule rule() {
    return rule;
  }

  public List<Integer> years() {
    return years;
  }

  public int from() {
    return years.get(0);
  }

  public int to() {
    return years.get(years.size() - 1);
  }

  public Methodology methodologyFor(int year) {
    return methodologyFor(methodology, rule, year);
  }

  /** The index of one year, as {@code aidx index --year Y --max-age A} computes it. */
  public IndexResult at(int year) {
    int k = years.indexOf(year);
    if (k < 0) {
      throw new IllegalArgumentException("year " + year + " is not in the panel " + years);
    }
    return results.get(k);
  }

  /** The dataset of one year (what the year's index was computed from). */
  public Dataset dataset(int year) {
    return datasets.get(years.indexOf(year));
  }

  public List<IndexResult> results() {
    return results;
  }

  /** The reference economy (the same every year), or null. */
  public String reference() {
    return results.get(results.size() - 1).reference();
  }

  /** The aggregate nodes, index first, in the framework's order. */
  public List<String> nodes() {
    return results.get(0).aggregates();
  }

  /** Every economy of any year, in the order of the last year's ranking, then the others. */
  public List<String> economies() {
    List<String> out = new ArrayList<>();
    IndexResult last = results.get(results.size() - 1);
    for (int e : last.order()) {
      out.add(last.economies().get(e));
    }
    for (IndexResult r : results) {
      for (String e : r.economies()) {
        if (!out.contains(e)) {
          out.add(e);
        }
      }
    }
    return List.copyOf(out);
  }

  /** The name of an economy, from the first year that has it. */
  public String name(String iso3) {
    for (IndexResult r : results) {
      int e = r.economyIndex(iso3);
      if (e >= 0) {
        return r.name(e);
      }
    }
    return iso3;
  }

  /** Every economy's row of every year, year by year, each year in rank order. */
  public List<Row> rows() {
    List<Row> out = new ArrayList<>();
    for (int k = 0; k < years.size(); k++) {
      IndexResult r = results.get(k);
      for (int e : r.order()) {
        out.add(row(years.get(k), r, e));
      }
    }
    return List.copyOf(out);
  }

  /** The row of an economy in a year, or null when the economy has no value that year. */
  public Row row(int year, String iso3) {
    IndexResult r = at(year);
    int e = r.economyIndex(iso3);
    return e < 0 ? null : row(year, r, e);
  }

  private Row row(int year, IndexResult r, int e) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (String node : r.aggregates()) {
      scores.put(node, r.score(node, e));
    }
    int ni = r.indicators().size();
    int present = 0;
    int carried = 0;
    Methodology s = r.methodology();
    for (int i = 0; i < ni; i++) {
      Observation o = r.observation(i, e);
      if (o != null) {
        present++;
        if (s.carriedForward(o)) {
          carried++;
        }
      }
    }
    // the one coverage rule of every ranked output (Coverage), with the panel's threshold
    org.aidx.pipeline.Coverage cov = org.aidx.pipeline.Coverage.of(r, e, rule.minCoverage());
    present = cov.present();
    boolean low = cov.low();
    return new Row(
        year,
        r.economies().get(e),
        r.name(e),
        r.rank(e),
        r.tier(e),
        scores,
        ni,
        present,
        carried,
        low);
  }

  /** Every carried-forward value, year by year. */
  public List<Carried> carried() {
    List<Carried> out = new ArrayList<>();
    for (int k = 0; k < years.size(); k++) {
      IndexResult r = results.get(k);
      for (int e = 0; e < r.economies().size(); e++) {
        for (int i = 0; i < r.indicators().size(); i++) {
          Observation o = r.observation(i, e);
          if (r.methodology().carriedForward(o)) {
            out.add(
                new Carried(
                    years.get(k),
                    r.economies().get(e),
                    r.indicators().get(i),
                    o.year(),
                    o.value()));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** "year 1991", "years 1991–2018" for a run of years, else the list. */
  private static String yearsText(List<Integer> years) {
    if (years.size() == 1) {
      return "year " + years.get(0);
    }
    boolean run = years.get(years.size() - 1) - years.get(0) == years.size() - 1;
    return "years " + (run ? years.get(0) + "–" + years.get(years.size() - 1) : years.toString());
  }
}
