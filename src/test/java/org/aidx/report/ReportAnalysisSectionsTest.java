package org.aidx.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.aidx.analysis.coherence.Coherence;
import org.aidx.analysis.uncertainty.Sampler;
import org.aidx.analysis.uncertainty.UncertaintySummary;
import org.aidx.analysis.uncertainty.UncertaintySummary.EconomyStats;
import org.aidx.analysis.uncertainty.UncertaintySummary.Spread;
import org.aidx.pipeline.IndexResult;
import org.aidx.report.coherence.CoherenceSection;
import org.aidx.report.uncertainty.RobustnessSection;
import org.junit.jupiter.api.Test;

/** The robustness and coherence sections on hand-made results whose findings are known. */
class ReportAnalysisSectionsTest {
  private static final Spread NONE = new Spread(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  private static EconomyStats eco(
      String iso3, String name, Spread rank, double shift, List<Double> tiers) {
    return new EconomyStats(iso3, name, rank, shift, new Spread(1, 1, 0.9, 1.1), NONE, tiers, 0);
  }

  /*
   * Three economies, two tiers:
   *            nominal median q05 q95  shift  P(tier 1, 2)
   *   Alpha       1      1     1   2   0.3    0.97 0.03
   *   Beta        2     2.5    1   3   0.8    0.50 0.50
   *   Gamma       3      3     3   3   0.0    0.00 1.00
   * Interval widths 1, 2, 0: median 1, widest Beta (1–3). Medians equal to the nominal rank:
   * Alpha and Gamma. Mean shift (0.3 + 0.8 + 0) / 3 = 0.37. P >= 0.95 in one tier: Alpha, Gamma.
   */
  private static final UncertaintySummary THREE =
      new UncertaintySummary(
          400,
          9,
          Sampler.SOBOL,
          List.of("weights:indicator=±25.0%", "normalisation=ratio|minmax:1,100"),
          "AAA",
          2,
          List.of(
              eco("AAA", "Alpha", new Spread(1, 1, 1, 2), 0.3, List.of(0.97, 0.03)),
              eco("BBB", "Beta", new Spread(2, 2.5, 1, 3), 0.8, List.of(0.5, 0.5)),
              eco("CCC", "Gamma", new Spread(3, 3, 3, 3), 0.0, List.of(0.0, 1.0))),
          List.of("a note <with> markup"));

  @Test
  void robustness_findings_are_computed_from_the_intervals() {
    assertThat(RobustnessSection.findings(THREE))
        .isEqualTo(
            "The nominal leader, Alpha, has a 5–95% rank interval of 1–2 (median 1). Across the 3"
                + " economies the interval spans a median of 1 rank(s); the widest is Beta's"
                + " (1–3). 2 of 3 economies have a median rank equal to their nominal rank; ranks"
                + " move by 0.37 places on average (mean absolute rank shift). 2 of 3 economies"
                + " fall in the same one of the 2 tiers in at least 95% of replications.");
  }

  @Test
  void robustness_section_states_runs_seed_and_assumptions_and_carries_chart_and_sheet()
      throws Exception {
    ReportSection s = RobustnessSection.of(THREE);
    assertThat(s.title()).isEqualTo("Robustness");
    assertThat(s.html())
        .contains("recomputed 400 times (sobol points, seed 9)")
        .contains("weights:indicator=±25.0%; normalisation=ratio|minmax:1,100")
        .contains("a note &lt;with&gt; markup")
        .contains("<td class=\"num\">2.5</td>");
    // A well-formed XHTML fragment, as ReportSection requires.
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(
            new ByteArrayInputStream(
                ("<div>" + s.html() + "</div>").getBytes(StandardCharsets.UTF_8)));
    assertThat(s.charts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.name()).isEqualTo("rank-intervals");
              assertThat(c.png()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            });
    ReportSheet sheet = s.sheets().get(0);
    assertThat(sheet.name()).isEqualTo("Robustness");
    assertThat(sheet.header())
        .startsWith("iso3", "name", "nominal_rank", "median_rank", "rank_q05", "rank_q95")
        .endsWith("p_tier1", "p_tier2", "missing_runs", "runs");
    assertThat(sheet.rows().get(1)).startsWith("BBB", "Beta", 2.0, 2.5, 1.0, 3.0, 0.8);
  }

