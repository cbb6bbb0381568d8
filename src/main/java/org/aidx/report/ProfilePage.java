package org.aidx.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aidx.analysis.explain.GapDecomposition;
import org.aidx.analysis.explain.Standings;
import org.aidx.analysis.scenario.Scenario;
import org.aidx.analysis.scenario.ScenarioRun;
import org.aidx.analysis.scenario.TierRule;
import org.aidx.analysis.uncertainty.Uncertainty;
import org.aidx.analysis.uncertainty.UncertaintySummary;
import org.aidx.data.Dataset;
import org.aidx.framework.Framework;
import org.aidx.framework.Levels;
import org.aidx.framework.Node;
import org.aidx.input.Inputs;
import org.aidx.input.PublishedFiles;
import org.aidx.input.ScenarioFiles;
import org.aidx.model.Observation;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;

/**
 * One economy's profile as a self-contained HTML page (inline CSS and SVG, no scripts, no external
 * files): index, rank and tier; layers and dimensions against the reference and the median economy;
 * strengths and weaknesses; every indicator's value, unit, year and source; and the decomposition
 * of its log gap to the reference by dimension as a bar chart whose labels are SVG text.
 *
 * <pre>{@code
 * String html = ProfilePage.html(result, result.economyIndex("JPN"));
 * }</pre>
 */
public final class ProfilePage {
  private ProfilePage() {}

  /**
   * What a page shows beyond the result itself; either part may be absent.
   *
   * @param robustness a Monte Carlo run over the same index (its rank and index intervals), or null
   * @param scenarios scenario runs against the same baseline (their effect on this economy)
   */
  public record Extras(UncertaintySummary robustness, List<ScenarioRun> scenarios) {
    public Extras {
      scenarios = List.copyOf(scenarios);
    }

    /** Neither an interval nor scenarios. */
    public static Extras none() {
      return new Extras(null, List.of());
    }

    /**
     * Computes both for an index: a Monte Carlo run as {@code aidx robustness --runs R --seed S}
     * (default assumptions, Sobol points; skipped when runs is 0) and the scenarios against the
     * same baseline, tiers under the baseline's breaks.
     */
    public static Extras compute(
        Framework fw,
        Dataset data,
        Methodology method,
        int runs,
        long seed,
        List<Scenario> scenarios,
        Uncertainty.Progress progress) {
      UncertaintySummary mc =
          runs == 0 ? null : Uncertainty.defaults(fw, data, method, runs, seed, progress);
      List<ScenarioRun> sr =
          scenarios.isEmpty()
              ? List.of()
              : ScenarioRun.runAll(fw, data, method, scenarios, TierRule.BASELINE_BREAKS);
      return new Extras(mc, sr);
    }
  }

  /** The CICC study's scenarios, the same file as examples/scenarios/japan-us-sharing.yaml. */
  public static final String CICC_SCENARIOS = "org/aidx/framework/cicc-scenarios.yaml";

  /** The scenarios a profile shows by default: the CICC study's for CICC's framework, else none. */
  public static List<Scenario> defaultScenarios(Framework fw) {
    return PublishedFiles.CICC_FRAMEWORK.equals(fw.id())
        ? ScenarioFiles.parse(CICC_SCENARIOS, Inputs.resource(CICC_SCENARIOS))
        : List.of();
  }

  /** The page without rank interval and scenarios. */
  public static String html(IndexResult r, int e) {
    return html(r, e, Extras.none());
  }

