package org.aidx.report.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.aidx.analysis.uncertainty.UncertaintySummary;
import org.aidx.analysis.uncertainty.UncertaintySummary.EconomyStats;
import org.aidx.report.Html;
import org.aidx.report.ReportSection;
import org.aidx.report.ReportSheet;
import org.aidx.report.SectionChart;

/**
 * The report's "Robustness" section, built from an uncertainty analysis: how the run was made
 * (replications, sampler, seed, assumptions), a paragraph of findings computed from the numbers,
 * the rank-interval table and chart, and a workbook sheet with the columns of {@code aidx
 * robustness --format csv}.
 *
 * <p>Example: with China nominally first and its ranks (1, 1, 2, 3) over four replications, the
 * paragraph reads "The nominal leader, China, has a 5–95% rank interval of 1–3 (median 1)".
 *
 * <pre>{@code
 * UncertaintySummary s = Uncertainty.run(fw, data, spec, Assumptions.defaults(fw, spec),
 *     1000, 1, 2, null);
 * ReportFiles.write(dir, result, manifest, List.of(RobustnessSection.of(s)));
 * }</pre>
 */
public final class RobustnessSection {
  public static final String TITLE = "Robustness";
  public static final String CHART = "rank-intervals";
  public static final String SHEET = "Robustness";

  /** A tier probability at or above this counts as a settled tier in the findings. */
  static final double SETTLED = 0.95;

  private RobustnessSection() {}

  public static ReportSection of(UncertaintySummary s) {
    StringBuilder b = new StringBuilder();
    b.append("<p>")
        .append(
            esc(
                String.format(
                    Locale.ROOT,
                    "The index was recomputed %,d times (%s points, seed %d), each time with every"
                        + " uncertain assumption drawn at random: %s. Each economy's rank is"
                        + " summarised by its median and its 5th and 95th percentiles"
                        + " (nearest-rank quantiles over the replications).",
                    s.runs(),
                    s.sampler().label(),
                    s.seed(),
                    String.join("; ", s.assumptions()))))
        .append("</p>\n");
    b.append("<p id=\"robustness-findings\">").append(esc(findings(s))).append("</p>\n");
    b.append(table(s));
    if (!s.notes().isEmpty()) {
      b.append("<ul>\n");
      s.notes().forEach(n -> b.append("<li>").append(esc(n)).append("</li>\n"));
      b.append("</ul>\n");
    }
    SectionChart chart =
        SectionChart.of(
            RobustnessCharts.rankIntervals(s),
            CHART,
            "Rank intervals",
            "Each economy's 5–95% rank interval over "
                + s.runs()
                + " replications (bar), its median rank (circle) and its nominal rank (diamond),"
                + " in nominal rank order.");
    return new ReportSection(TITLE, b.toString(), List.of(chart), List.of(sheet(s)));
  }

  /**
   * What the numbers say, in sentences: the leader's interval, the typical and the widest interval
   * width, how many medians equal the nominal rank, the mean absolute shift and, with tiers, how
   * many economies are in one tier with probability at least {@value #SETTLED}.
   */
  public static String findings(UncertaintySummary s) {
    List<EconomyStats> ranked =
        s.economies().stream().filter(e -> !Double.isNaN(e.rank().median())).toList();
    if (ranked.isEmpty()) {
      return "No economy had an index in any replication.";
    }
    List<String> out = new ArrayList<>();
    EconomyStats lead = ranked.get(0);
    out.add(
        "The nominal leader, "
            + lead.name()
            + ", has a 5–95% rank interval of "
            + interval(lead)
            + " (median "
            + num(lead.rank().median())
            + ").");
    List<EconomyStats> withInterval = ranked.stream().filter(e -> !Double.isNaN(width(e))).toList();
    double[] widths =
        withInterval.stream().mapToDouble(RobustnessSection::width).sorted().toArray();
    EconomyStats widest =
        withInterval.stream()
            .max(Comparator.comparingDouble(RobustnessSection::width))
            .orElse(lead);
    out.add(
        "Across the "
            + ranked.size()
            + " economies the interval spans a median of "
            + num(median(widths))
            + " rank(s); the widest is "
            + widest.name()
            + "'s ("
            + interval(widest)
            + ").");
    long same = ranked.stream().filter(e -> e.rank().median() == e.rank().nominal()).count();
    double shift = ranked.stream().mapToDouble(EconomyStats::meanAbsRankShift).average().orElse(0);
    out.add(
        String.format(
            Locale.ROOT,
            "%d of %d economies have a median rank equal to their nominal rank; ranks move by"
                + " %.2f places on average (mean absolute rank shift).",
            same,
            ranked.size(),
            shift));
    if (s.tierCount() > 0) {
      long settled =
          ranked.stream()
              .filter(e -> e.tierProbabilities().stream().anyMatch(p -> p >= SETTLED - 1e-12))
              .count();
      out.add(
          String.format(
              Locale.ROOT,
              "%d of %d economies fall in the same one of the %d tiers in at least %.0f%% of"
                  + " replications.",
              settled,
              ranked.size(),
              s.tierCount(),
              100 * SETTLED));
    }
    return String.join(" ", out);
  }

