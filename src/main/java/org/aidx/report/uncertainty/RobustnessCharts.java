package org.aidx.report.uncertainty;

import java.awt.Color;
import java.util.List;
import org.aidx.analysis.uncertainty.UncertaintySummary;
import org.aidx.analysis.uncertainty.UncertaintySummary.EconomyStats;
import org.aidx.report.Charts;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Charts of robustness and sensitivity results, in the house style of {@link Charts}. */
public final class RobustnessCharts {
  /** Economies shown at most in the rank-interval chart (the best by nominal rank). */
  public static final int MAX_SHOWN = 60;

  private RobustnessCharts() {}

  /**
   * Each economy's 5–95% rank interval as a bar, its median and nominal rank as markers, economies
   * ordered by nominal rank (lower rank = better).
   */
  public static XYChart rankIntervals(UncertaintySummary s) {
    List<EconomyStats> es = s.economies();
    int n = Math.min(es.size(), MAX_SHOWN);
    XYChart c =
        new XYChartBuilder()
            .width(Charts.WIDTH)
            .height(Charts.HEIGHT)
            .title(
                "Rank intervals over "
                    + s.runs()
                    + " replications (median, 5–95%)"
                    + (es.size() > n ? ", best " + n + " of " + es.size() : ""))
            .xAxisTitle("economy, by nominal rank")
            .yAxisTitle("rank (1 = best)")
            .build();
    Charts.style(c);
    double[] x = new double[n];
    double[] med = new double[n];
    double[] nom = new double[n];
    for (int i = 0; i < n; i++) {
      EconomyStats e = es.get(i);
      x[i] = i + 1;
      med[i] = e.rank().median();
      nom[i] = e.rank().nominal();
      if (Double.isNaN(e.rank().q05())) {
        continue;
      }
      XYSeries bar =
          c.addSeries(
              e.iso3(), new double[] {i + 1, i + 1}, new double[] {e.rank().q05(), e.rank().q95()});
      bar.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      bar.setMarker(SeriesMarkers.NONE);
      bar.setLineColor(new Color(120, 144, 180));
      bar.setLineWidth(n > 30 ? 3f : 6f);
      bar.setLineStyle(SeriesLines.SOLID);
      bar.setShowInLegend(false);
    }
    XYSeries m = c.addSeries("median rank", x, med);
    m.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    m.setMarker(SeriesMarkers.CIRCLE);
    m.setMarkerColor(new Color(31, 58, 96));
    XYSeries o = c.addSeries("nominal rank", x, nom);
    o.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    o.setMarker(SeriesMarkers.DIAMOND);
    o.setMarkerColor(new Color(214, 96, 77));
    c.getStyler()
        .setXAxisTickLabelsFormattingFunction(
            v -> {
              int i = (int) Math.round(v) - 1;
              // XChart drops every tick label when one is blank or two are equal, so a tick
              // without an economy (between two) shows its position instead
              return Math.abs(v - Math.rint(v)) < 1e-9 && i >= 0 && i < n
                  ? es.get(i).iso3()
                  : String.valueOf(v);
            });
    c.getStyler().setXAxisLabelRotation(90);
    c.getStyler().setXAxisTickMarkSpacingHint(30);
    c.getStyler().setXAxisMin(0.5);
    c.getStyler().setXAxisMax(n + 0.5);
    return c;
  }

  /** First- and total-order Sobol indices per assumption as grouped bars. */
  public static CategoryChart sobolIndices(
      String target, List<String> assumptions, double[] first, double[] total) {
    CategoryChart c =
        new CategoryChartBuilder()
            .width(Charts.WIDTH)
            .height(Charts.HEIGHT)
            .title("Sobol sensitivity indices of " + target)
            .xAxisTitle("assumption")
            .yAxisTitle("share of variance")
            .build();
    Charts.style(c);
    c.addSeries("first order (Saltelli 2010)", assumptions, toList(first));
    c.addSeries("total order (Jansen)", assumptions, toList(total));
    c.getStyler().setXAxisLabelRotation(90);
    return c;
  }

  private static List<Double> toList(double[] v) {
    return java.util.Arrays.stream(v).map(x -> Double.isNaN(x) ? 0 : x).boxed().toList();
  }
}
