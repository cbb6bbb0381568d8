package org.aidx.report.compare;

import java.awt.BasicStroke;
import java.awt.Color;
import org.aidx.analysis.compare.Comparison;
import org.aidx.report.Charts;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Rank under version A (x) against rank under version B (y), one labelled point per economy, with
 * the diagonal of unchanged ranks: points above it fell in B, points below rose (rank 1 at the
 * origin).
 */
public final class CompareScatter {
  private CompareScatter() {}

  public static XYChart chart(Comparison c, String labelA, String labelB) {
    XYChart chart =
        Charts.style(
            new XYChartBuilder()
                .width(Charts.WIDTH)
                .height(Charts.HEIGHT)
                .title("Rank under A against rank under B")
                .xAxisTitle("rank, A: " + labelA)
                .yAxisTitle("rank, B: " + labelB)
                .build());
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    chart.getStyler().setMarkerSize(8);
    chart.getStyler().setLegendVisible(false);
    int n = c.rows().size();
    XYSeries diagonal =
        chart.addSeries("unchanged", new double[] {0.5, n + 0.5}, new double[] {0.5, n + 0.5});
    diagonal.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    diagonal.setMarker(SeriesMarkers.NONE);
    diagonal.setLineColor(new Color(190, 190, 190));
    diagonal.setLineStyle(
        new BasicStroke(
            1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
    double[] x = c.rows().stream().mapToDouble(Comparison.Row::rankA).toArray();
    double[] y = c.rows().stream().mapToDouble(Comparison.Row::rankB).toArray();
    XYSeries s = chart.addSeries("economies", x, y);
    s.setMarker(SeriesMarkers.CIRCLE);
    s.setMarkerColor(new Color(0, 90, 181));
    for (Comparison.Row r : c.rows()) {
      chart.addAnnotation(new AnnotationText(r.iso3(), r.rankA() + 0.45, r.rankB() + 0.35, false));
    }
    chart.getStyler().setXAxisMin(0.5);
    chart.getStyler().setYAxisMin(0.5);
    chart.getStyler().setXAxisMax(n + 0.5);
    chart.getStyler().setYAxisMax(n + 0.5);
    return chart;
  }
}
