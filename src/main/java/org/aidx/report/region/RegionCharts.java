package org.aidx.report.region;

import java.awt.Color;
import java.util.List;
import org.aidx.analysis.region.Concentration;
import org.aidx.analysis.region.Typology;
import org.aidx.report.Charts;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Charts of the regional analyses: the Lorenz curve and the choice of the number of groups. */
public final class RegionCharts {
  private RegionCharts() {}

  /** The Lorenz curve against the line of equality, titled with the indicator's id. */
  public static XYChart lorenz(Concentration.Result r) {
    return lorenz(r, r.indicator());
  }

  /**
   * The Lorenz curve against the line of equality, titled with the indicator's human name, e.g.
   * {@code "AI user share"} rather than {@code ai_user_share}.
   */
  public static XYChart lorenz(Concentration.Result r, String label) {
    boolean pc = r.basis() == Concentration.Basis.PER_CAPITA;
    XYChart c =
        Charts.style(
            new XYChartBuilder()
                .width(Charts.WIDTH)
                .height(Charts.HEIGHT)
                .title(
                    String.format(
                        java.util.Locale.ROOT, "Lorenz curve of %s (Gini %.3f)", label, r.gini()))
                .xAxisTitle(pc ? "cumulative share of population" : "cumulative share of regions")
                .yAxisTitle("cumulative share of " + label)
                .build());
    XYSeries eq = c.addSeries("equality", new double[] {0, 1}, new double[] {0, 1});
    eq.setMarker(SeriesMarkers.NONE);
    eq.setLineColor(Color.GRAY);
    List<Concentration.LorenzPoint> l = r.lorenz();
    XYSeries s =
        c.addSeries(
            "Lorenz",
            l.stream().mapToDouble(Concentration.LorenzPoint::units).toArray(),
            l.stream().mapToDouble(Concentration.LorenzPoint::amount).toArray());
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(new Color(0x31, 0x82, 0xbd));
    s.setLineWidth(2.5f);
    return c;
  }

  /**
   * The choice of k: the mean silhouette and the gap statistic per k (left axis), and the
   * within-group sum of squares scaled to its value at k = 1 (the elbow).
   */
  public static XYChart choice(Typology.KChoice k) {
    XYChart c =
        Charts.style(
            new XYChartBuilder()
                .width(Charts.WIDTH)
                .height(Charts.HEIGHT)
                .title("Number of groups: silhouette " + k.bySilhouette() + ", gap " + k.byGap())
                .xAxisTitle("k")
                .yAxisTitle("value")
                .build());
    double[] ks = k.ks().stream().mapToDouble(Integer::doubleValue).toArray();
    double w1 = k.withinSumOfSquares().get(0);
    XYSeries w =
        c.addSeries(
            "W(k) / W(1) (elbow)",
            ks,
            k.withinSumOfSquares().stream().mapToDouble(v -> v / w1).toArray());
    w.setMarker(SeriesMarkers.CIRCLE);
    double[] sk = new double[ks.length - 1];
    double[] sv = new double[ks.length - 1];
    for (int i = 1; i < ks.length; i++) {
      sk[i - 1] = ks[i];
      sv[i - 1] = k.silhouette().get(i);
    }
    c.addSeries("mean silhouette", sk, sv).setMarker(SeriesMarkers.SQUARE);
    c.addSeries("gap", ks, k.gap().stream().mapToDouble(Double::doubleValue).toArray())
        .setMarker(SeriesMarkers.DIAMOND);
    return c;
  }
}
