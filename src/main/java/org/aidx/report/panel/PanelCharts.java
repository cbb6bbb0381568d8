package org.aidx.report.panel;

import java.util.ArrayList;
import java.util.List;
import org.aidx.analysis.panel.Panel;
import org.aidx.report.Charts;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The panel's charts: the index over time per economy (reference line at 1), ranks over time (a
 * bump chart, rank 1 on top) and the gap to the reference over time for chosen economies.
 */
public final class PanelCharts {
  private PanelCharts() {}

  /** The index of every economy, one line each, years on x; a horizontal line at 1. */
  public static XYChart index(Panel p) {
    XYChart chart = base("Index over time" + relativeTo(p), "index");
    for (String iso3 : p.economies()) {
      addLine(chart, p, iso3, (r) -> r.index());
    }
    chart.addAnnotation(new AnnotationLine(1, false, false));
    return chart;
  }

  /** Ranks over time (bump chart): rank 1 at the top; economies without an index are gaps. */
  public static XYChart ranks(Panel p) {
    XYChart chart = base("Ranks over time", "rank");
    for (String iso3 : p.economies()) {
      // drawn as −rank so that rank 1 is on top; the tick labels show the rank itself
      addLine(chart, p, iso3, (r) -> -r.rank());
    }
    chart.getStyler().setyAxisTickLabelsFormattingFunction(v -> String.valueOf(Math.round(-v)));
    return chart;
  }

  /**
   * The gap to the reference, reference's index − economy's index, for the chosen economies (all
   * but the reference when empty).
   */
  public static XYChart gap(Panel p, List<String> economies) {
    String ref = p.reference();
    XYChart chart = base("Gap to " + (ref == null ? "the reference" : ref) + " over time", "gap");
    List<String> chosen = economies.isEmpty() ? p.economies() : economies;
    for (String iso3 : chosen) {
      if (iso3.equals(ref)) {
        continue;
      }
      addLine(
          chart,
          p,
          iso3,
          (r) -> {
            Panel.Row rr = ref == null ? null : p.row(r.year(), ref);
            return rr == null ? Double.NaN : rr.index() - r.index();
          });
    }
    chart.addAnnotation(new AnnotationLine(0, false, false));
    return chart;
  }

  private interface Value {
    double of(Panel.Row r);
  }

  private static void addLine(XYChart chart, Panel p, String iso3, Value v) {
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int y : p.years()) {
      Panel.Row r = p.row(y, iso3);
      double value = r == null ? Double.NaN : v.of(r);
      if (Double.isFinite(value)) {
        xs.add((double) y);
        ys.add(value);
      }
    }
    if (xs.isEmpty()) {
      return;
    }
    XYSeries s = chart.addSeries(iso3, xs, ys);
    s.setMarker(SeriesMarkers.CIRCLE);
  }

  private static XYChart base(String title, String yTitle) {
    XYChart chart =
        Charts.style(
            new XYChartBuilder()
                .width(Charts.WIDTH)
                .height(Charts.HEIGHT)
                .title(title)
                .xAxisTitle("year")
                .yAxisTitle(yTitle)
                .build());
    chart.getStyler().setMarkerSize(6);
    chart.getStyler().setXAxisDecimalPattern("0");
    return chart;
  }

  private static String relativeTo(Panel p) {
    return p.reference() != null && p.framework().relativeToReference()
        ? " (" + p.reference() + " = 1)"
        : "";
  }
}