  public static String html(IndexResult r, int e, Extras extras) {
    String iso3 = r.economies().get(e);
    String name = r.name(e);
    int ref = r.reference() == null ? -1 : r.economyIndex(r.reference());
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(Html.escape(name + " (" + iso3 + ") · " + r.framework().name()))
        .append("</title><style>")
        .append(CjkFont.fontFace())
        .append(
            "body{font:14px/1.45 system-ui,"
                + CjkFont.CSS_FAMILY
                + ",sans-serif;margin:24px auto;max-width:980px;padding:0"
                + " 16px;color:#1d2430}table{border-collapse:collapse;width:100%;margin:8px 0"
                + " 16px}th,td{padding:4px 6px;border-bottom:1px solid #d9dee6;text-align:right;"
                + "vertical-align:top}th{background:#eef1f5}.l{text-align:left}.muted{color:#5b6575}"
                + ".flag{color:#9a6700}h1{font-size:22px;margin:0}h2{font-size:16px;margin-top:22px}")
        .append("</style></head><body>\n");
    b.append("<h1>").append(Html.escape(name)).append(" (").append(iso3).append(")</h1>\n");
    b.append("<p class=\"muted\">").append(Html.escape(r.framework().name())).append("</p>\n");
    b.append(
        String.format(
            Locale.ROOT,
            "<p><b>Index %s</b>%s · rank %s of %d · tier %d of %d</p>%n",
            num(r.index(e)),
            ref >= 0 && r.framework().relativeToReference()
                ? " (" + Html.escape(r.reference()) + " = 1)"
                : "",
            rank(r.rank(e)),
            r.economies().size(),
            r.tier(e),
            r.tiering().count()));
    UncertaintySummary.EconomyStats mc = stats(extras.robustness(), iso3);
    if (mc != null) {
      b.append(rankInterval(extras.robustness(), mc, r.economies().size()));
    }

    b.append("<h2>Layers and dimensions</h2>\n<table><tr><th class=\"l\">node</th><th>score</th>")
        .append("<th>reference")
        .append(ref >= 0 ? " (" + Html.escape(r.reference()) + ")" : "")
        .append("</th><th>median economy</th></tr>\n");
    List<Node.Aggregate> nodes = new ArrayList<>(Levels.layers(r.framework()));
    nodes.addAll(Levels.dimensions(r.framework()));
    for (Node.Aggregate a : nodes) {
      b.append("<tr><td class=\"l\">")
          .append(Html.escape(a.name()))
          .append("</td><td>")
          .append(num(r.score(a.id(), e)))
          .append("</td><td>")
          .append(ref >= 0 ? num(r.score(a.id(), ref)) : "")
          .append("</td><td>")
          .append(num(median(r, a.id())))
          .append("</td></tr>\n");
    }
    b.append("</table>\n");

    b.append("<h2>Strengths and weaknesses</h2>\n<p>");
    List<Standings.Standing> strong = Standings.strengths(r, e);
    List<Standings.Standing> weak = Standings.weaknesses(r, e);
    b.append("Strengths (ranked better than on the index): ")
        .append(strong.isEmpty() ? "none" : standings(strong))
        .append(".<br>Weaknesses: ")
        .append(weak.isEmpty() ? "none" : standings(weak))
        .append(".</p>\n");

    if (ref >= 0 && ref != e && r.index(e) > 0 && r.index(ref) > 0) {
      b.append("<h2>Gap to ")
          .append(Html.escape(r.reference()))
          .append(" by dimension (log points)</h2>\n");
      b.append(gapChart(r, e, ref));
    }

    if (!extras.scenarios().isEmpty()) {
      b.append(scenarios(extras.scenarios(), iso3));
    }

    b.append("<h2>Indicators</h2>\n<table><tr><th class=\"l\">indicator</th><th>value</th>")
        .append("<th class=\"l\">unit</th><th>year</th><th class=\"l\">source</th></tr>\n");
    for (int i = 0; i < r.indicators().size(); i++) {
      String id = r.indicators().get(i);
      Observation o = r.observation(i, e);
      b.append("<tr><td class=\"l\">").append(Html.escape(r.node(id).name())).append("</td>");
      if (o == null) {
        b.append("<td class=\"flag\">")
            .append(r.imputed(i, e) ? "imputed " + num(r.prepared(i, e)) : "missing")
            .append("</td><td></td><td></td><td></td></tr>\n");
        continue;
      }
      b.append("<td>")
          .append(num(o.value()))
          .append("</td><td class=\"l\">")
          .append(Html.escape(o.provenance().unit()))
          .append("</td><td>")
          .append(o.year())
          .append("</td><td class=\"l\">")
          .append(Html.escape(o.provenance().source()))
          .append("</td></tr>\n");
    }
    b.append("</table>\n<p class=\"muted\">Made by aidx profile. Values as read; scores as the")
        .append(" run computed them.</p>\n</body></html>\n");
    return b.toString();
  }

  private static UncertaintySummary.EconomyStats stats(UncertaintySummary s, String iso3) {
    if (s == null) {
      return null;
    }
    return s.economies().stream().filter(x -> x.iso3().equals(iso3)).findFirst().orElse(null);
  }

  /**
   * The rank interval of a Monte Carlo run, with the run's size, seed and assumptions. The index
   * interval of the same run is left out: under the default assumptions it mixes indices on
   * different scales (China's nominal 0.59 sat at the 5% end of an interval 0.59–1.72).
   */
  private static String rankInterval(
      UncertaintySummary s, UncertaintySummary.EconomyStats mc, int economies) {
    StringBuilder b = new StringBuilder();
    b.append("<h2>Rank under uncertainty</h2>\n");
    b.append(
        String.format(
            Locale.ROOT,
            "<p id=\"rank-interval\"><b>Rank %s of %d, 90%% interval %s over %d runs</b> (median"
                + " %s; mean shift %s places). Only ranks are compared across runs: the runs change"
                + " the normalisation and the means, which change what an index value of 0.5"
                + " means (min-max onto [1, 100] pulls every ratio towards 1), so no index"
                + " interval is given (the interval policy, docs/outputs.md).</p>%n",
            rank(mc.rank().nominal()),
            economies,
            Double.isNaN(mc.rank().q05())
                ? "withheld (it excludes the nominal rank)"
                : rank(mc.rank().q05()) + "–" + rank(mc.rank().q95()),
            s.runs(),
            rank(mc.rank().median()),
            num(Math.round(mc.meanAbsRankShift() * 100) / 100.0)));
    b.append(
            String.format(
                Locale.ROOT,
                "<p class=\"muted\" id=\"monte-carlo\">Monte Carlo: %d runs, seed %d, %s points,"
                    + " as <code>aidx robustness --runs %d --seed %d</code> with the default"
                    + " assumptions: ",
                s.runs(),
                s.seed(),
                Html.escape(s.sampler().label()),
                s.runs(),
                s.seed()))
        .append(Html.escape(String.join("; ", s.assumptions())))
        .append(".");
    if (mc.missing() > 0) {
      b.append(" No index in ").append(mc.missing()).append(" runs.");
    }
    b.append("</p>\n");
    return b.toString();
  }

