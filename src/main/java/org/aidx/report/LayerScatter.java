package org.aidx.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.aidx.analysis.explain.ComparativeAdvantage;
import org.aidx.input.PublishedFiles;
import org.aidx.pipeline.IndexResult;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The two-layer scatter of comparative advantage: technology activity (x) against market
 * friendliness (y) on log axes (so that equal ratios are equal distances and the diagonal of equal
 * layers is a straight line), one labelled point per economy coloured by its class, reference lines
 * at 1 on both axes. Reusable by any report:
 *
 * <pre>{@code
 * Charts.write(LayerScatter.chart(result), outDir, "layer-scatter");
 * }</pre>
 */
public final class LayerScatter {
  private static final Color RND = new Color(0, 90, 181);
  private static final Color BALANCED = new Color(110, 110, 110);
  private static final Color APPLICATION = new Color(220, 50, 32);

  // label box size and candidate offsets, in fractions of the plot's width and height
  private static final double LABEL_W = 0.045;
  private static final double LABEL_H = 0.03;
  private static final double[][] OFFSETS = {
    {0, 0.035}, {0, -0.035}, {0.045, 0}, {-0.045, 0}, {0.04, 0.035}, {-0.04, 0.035},
    {0.04, -0.035}, {-0.04, -0.035}, {0, 0.07}, {0, -0.07}, {0.09, 0}, {-0.09, 0}
  };

  private LayerScatter() {}

  /** The scatter with the default classification (band 1.25 around the reference). */
  public static XYChart chart(IndexResult r) {
    return chart(r, ComparativeAdvantage.defaults());
  }

