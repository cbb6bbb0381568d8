package org.aidx.report.sensitivity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.aidx.analysis.sensitivity.Sensitivity;
import org.aidx.analysis.sensitivity.SobolIndices;
import org.aidx.output.Cells;

/** Renders Sobol sensitivity indices as CSV, JSON or a text table. */
public final class SensitivityWriter {
  private SensitivityWriter() {}

  /**
   * {@code
   * assumption,first_order,first_order_lo,first_order_hi,total_order,total_order_lo,total_order_hi}.
   */
  public static String csv(Sensitivity.Result r) {
    SobolIndices s = r.indices();
    StringBuilder b =
        new StringBuilder(
            "assumption,first_order,first_order_lo,first_order_hi,total_order,total_order_lo,total_order_hi\n");
    for (int i = 0; i < s.factors().size(); i++) {
      b.append(Cells.cell(s.factors().get(i)));
      for (double v :
          new double[] {
            s.first()[i],
            s.firstLo()[i],
            s.firstHi()[i],
            s.total()[i],
            s.totalLo()[i],
            s.totalHi()[i]
          }) {
        b.append(',').append(Cells.compact(v));
      }
      b.append('\n');
    }
    return b.toString();
  }

  public static String json(Sensitivity.Result r) {
    SobolIndices s = r.indices();
    ObjectNode root = Cells.JSON.createObjectNode();
    root.put("target", r.target().label());
    root.put("base_samples", s.n());
    root.put("evaluations", r.evaluations());
    root.put("seed", r.seed());
    root.put("bootstrap", s.bootstrap());
    root.put("confidence", s.confidence());
    root.put("variance", s.variance());
    root.put("first_order_estimator", "Saltelli et al. 2010");
    root.put("total_order_estimator", "Jansen 1999");
    ArrayNode a = root.putArray("assumptions");
    for (int i = 0; i < s.factors().size(); i++) {
      ObjectNode o = a.addObject();
      o.put("assumption", s.factors().get(i));
      o.put("first_order", s.first()[i]);
      o.put("first_order_lo", s.firstLo()[i]);
      o.put("first_order_hi", s.firstHi()[i]);
      o.put("total_order", s.total()[i]);
      o.put("total_order_lo", s.totalLo()[i]);
      o.put("total_order_hi", s.totalHi()[i]);
    }
    try {
      return Cells.JSON.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String table(Sensitivity.Result r) {
    SobolIndices s = r.indices();
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%-24s %8s %17s %8s %17s%n",
            "assumption",
            "first",
            "95% interval",
            "total",
            "95% interval"));
    for (int i = 0; i < s.factors().size(); i++) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-24s %8.3f %17s %8.3f %17s%n",
              s.factors().get(i),
              s.first()[i],
              String.format(Locale.ROOT, "[%.3f, %.3f]", s.firstLo()[i], s.firstHi()[i]),
              s.total()[i],
              String.format(Locale.ROOT, "[%.3f, %.3f]", s.totalLo()[i], s.totalHi()[i])));
    }
    return b.toString();
  }
}