  /** Each scenario's effect on this economy: index, rank and tier before and after. */
  private static String scenarios(List<ScenarioRun> runs, String iso3) {
    StringBuilder b = new StringBuilder();
    b.append("<h2>What the scenarios would do</h2>\n<table id=\"scenarios\"><tr>")
        .append("<th class=\"l\">scenario</th><th class=\"l\">changes this economy's data</th>")
        .append("<th>index</th><th>scenario index</th><th>rank</th><th>scenario rank</th>")
        .append("<th>tier</th><th>scenario tier</th></tr>\n");
    for (ScenarioRun s : runs) {
      boolean own = s.changed().stream().anyMatch(o -> o.economy().equals(iso3));
      b.append("<tr><td class=\"l\" title=\"")
          .append(Html.escape(s.scenario().description()))
          .append("\">")
          .append(Html.escape(s.scenario().name()))
          .append("</td><td class=\"l\">")
          .append(own ? "yes" : "no")
          .append("</td><td>")
          .append(num(s.baselineIndex(iso3)))
          .append("</td><td>")
          .append(num(s.scenarioIndex(iso3)))
          .append("</td><td>")
          .append(rank(s.baselineRank(iso3)))
          .append("</td><td>")
          .append(rank(s.scenarioRank(iso3)))
          .append("</td><td>")
          .append(s.baselineTier(iso3))
          .append("</td><td>")
          .append(s.scenarioTier(iso3))
          .append("</td></tr>\n");
    }
    b.append("</table>\n<p class=\"muted\">Each scenario changes some economies' data and")
        .append(" re-runs the index (as <code>aidx scenario</code>); an economy whose own data is")
        .append(
            " unchanged can still move when others do. Tiers keep the baseline's breaks.</p>\n");
    return b.toString();
  }

  /** Horizontal bars, one per dimension, left of the axis for a shortfall, right for a lead. */
  private static String gapChart(IndexResult r, int e, int ref) {
    List<String> dims = Levels.dimensions(r.framework()).stream().map(Node::id).toList();
    List<GapDecomposition.Contribution> cs =
        GapDecomposition.decompose(r, e, ref).stream()
            .filter(c -> dims.contains(c.node()))
            .toList();
    double max =
        cs.stream().mapToDouble(c -> Math.abs(c.logGap())).filter(Double::isFinite).max().orElse(1);
    max = max > 0 ? max : 1;
    int w = 720;
    int rowH = 24;
    int label = 200;
    int half = (w - label - 80) / 2;
    int axis = label + half;
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\""
                + " font-family=\"system-ui,%s,sans-serif\" font-size=\"12\">%n",
            w,
            rowH * cs.size() + 10,
            CjkFont.CSS_FAMILY));
    int y = 4;
    for (GapDecomposition.Contribution c : cs) {
      double g = Double.isFinite(c.logGap()) ? c.logGap() : 0;
      double len = half * Math.abs(g) / max;
      double x = g < 0 ? axis - len : axis;
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                  + "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%d\">%+.3f</text>%n",
              label - 6,
              y + 15,
              Html.escape(c.name().replaceFirst("\\s*\\(.*$", "")),
              x,
              y + 3,
              len,
              rowH - 8,
              g < 0 ? "#cf222e" : "#1f5fa8",
              w - 70,
              y + 15,
              g));
      y += rowH;
    }
    b.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"0\" x2=\"%d\" y2=\"%d\" stroke=\"#5b6575\"/>%n</svg>%n",
            axis,
            axis,
            y + 4));
    return b.toString();
  }

  private static String standings(List<Standings.Standing> s) {
    List<String> out = new ArrayList<>();
    for (Standings.Standing k : s) {
      out.add(
          Html.escape(k.name().replaceFirst("\\s*\\(.*$", "")) + " (rank " + rank(k.rank()) + ")");
    }
    return String.join(", ", out);
  }

  private static double median(IndexResult r, String node) {
    double[] v =
        java.util.stream.IntStream.range(0, r.economies().size())
            .mapToDouble(k -> r.score(node, k))
            .filter(x -> !Double.isNaN(x))
            .sorted()
            .toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }

  private static String num(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    double a = Math.abs(v);
    return a != 0 && (a >= 1e6 || a < 1e-3)
        ? String.format(Locale.ROOT, "%.4g", v)
        : String.format(Locale.ROOT, "%.4f", v).replaceFirst("\\.?0+$", "");
  }

  private static String rank(double r) {
    if (Double.isNaN(r)) {
      return "";
    }
    return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
  }
}