  private static String table(UncertaintySummary s) {
    StringBuilder b = new StringBuilder("<div class=\"scroll\"><table id=\"robustness-table\">\n");
    b.append("<caption>").append(esc(UncertaintyWriter.intervalCaption(s))).append("</caption>\n");
    b.append("<thead><tr><th class=\"num\">Nominal rank</th><th>ISO3</th><th>Economy</th>");
    b.append("<th class=\"num\">Median rank</th><th class=\"num\">Rank 5%</th>");
    b.append("<th class=\"num\">Rank 95%</th><th class=\"num\">Mean |shift|</th>");
    b.append("<th class=\"num\">Index</th><th class=\"num\">Index median</th>");
    b.append("<th class=\"num\">Index 5–95%</th>");
    for (int t = 1; t <= s.tierCount(); t++) {
      b.append("<th class=\"num\">P(tier ").append(t).append(")</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (EconomyStats e : s.economies()) {
      b.append("<tr data-iso3=\"").append(esc(e.iso3())).append("\">");
      cell(b, num(e.rank().nominal()));
      b.append("<td>").append(esc(e.iso3())).append("</td>");
      b.append("<td>").append(esc(e.name())).append("</td>");
      cell(b, num(e.rank().median()));
      cell(b, num(e.rank().q05()));
      cell(b, num(e.rank().q95()));
      cell(b, fixed(e.meanAbsRankShift(), 2));
      cell(b, fixed(e.index().nominal(), 3));
      cell(b, Double.isNaN(e.index().median()) ? "withheld" : fixed(e.index().median(), 3));
      cell(
          b,
          Double.isNaN(e.index().q05())
              ? "withheld"
              : fixed(e.index().q05(), 3) + "–" + fixed(e.index().q95(), 3));
      for (double p : e.tierProbabilities()) {
        cell(b, fixed(p, 2));
      }
      b.append("</tr>\n");
    }
    return b.append("</tbody></table></div>\n").toString();
  }

  /** The columns of {@code aidx robustness --format csv}, numbers as numbers. */
  static ReportSheet sheet(UncertaintySummary s) {
    List<String> header =
        new ArrayList<>(
            List.of(
                "iso3",
                "name",
                "nominal_rank",
                "median_rank",
                "rank_q05",
                "rank_q95",
                "mean_abs_rank_shift",
                "index_nominal",
                "index_median",
                "index_q05",
                "index_q95",
                "gap_nominal",
                "gap_median",
                "gap_q05",
                "gap_q95"));
    for (int t = 1; t <= s.tierCount(); t++) {
      header.add("p_tier" + t);
    }
    header.add("missing_runs");
    header.add("runs");
    List<List<Object>> rows = new ArrayList<>();
    for (EconomyStats e : s.economies()) {
      List<Object> row = new ArrayList<>(List.of(e.iso3(), e.name()));
      spread(row, e.rank());
      row.add(e.meanAbsRankShift());
      spread(row, e.index());
      spread(row, e.gap());
      row.addAll(e.tierProbabilities());
      row.add(e.missing());
      row.add(s.runs());
      rows.add(row);
    }
    return new ReportSheet(SHEET, header, rows);
  }

  private static void spread(List<Object> row, UncertaintySummary.Spread s) {
    row.add(s.nominal());
    row.add(s.median());
    row.add(s.q05());
    row.add(s.q95());
  }

  private static double width(EconomyStats e) {
    return e.rank().q95() - e.rank().q05();
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String interval(EconomyStats e) {
    if (Double.isNaN(e.rank().q05())) {
      return "withheld (it excludes the nominal rank)";
    }
    return num(e.rank().q05()) + "–" + num(e.rank().q95());
  }

  private static void cell(StringBuilder b, String text) {
    b.append("<td class=\"num\">").append(esc(text)).append("</td>");
  }

  /** A rank: whole, or with its decimals (a tie gives x.5); empty when missing. */
  static String num(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static String fixed(double v, int digits) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%." + digits + "f", v);
  }

  private static String esc(String s) {
    return Html.escape(s);
  }
}