  @Test
  void coherence_findings_name_the_alpha_range_flags_and_weight_shifts() {
    IndexResult r = MiniIndex.result();
    // D1 (a, b) has α 0.5; D2 has one indicator, so no α. D1 is nominally 1/4 of the index but
    // explains 0.6 of its variance; D2 3/4 and 0.4.
    Coherence.Report c =
        new Coherence.Report(
            List.of(
                new Coherence.IndicatorCoherence(
                    "a", "D1", "index", 0.9, 0.8, 0.9, 0.8, 0.5, 0.5, List.of()),
                new Coherence.IndicatorCoherence(
                    "b",
                    "D1",
                    "index",
                    -0.2,
                    -0.1,
                    0,
                    0,
                    0,
                    0,
                    List.of("negatively correlated with its dimension")),
                new Coherence.IndicatorCoherence(
                    "c", "D2", "index", 1, 1, 1, 1, 0.7, 0.6, List.of())),
            List.of(
                new Coherence.DimensionCoherence("D1", 2, 0.5, 0.75, List.of(0.7, 0.7), 0.25, 0.6),
                new Coherence.DimensionCoherence(
                    "D2", 1, Double.NaN, Double.NaN, List.of(), 0.75, 0.4)),
            List.of(new Coherence.CollinearPair("a", "c", 0.95, false)),
            "squared correlation with the index");
    assertThat(CoherenceSection.findings(r, c))
        .isEqualTo(
            "Cronbach's α ranges from 0.500 (D1) to 0.500 (D1); 0 of 1 dimensions reach 0.7, a"
                + " common rule of thumb for internal consistency (α is undefined for 1"
                + " dimension(s), e.g. those with a single indicator). 1 of 3 indicators are"
                + " flagged as negatively or not correlated (|r| < 0.1) with their dimension, and 1"
                + " pair(s) of indicators are collinear (|r| > 0.9). Relative to its nominal"
                + " weight, D1 carries the most extra weight in the index's variance (effective"
                + " 0.600 against nominal 0.250) and D2 the least (0.400 against 0.750).");
    ReportSection s = CoherenceSection.of(r, c);
    assertThat(s.html()).contains("data-indicator=\"b\"").doesNotContain("data-indicator=\"a\"");
    assertThat(s.html()).contains("<code>a</code> and <code>c</code>: r = 0.950");
    assertThat(s.sheets())
        .extracting(ReportSheet::name)
        .containsExactly("Coherence", "Coherence indicators");
    assertThat(s.sheets().get(0).rows().get(1))
        .containsExactly("D2", 1, Double.NaN, Double.NaN, "", 0.75, 0.4);
  }

  @Test
  void a_sheet_name_that_excel_refuses_is_an_error() {
    assertThatThrownBy(() -> new ReportSheet("a/b", List.of("x"), List.of()))
        .hasMessageContaining("'a/b' is not a sheet name");
    assertThatThrownBy(() -> new ReportSheet("x".repeat(32), List.of("x"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void section_charts_and_sheets_may_not_replace_the_reports_own(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    IndexResult r = MiniIndex.result();
    String manifest = MiniIndex.manifest(r);
    ReportSection clash =
        new ReportSection(
            "Clash",
            "<p/>",
            List.of(),
            List.of(new ReportSheet("ranking", List.of("x"), List.of())));
    assertThatThrownBy(() -> ReportFiles.write(dir, r, manifest, List.of(clash)))
        .hasMessageContaining("already has a sheet ranking");
  }
}
