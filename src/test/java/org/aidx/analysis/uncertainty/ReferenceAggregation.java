package org.aidx.analysis.uncertainty;

import java.util.List;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.pipeline.IndexResult;
import org.aidx.testing.PlainMeans;

/**
 * A deliberately plain oracle for the differential tests, independent of the compiled core: one
 * economy and one node at a time, the textbook formulas of {@link PlainMeans#combine} (weights
 * renormalised over the children present, values below the floor raised to it), each parent
 * combining its children's levels before any division, then every node's scores divided by the
 * reference's when the framework asks (missing for a node where the reference has none or scores
 * zero), and fractional ranks by counting.
 */
final class ReferenceAggregation {
  private ReferenceAggregation() {}

  /** Aggregate scores [aggregate pre-order][economy] from a result's normalised indicators. */
  static double[][] scores(IndexResult r) {
    Framework fw = r.framework();
    List<Node.Aggregate> aggs = fw.aggregates();
    List<String> inds = r.indicators();
    List<String> aggIds = r.aggregates();
    int ne = r.economies().size();
    Double floor = r.methodology().scoreFloor();
    int ref =
        fw.relativeToReference() && r.reference() != null ? r.economyIndex(r.reference()) : -1;
    double[][] out = new double[aggs.size()][ne];
    double[][] level = new double[aggs.size()][ne];
    for (int a = aggs.size() - 1; a >= 0; a--) {
      Node.Aggregate g = aggs.get(a);
      Aggregation how = r.methodology().aggregationOf(g.id());
      int nc = g.children().size();
      double[] v = new double[nc];
      double[] w = new double[nc];
      for (int e = 0; e < ne; e++) {
        for (int c = 0; c < nc; c++) {
          Node ch = g.children().get(c);
          w[c] = ch.weight();
          v[c] =
              ch instanceof Node.Indicator
                  ? r.normalised(inds.indexOf(ch.id()), e)
                  : level[aggIds.indexOf(ch.id())][e];
          if (how.needsPositive() && floor != null && v[c] < floor) {
            v[c] = floor;
          }
        }
        level[a][e] = PlainMeans.combine(how, v, w, nc);
        out[a][e] = level[a][e];
      }
      if (ref >= 0) {
        double base = level[a][ref];
        for (int e = 0; e < ne; e++) {
          out[a][e] = a != 0 && (Double.isNaN(base) || base == 0) ? Double.NaN : level[a][e] / base;
        }
      }
    }
    return out;
  }

  /** Fractional descending rank of each score by counting: 1 + #greater + (#equal − 1) / 2. */
  static double[] ranks(double[] s) {
    double[] out = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      if (Double.isNaN(s[i])) {
        out[i] = Double.NaN;
        continue;
      }
      int greater = 0;
      int equal = 0;
      for (double x : s) {
        if (x > s[i]) {
          greater++;
        } else if (x == s[i]) {
          equal++;
        }
      }
      out[i] = 1 + greater + (equal - 1) / 2.0;
    }
    return out;
  }
}
