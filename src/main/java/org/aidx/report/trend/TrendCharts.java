package org.aidx.report.trend;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.aidx.analysis.trend.GrowthFit;
import org.aidx.analysis.trend.PowerLawFit;
import org.aidx.analysis.trend.SCurveFit;
import org.aidx.analysis.trend.Series;
import org.aidx.report.Charts;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts of trend fits: the observed points, the fitted curves or segments, knees and breaks, and
 * intervals. Each method builds an XChart chart in the house style; write it with {@link
 * Charts#write}.
 */
public final class TrendCharts {
  private static final Color[] PALETTE = {
    new Color(0, 90, 181), new Color(220, 50, 32), new Color(0, 150, 80), new Color(130, 60, 160)
  };

  private TrendCharts() {}

  /** Points, each family's curve over data and forecast, its knees, and the best fit's band. */
  public static XYChart scurve(Series s, List<SCurveFit> fits) {
    XYChart c =
        Charts.style(
            new XYChartBuilder()
                .width(Charts.WIDTH)
                .height(Charts.HEIGHT)
                .title("S-curve fits: " + s.name())
                .xAxisTitle("year")
                .yAxisTitle(s.unit())
                .build());
    c.getStyler().setXAxisDecimalPattern("0");
    XYSeries pts = c.addSeries("observed", s.times(), s.values());
    pts.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    pts.setMarker(SeriesMarkers.CIRCLE);
    pts.setMarkerColor(Color.DARK_GRAY);
    double t0 = s.t(0);
    double t1 = s.t(s.size() - 1);
    for (int f = 0; f < fits.size(); f++) {
      SCurveFit fit = fits.get(f);
      double end =
          fit.forecast().isEmpty() ? t1 : fit.forecast().get(fit.forecast().size() - 1).year();
      int m = 200;
      double[] x = new double[m];
      double[] y = new double[m];
      for (int i = 0; i < m; i++) {
        x[i] = t0 + (end - t0) * i / (m - 1);
        y[i] = fit.value(x[i]);
      }
      Color col = PALETTE[f % PALETTE.length];
      XYSeries line = c.addSeries(fit.family().id(), x, y);
      line.setMarker(SeriesMarkers.NONE);
      line.setLineColor(col);
      XYSeries knees =
          c.addSeries(
              fit.family().id() + " knees",
              new double[] {fit.knee1().year().value(), fit.knee2().year().value()},
              new double[] {fit.knee1().share().value(), fit.knee2().share().value()});
      knees.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      knees.setMarker(SeriesMarkers.DIAMOND);
      knees.setMarkerColor(col);
      if (f == 0 && !fit.forecast().isEmpty()) {
        double[] fx = fit.forecast().stream().mapToDouble(SCurveFit.Forecast::year).toArray();
        double[] lo = fit.forecast().stream().mapToDouble(SCurveFit.Forecast::lo).toArray();
        double[] hi = fit.forecast().stream().mapToDouble(SCurveFit.Forecast::hi).toArray();
        dashed(c.addSeries(fit.family().id() + " 95% forecast low", fx, lo), col);
        dashed(c.addSeries(fit.family().id() + " 95% forecast high", fx, hi), col);
      }
    }
    return c;
  }

  /**
   * log10 of the quantity over time: all points (grey), the points fitted (dark), each segment's
   * line, and a vertical line at each break.
   */
  public static XYChart growth(String title, Series all, Series used, GrowthFit fit) {
    XYChart c =
        Charts.style(
            new XYChartBuilder()
                .width(Charts.WIDTH)
                .height(Charts.HEIGHT)
                .title(title)
                .xAxisTitle("date")
                .yAxisTitle("log10(" + used.unit() + ")")
                .build());
    c.getStyler().setXAxisDecimalPattern("0");
    if (all.size() != used.size()) {
      XYSeries a = c.addSeries("not selected", all.times(), log10(all.values()));
      a.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      a.setMarker(SeriesMarkers.CIRCLE);
      a.setMarkerColor(new Color(190, 190, 190));
    }
    XYSeries p = c.addSeries("fitted points", used.times(), log10(used.values()));
    p.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    p.setMarker(SeriesMarkers.CIRCLE);
    p.setMarkerColor(Color.DARK_GRAY);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : log10(all.values())) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    for (GrowthFit.Segment s : fit.segments()) {
      XYSeries l =
          c.addSeries(
              "segment " + s.number(),
              new double[] {s.start(), s.end()},
              new double[] {s.log10At(s.start()), s.log10At(s.end())});
      l.setMarker(SeriesMarkers.NONE);
      l.setLineColor(PALETTE[(s.number() - 1) % PALETTE.length]);
      l.setLineWidth(3);
    }
    int b = 1;
    for (double d : fit.breakDates()) {
      XYSeries v = c.addSeries("break " + b++, new double[] {d, d}, new double[] {lo, hi});
      v.setMarker(SeriesMarkers.NONE);
      dashed(v, Color.BLACK);
    }
    return c;
  }

  /** ln y against ln x with the fitted power law. */
  public static XYChart scaling(double[] x, double[] y, PowerLawFit fit) {
    XYChart c =
        Charts.style(
            new XYChartBuilder()
                .width(Charts.WIDTH)
                .height(Charts.HEIGHT)
                .title("Power law: " + fit.y() + " against " + fit.x())
                .xAxisTitle("log10(" + fit.x() + ")")
                .yAxisTitle("log10(" + fit.y() + ")")
                .build());
    XYSeries p = c.addSeries("observed", log10(x), log10(y));
    p.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    p.setMarker(SeriesMarkers.CIRCLE);
    p.setMarkerColor(Color.DARK_GRAY);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    int m = 100;
    double[] fx = new double[m];
    double[] fy = new double[m];
    for (int i = 0; i < m; i++) {
      double xv = Math.pow(10, Math.log10(lo) + (Math.log10(hi) - Math.log10(lo)) * i / (m - 1));
      fx[i] = Math.log10(xv);
      fy[i] = Math.log10(fit.value(xv));
    }
    XYSeries l =
        c.addSeries(String.format(java.util.Locale.ROOT, "fit, b = %.3f", fit.b().value()), fx, fy);
    l.setMarker(SeriesMarkers.NONE);
    l.setLineColor(PALETTE[1]);
    l.setLineWidth(3);
    return c;
  }

  private static void dashed(XYSeries s, Color col) {
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(col);
    s.setLineStyle(
        new BasicStroke(
            1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
  }

  private static double[] log10(double[] v) {
    double[] o = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      o[i] = Math.log10(v[i]);
    }
    return o;
  }
}
