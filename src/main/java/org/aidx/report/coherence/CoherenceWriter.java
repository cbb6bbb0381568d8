package org.aidx.report.coherence;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.aidx.analysis.coherence.Coherence;
import org.aidx.output.Cells;

/** Renders a coherence report as CSV tables, JSON or text. */
public final class CoherenceWriter {
  private CoherenceWriter() {}

  private static String n(double v) {
    return Cells.compact(v);
  }

  /**
   * {@code indicator,dimension,layer,pearson_dimension,spearman_dimension,pearson_layer,
   * spearman_layer,pearson_index,spearman_index,flags}.
   */
  public static String indicatorsCsv(Coherence.Report r) {
    StringBuilder b =
        new StringBuilder(
            "indicator,dimension,layer,pearson_dimension,spearman_dimension,pearson_layer,"
                + "spearman_layer,pearson_index,spearman_index,flags\n");
    for (var i : r.indicators()) {
      b.append(i.indicator()).append(',').append(i.dimension()).append(',').append(i.layer());
      for (double v :
          new double[] {
            i.pearsonDimension(),
            i.spearmanDimension(),
            i.pearsonLayer(),
            i.spearmanLayer(),
            i.pearsonIndex(),
            i.spearmanIndex()
          }) {
        b.append(',').append(n(v));
      }
      b.append(',').append(Cells.cell(String.join("; ", i.flags()))).append('\n');
    }
    return b.toString();
  }

  /**
   * {@code dimension,indicators,cronbach_alpha,pc1_share,pc1_loadings,nominal_weight,
   * effective_weight}.
   */
  public static String dimensionsCsv(Coherence.Report r) {
    StringBuilder b =
        new StringBuilder(
            "dimension,indicators,cronbach_alpha,pc1_share,pc1_loadings,nominal_weight,effective_weight\n");
    for (var d : r.dimensions()) {
      b.append(d.dimension()).append(',').append(d.indicators());
      b.append(',').append(n(d.cronbachAlpha())).append(',').append(n(d.firstComponentShare()));
      b.append(',')
          .append(String.join(" ", d.loadings().stream().map(CoherenceWriter::n).toList()));
      b.append(',').append(n(d.nominalWeight())).append(',').append(n(d.effectiveWeight()));
      b.append('\n');
    }
    return b.toString();
  }

  /** {@code first,second,pearson,same_dimension}. */
  public static String pairsCsv(Coherence.Report r) {
    StringBuilder b = new StringBuilder("first,second,pearson,same_dimension\n");
    for (var p : r.collinear()) {
      b.append(p.first()).append(',').append(p.second()).append(',').append(n(p.pearson()));
      b.append(',').append(p.sameDimension()).append('\n');
    }
    return b.toString();
  }

  public static String json(Coherence.Report r) {
    ObjectNode root = Cells.JSON.createObjectNode();
    root.put("effective_weight_method", r.effectiveWeightMethod());
    root.put("weak_correlation_below", Coherence.WEAK);
    root.put("collinear_above", Coherence.COLLINEAR);
    root.set("indicators", Cells.JSON.valueToTree(r.indicators()));
    root.set("dimensions", Cells.JSON.valueToTree(r.dimensions()));
    root.set("collinear_pairs", Cells.JSON.valueToTree(r.collinear()));
    try {
      return Cells.JSON.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String table(Coherence.Report r) {
    StringBuilder b = new StringBuilder();
    b.append(
        "Indicators: Pearson (Spearman) correlation with their dimension, layer and index\n\n");
    int w =
        Math.max(9, r.indicators().stream().mapToInt(i -> i.indicator().length()).max().orElse(9));
    w = Math.min(w, 46);
    b.append(
        String.format(
            Locale.ROOT,
            "%-" + w + "s %-15s %15s %15s %15s  %s%n",
            "indicator",
            "dimension",
            "r with dimension",
            "r with layer",
            "r with index",
            "flags"));
    for (var i : r.indicators()) {
      String id =
          i.indicator().length() > w ? i.indicator().substring(0, w - 1) + "…" : i.indicator();
      b.append(
          String.format(
              Locale.ROOT,
              "%-" + w + "s %-15s %15s %15s %15s  %s%n",
              id,
              i.dimension(),
              pair(i.pearsonDimension(), i.spearmanDimension()),
              pair(i.pearsonLayer(), i.spearmanLayer()),
              pair(i.pearsonIndex(), i.spearmanIndex()),
              String.join("; ", i.flags())));
    }
    b.append(
        "\nDimensions: reliability (Cronbach's alpha), first principal component, weights\n\n");
    b.append(
        String.format(
            Locale.ROOT,
            "%-15s %4s %8s %9s %9s %9s  %s%n",
            "dimension",
            "k",
            "alpha",
            "PC1 share",
            "nominal",
            "effective",
            "PC1 loadings"));
    for (var d : r.dimensions()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-15s %4d %8s %9s %9.3f %9.3f  %s%n",
              d.dimension(),
              d.indicators(),
              fixed(d.cronbachAlpha()),
              fixed(d.firstComponentShare()),
              d.nominalWeight(),
              d.effectiveWeight(),
              String.join(" ", d.loadings().stream().map(CoherenceWriter::fixed).toList())));
    }
    b.append("\nEffective weight: ").append(r.effectiveWeightMethod()).append(".\n");
    if (r.collinear().isEmpty()) {
      b.append("No pair of indicators has |r| > ").append(Coherence.COLLINEAR).append(".\n");
    } else {
      b.append("\nCollinear pairs (|r| > ").append(Coherence.COLLINEAR).append("):\n");
      for (var p : r.collinear()) {
        b.append(
            String.format(
                Locale.ROOT,
                "  %s ~ %s: r = %.3f%s%n",
                p.first(),
                p.second(),
                p.pearson(),
                p.sameDimension() ? " (same dimension)" : ""));
      }
    }
    return b.toString();
  }

  private static String pair(double p, double s) {
    return fixed(p) + " (" + fixed(s) + ")";
  }

  private static String fixed(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
  }
}