  public static XYChart chart(IndexResult r, ComparativeAdvantage rule) {
    List<ComparativeAdvantage.Position> ps =
        rule.classify(r).stream().filter(p -> p.technology() > 0 && p.market() > 0).toList();
    List<String> layers = ComparativeAdvantage.layers(r);
    List<String> names = shortNames(r);
    String rel =
        r.reference() != null && r.framework().relativeToReference()
            ? " (" + r.reference() + " = 1, log scale)"
            : " (log scale)";
    XYChart chart =
        Charts.style(
            new XYChartBuilder()
                .width(Charts.WIDTH)
                .height(Charts.HEIGHT)
                .title(
                    "Comparative advantage: "
                        + names.get(0)
                        + " layer against "
                        + names.get(1)
                        + " layer")
                .xAxisTitle(latin(r.node(layers.get(0)).name()) + rel)
                .yAxisTitle(latin(r.node(layers.get(1)).name()) + rel)
                .build());
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    chart.getStyler().setMarkerSize(9);
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setYAxisLogarithmic(true);
    double lo = 1;
    double hi = 1;
    for (ComparativeAdvantage.Position p : ps) {
      lo = Math.min(lo, Math.min(p.technology(), p.market()));
      hi = Math.max(hi, Math.max(p.technology(), p.market()));
    }
    double xmin = lo / 1.3;
    double xmax = hi * 1.3;
    XYSeries diagonal =
        chart.addSeries("equal layers", new double[] {xmin, xmax}, new double[] {xmin, xmax});
    diagonal.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    diagonal.setMarker(SeriesMarkers.NONE);
    diagonal.setLineColor(new Color(190, 190, 190));
    diagonal.setLineStyle(
        new BasicStroke(
            1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
    for (ComparativeAdvantage.Lead lead : ComparativeAdvantage.Lead.values()) {
      double[] x =
          ps.stream().filter(p -> p.lead() == lead).mapToDouble(p -> p.technology()).toArray();
      double[] y = ps.stream().filter(p -> p.lead() == lead).mapToDouble(p -> p.market()).toArray();
      if (x.length == 0) {
        continue;
      }
      XYSeries s = chart.addSeries(legend(lead, rule, names.get(0), names.get(1)), x, y);
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setMarkerColor(
          lead == ComparativeAdvantage.Lead.RND_LED
              ? RND
              : lead == ComparativeAdvantage.Lead.APPLICATION_LED ? APPLICATION : BALANCED);
    }
    chart.addAnnotation(new AnnotationLine(1, true, false));
    chart.addAnnotation(new AnnotationLine(1, false, false));
    label(chart, ps, Math.log(xmin), Math.log(xmax));
    chart.getStyler().setXAxisMin(xmin);
    chart.getStyler().setYAxisMin(xmin);
    chart.getStyler().setXAxisMax(xmax);
    chart.getStyler().setYAxisMax(xmax);
    return chart;
  }

  /**
   * Places each label at the first candidate offset whose box overlaps no label placed before and
   * no point, so that labels in a cluster stay readable.
   */
  private static void label(
      XYChart chart, List<ComparativeAdvantage.Position> ps, double lmin, double lmax) {
    double span = lmax - lmin;
    double[][] pts = new double[ps.size()][];
    for (int k = 0; k < ps.size(); k++) {
      pts[k] =
          new double[] {
            (Math.log(ps.get(k).technology()) - lmin) / span,
            (Math.log(ps.get(k).market()) - lmin) / span
          };
    }
    List<double[]> placed = new ArrayList<>();
    for (int k = 0; k < ps.size(); k++) {
      double[] best = null;
      for (double[] o : OFFSETS) {
        double u = pts[k][0] + o[0];
        double v = pts[k][1] + o[1];
        if (free(u, v, placed, pts)) {
          best = new double[] {u, v};
          break;
        }
      }
      if (best == null) {
        best = new double[] {pts[k][0] + OFFSETS[0][0], pts[k][1] + OFFSETS[0][1]};
      }
      placed.add(best);
      chart.addAnnotation(
          new AnnotationText(
              ps.get(k).iso3(),
              Math.exp(lmin + best[0] * span),
              Math.exp(lmin + best[1] * span),
              false));
    }
  }

  private static boolean free(double u, double v, List<double[]> placed, double[][] pts) {
    for (double[] b : placed) {
      if (Math.abs(b[0] - u) < LABEL_W && Math.abs(b[1] - v) < LABEL_H) {
        return false;
      }
    }
    for (double[] p : pts) {
      if (Math.abs(p[0] - u) < LABEL_W / 2 + 0.006 && Math.abs(p[1] - v) < LABEL_H / 2 + 0.008) {
        return false;
      }
    }
    return true;
  }

  /** The name without parenthesised non-Latin text, which the chart fonts may not have. */
  static String latin(String name) {
    return name.replaceAll("\\s*\\([^)]*[^\\x00-\\x7F][^)]*\\)", "").trim();
  }

  /**
   * The two layers' short names for titles, legends and captions: "R&amp;D" and "application" for
   * the CICC framework, whose layers are named at length; otherwise each layer's own name.
   */
  public static List<String> shortNames(IndexResult r) {
    if (PublishedFiles.CICC_FRAMEWORK.equals(r.framework().id())) {
      return List.of("R&D", "application");
    }
    List<String> ids = ComparativeAdvantage.layers(r);
    return List.of(latin(r.node(ids.get(0)).name()), latin(r.node(ids.get(1)).name()));
  }

  /**
   * The economies the log axes cannot show, in rank order, each as "name (layer value)": a layer
   * score that is zero, negative or missing has no logarithm.
   */
  public static List<String> notDrawn(IndexResult r) {
    List<String> ids = ComparativeAdvantage.layers(r);
    List<String> out = new ArrayList<>();
    for (int e : r.order()) {
      List<String> why = new ArrayList<>();
      for (String id : ids) {
        double v = r.score(id, e);
        if (Double.isNaN(v)) {
          why.add(latin(r.node(id).name()) + " missing");
        } else if (v <= 0) {
          why.add(
              latin(r.node(id).name())
                  + " "
                  + (v == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.3f", v)));
        }
      }
      if (!why.isEmpty()) {
        out.add(r.name(e) + " (" + String.join(", ", why) + ")");
      }
    }
    return out;
  }

  private static String legend(
      ComparativeAdvantage.Lead lead, ComparativeAdvantage rule, String a, String b) {
    if (rule.centre() == ComparativeAdvantage.Centre.STANDING) {
      String sd = String.format(java.util.Locale.ROOT, "%.2f", Math.log(rule.band()));
      switch (lead) {
        case RND_LED:
          return a + "-led (standing on " + a + " > on " + b + " by " + sd + " sd)";
        case APPLICATION_LED:
          return b + "-led (standing on " + b + " > on " + a + " by " + sd + " sd)";
        default:
          return "balanced";
      }
    }
    String c = rule.centre() == ComparativeAdvantage.Centre.MEDIAN ? "median's" : "reference's";
    switch (lead) {
      case RND_LED:
        return a + "-led (ratio > " + rule.band() + " × " + c + ")";
      case APPLICATION_LED:
        return b + "-led (ratio < " + c + " / " + rule.band() + ")";
      default:
        return "balanced";
    }
  }
}
