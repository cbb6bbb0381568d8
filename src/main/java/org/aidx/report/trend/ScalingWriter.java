package org.aidx.report.trend;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.aidx.analysis.trend.Estimate;
import org.aidx.analysis.trend.PowerLawFit;
import org.aidx.output.Cells;

/** Renders a power-law scaling fit ({@code aidx trend scaling}) as CSV and JSON. */
public final class ScalingWriter {
  private ScalingWriter() {}

  public static String csv(PowerLawFit f) {
    List<String> row = new ArrayList<>(List.of(f.x(), f.y(), Integer.toString(f.n())));
    for (Estimate e : List.of(f.a(), f.b(), f.c())) {
      row.add(TrendCells.g(e.value()));
      row.add(TrendCells.g(e.lo()));
      row.add(TrendCells.g(e.hi()));
    }
    row.add(TrendCells.g(f.r2()));
    return "x,y,n,a,a_lo,a_hi,b,b_lo,b_hi,c,c_lo,c_hi,r2_log\n" + String.join(",", row) + "\n";
  }

  public static ObjectNode json(PowerLawFit f) {
    ObjectNode o = Cells.JSON.createObjectNode();
    o.put("x", f.x());
    o.put("y", f.y());
    o.put("n", f.n());
    o.put("irreducible", f.irreducible());
    for (Estimate e : List.of(f.a(), f.b(), f.c())) {
      ObjectNode p = o.putObject(e.name());
      TrendCells.put(p, "value", e.value());
      TrendCells.put(p, "lo", e.lo());
      TrendCells.put(p, "hi", e.hi());
    }
    TrendCells.put(o, "r2_log", f.r2());
    TrendCells.put(o, "residual_sd_log", f.residualSd());
    o.put("bootstrap_replicates", f.bootstrapReps());
    o.put("bootstrap_used", f.bootstrapUsed());
    o.put("seed", f.seed());
    var notes = o.putArray("notes");
    f.notes().forEach(notes::add);
    return o;
  }
}
