package org.aidx.analysis.explain;

import java.util.ArrayList;
import java.util.List;
import org.aidx.framework.Levels;
import org.aidx.framework.Node;
import org.aidx.pipeline.IndexResult;

/**
 * How far each economy is from the best performer on each layer and dimension: the absolute gap
 * (best − own score) and the ratio (own / best). Example: scores (0.2, 0.5, 1.0) → gaps (0.8, 0.5,
 * 0), ratios (0.2, 0.5, 1). The ratio is left out (NaN) when the best score is not positive, as
 * under z-scores, where a ratio means nothing.
 */
public final class FrontierDistance {
  private FrontierDistance() {}

  /**
   * One economy on one node.
   *
   * @param frontier the best performers' codes (several when tied), joined by '+'
   */
  public record Distance(
      String node,
      String iso3,
      double score,
      String frontier,
      double frontierScore,
      double gap,
      double ratio) {}

  /** The layers, then the dimensions, of the framework. */
  public static List<String> nodes(IndexResult r) {
    List<String> out = new ArrayList<>();
    Levels.layers(r.framework()).forEach(n -> out.add(n.id()));
    for (Node.Aggregate d : Levels.dimensions(r.framework())) {
      if (!out.contains(d.id())) {
        out.add(d.id());
      }
    }
    return out;
  }

  /**
   * Every node of {@link #nodes} and every economy (in rank order); NaN where a score is missing.
   */
  public static List<Distance> of(IndexResult r) {
    List<Distance> out = new ArrayList<>();
    int n = r.economies().size();
    for (String node : nodes(r)) {
      double best = Double.NEGATIVE_INFINITY;
      for (int e = 0; e < n; e++) {
        double s = r.score(node, e);
        if (!Double.isNaN(s) && s > best) {
          best = s;
        }
      }
      List<String> leaders = new ArrayList<>();
      for (int e = 0; e < n; e++) {
        if (r.score(node, e) == best) {
          leaders.add(r.economies().get(e));
        }
      }
      String frontier = String.join("+", leaders);
      for (int e : r.order()) {
        double s = r.score(node, e);
        out.add(
            new Distance(
                node,
                r.economies().get(e),
                s,
                frontier,
                best,
                best - s,
                best > 0 ? s / best : Double.NaN));
      }
    }
    return out;
  }
}
