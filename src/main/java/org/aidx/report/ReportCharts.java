package org.aidx.report;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aidx.framework.Node;
import org.aidx.pipeline.IndexResult;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * The report's charts, built from a result with XChart in the {@link Charts} house style.
 *
 * <ul>
 *   <li>{@link #ranking}: one bar per economy in rank order, coloured by tier, e.g. for CICC CHN
 *       1.014, USA 1.000, … BRA 0.326 (tier 1 bars in one colour, tier 2 in the next);
 *   <li>{@link #profile}: a heatmap of the lowest aggregate level (for CICC the seven dimensions)
 *       by economy, each cell printing its score, so a row reads as a dimension profile against the
 *       reference (= 1 when scores are relative to it).
 * </ul>
 */
public final class ReportCharts {
  /** Colours of tiers 1, 2, … (then repeated); dark to light so tier 1 reads as the strongest. */
  private static final Color[] TIER_COLOURS = {
    new Color(0x1f4e79),
    new Color(0x2e86c1),
    new Color(0x85c1e9),
    new Color(0xb7950b),
    new Color(0xd5dbdb)
  };

  private ReportCharts() {}

  /**
   * Bars of the index in rank order, one series per tier; economies without an index are left out.
   */
  public static CategoryChart ranking(IndexResult r) {
    List<String> codes = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int e : r.order()) {
      if (!Double.isNaN(r.index(e))) {
        codes.add(r.economies().get(e));
        order.add(e);
      }
    }
    String ref =
        r.reference() != null && r.framework().relativeToReference()
            ? ", " + r.reference() + " = 1"
            : "";
    CategoryChart chart =
        Charts.style(
            new CategoryChartBuilder()
                .width(Charts.WIDTH)
                .height(480)
                .title(displayable(r.framework().name()) + ref)
                .xAxisTitle("economy, in rank order")
                .yAxisTitle("index")
                .build());
    var st = chart.getStyler();
    st.setOverlapped(true);
    st.setXAxisLabelRotation(90);
    // A small spacing hint makes XChart label every bar instead of every second one.
    st.setXAxisTickMarkSpacingHint(8);
    st.setLegendPosition(Styler.LegendPosition.InsideNE);
    st.setYAxisDecimalPattern("0.00");
    int tiers = r.tiering().count();
    if (order.isEmpty()) {
      chart.addSeries("no economy has an index", List.of("-"), List.of(0.0));
      return chart;
    }
    for (int t = 1; t <= Math.max(tiers, 1); t++) {
      List<Double> ys = new ArrayList<>();
      boolean any = false;
      for (int e : order) {
        // Null leaves the slot empty, so each economy shows exactly one bar in its tier's colour.
        boolean inTier = tiers == 0 || r.tier(e) == t;
        ys.add(inTier ? r.index(e) : null);
        any |= inTier;
      }
      if (any) {
        chart
            .addSeries(tiers == 0 ? "index" : "tier " + t, codes, ys)
            .setFillColor(TIER_COLOURS[(t - 1) % TIER_COLOURS.length]);
      }
    }
    return chart;
  }

  /**
   * The aggregates directly above the indicators (for CICC the seven dimensions), in tree order. In
   * a tree where no aggregate holds only indicators, every aggregate below the root; in a tree that
   * is only a root, the root.
   */
  public static List<Node.Aggregate> lowestAggregates(IndexResult r) {
    List<Node.Aggregate> out = new ArrayList<>();
    for (Node.Aggregate a : r.framework().aggregates()) {
      if (!a.children().isEmpty()
          && a.children().stream().allMatch(Node.Indicator.class::isInstance)) {
        out.add(a);
      }
    }
    return out;
  }

  /** A heatmap of the lowest aggregates (rows) by economy in rank order (columns). */
  public static HeatMapChart profile(IndexResult r) {
    List<Node.Aggregate> dims = lowestAggregates(r);
    int[] order = r.order();
    List<String> xs = new ArrayList<>();
    for (int e : order) {
      xs.add(r.economies().get(e));
    }
    // XChart draws the y axis bottom-up; listing the dimensions in reverse puts the tree's first
    // dimension on the top row, so the chart reads in the same order as the tables.
    List<String> ys = new ArrayList<>();
    for (int k = dims.size() - 1; k >= 0; k--) {
      ys.add(dims.get(k).id());
    }
    List<Number[]> cells = new ArrayList<>();
    double max = 0;
    for (int x = 0; x < order.length; x++) {
      for (int d = 0; d < dims.size(); d++) {
        double v = r.score(dims.get(d).id(), order[x]);
        if (Double.isFinite(v)) {
          cells.add(new Number[] {x, dims.size() - 1 - d, v});
          max = Math.max(max, v);
        }
      }
    }
    HeatMapChart chart =
        Charts.style(
            new HeatMapChartBuilder()
                .width(Charts.WIDTH)
                .height(220 + 44 * Math.max(dims.size(), 1))
                .title("Profile by " + levelName(dims) + ", economies in rank order")
                .build());
    var st = chart.getStyler();
    st.setShowValue(true);
    st.setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
    st.setHeatMapValueDecimalPattern("0.00");
    st.setXAxisLabelRotation(90);
    st.setXAxisTickMarkSpacingHint(8);
    st.setYAxisTickMarkSpacingHint(8);
    st.setMin(0);
    // Rounded up to a tenth so the colour legend prints a short number.
    st.setMax(max > 0 ? Math.ceil(max * 10) / 10 : 1);
    // The darkest colour stays light enough for the black value labels to be read.
    st.setRangeColors(new Color[] {new Color(0xf7fbff), new Color(0x9ecae1), new Color(0x4292c6)});
    st.setLegendPosition(Styler.LegendPosition.OutsideE);
    if (cells.isEmpty()) {
      // XChart needs at least one cell; a chart of an empty result still renders its axes.
      cells.add(new Number[] {0, 0, 0});
    }
    chart.addSeries(
        "score", xs.isEmpty() ? List.of("-") : xs, ys.isEmpty() ? List.of("-") : ys, cells);
    return chart;
  }

  /**
   * The text without the characters the chart font cannot draw (XChart would draw boxes), and
   * without the brackets left empty by that: "Index (AI发展指数)" → "Index" where CJK fonts are absent.
   */
  static String displayable(String text) {
    Font font = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    StringBuilder b = new StringBuilder();
    text.codePoints().filter(font::canDisplay).forEach(b::appendCodePoint);
    return b.toString().replaceAll("\\(\\s*\\)", "").replaceAll("\\s+", " ").trim();
  }

  /** What the profile's rows are called: the level of the lowest aggregates, e.g. "dimension". */
  static String profileLevel(IndexResult r) {
    return levelName(lowestAggregates(r));
  }

  private static String levelName(List<Node.Aggregate> dims) {
    if (!dims.isEmpty() && !dims.get(0).level().isBlank()) {
      return dims.get(0).level().toLowerCase(Locale.ROOT);
    }
    return "lowest aggregate";
  }
}
