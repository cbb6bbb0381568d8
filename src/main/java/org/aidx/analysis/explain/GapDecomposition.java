package org.aidx.analysis.explain;

import java.util.ArrayList;
import java.util.List;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Node;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.aggregate.MeanRule;

/**
 * Splits the gap between two economies' index scores, measured in logs, ln(I_a) − ln(I_b), into the
 * contributions of every node of the tree. The contributions of a node's children sum exactly to
 * the node's own contribution, and the root's is the whole gap.
 *
 * <p>Each aggregate's contribution is shared among its children in proportion to their terms in the
 * aggregation, with weights w renormalised over the children each economy has:
 *
 * <ul>
 *   <li>arithmetic: w_a·x_a − w_b·x_b (these sum to N_a − N_b);
 *   <li>geometric: w_a·ln x_a − w_b·ln x_b (sum to ln N_a − ln N_b; here the shares are the log
 *       terms themselves, so the decomposition is exact in logs);
 *   <li>harmonic: w_b/x_b − w_a/x_a (sum to 1/N_b − 1/N_a).
 * </ul>
 *
 * The terms are those of the run's {@link MeanRule}: under a score floor, a value below it enters a
 * geometric or harmonic mean as the floor, as it did in the run, so a zero score still has a finite
 * share.
 *
 * <p>Example: index = √(T·M) with T_a = 0.5, M_a = 0.8 against b = (1, 1): ln gap = ln √0.4 =
 * −0.458, of which technology ½·ln 0.5 = −0.347 and market ½·ln 0.8 = −0.112.
 */
public final class GapDecomposition {
  private GapDecomposition() {}

  /**
   * One node's share of the gap.
   *
   * @param depth 0 for the index, 1 for layers, …
   * @param score the economy's score on the node (normalised score for an indicator)
   * @param other the comparison economy's score
   * @param logGap the node's contribution to ln(I_a) − ln(I_b)
   * @param shareOfParent for an arithmetic parent the node's part of the parent's level for economy
   *     a (w·x/N); for a geometric parent its weight (the exponent: a 1% higher score raises the
   *     parent by w%); for a harmonic parent (w/x)·N; NaN for the root
   */
  public record Contribution(
      String node,
      String name,
      int depth,
      boolean indicator,
      double weight,
      double score,
      double other,
      double logGap,
      double shareOfParent) {}

  /** Contributions of every node in pre-order, for economy {@code a} against {@code b}. */
  public static List<Contribution> decompose(IndexResult r, int a, int b) {
    List<Contribution> out = new ArrayList<>();
    Node.Aggregate root = r.framework().root();
    double gap = Math.log(r.index(a)) - Math.log(r.index(b));
    walk(r, root, 0, a, b, gap, Double.NaN, 1, out);
    return out;
  }

  /**
   * The largest absolute difference between an aggregate's contribution and the sum of its
   * children's, over the list {@link #decompose} returns: zero up to rounding when the
   * decomposition is exact.
   */
  public static double maxResidual(List<Contribution> cs) {
    double worst = 0;
    for (int i = 0; i < cs.size(); i++) {
      Contribution p = cs.get(i);
      if (p.indicator()) {
        continue;
      }
      double sum = 0;
      boolean any = false;
      for (int j = i + 1; j < cs.size() && cs.get(j).depth() > p.depth(); j++) {
        if (cs.get(j).depth() == p.depth() + 1) {
          sum += cs.get(j).logGap();
          any = true;
        }
      }
      if (any) {
        worst = Math.max(worst, Math.abs(sum - p.logGap()));
      }
    }
    return worst;
  }

  private static void walk(
      IndexResult r,
      Node n,
      int depth,
      int a,
      int b,
      double gap,
      double share,
      double weight,
      List<Contribution> out) {
    out.add(
        new Contribution(
            n.id(),
            n.name(),
            depth,
            n instanceof Node.Indicator,
            weight,
            value(r, n, a),
            value(r, n, b),
            gap,
            share));
    if (!(n instanceof Node.Aggregate agg)) {
      return;
    }
    MeanRule rule =
        MeanRule.of(r.methodology().aggregationOf(agg.id()), r.methodology().scoreFloor());
    Aggregation how = rule.how();
    int k = agg.children().size();
    double[] xa = new double[k];
    double[] xb = new double[k];
    double[] w = new double[k];
    for (int c = 0; c < k; c++) {
      Node child = agg.children().get(c);
      // the parent is a mean of its children's levels before division by the reference's
      // (CompiledTree), so the terms are split on that scale
      xa[c] = level(r, child, a);
      xb[c] = level(r, child, b);
      w[c] = child.weight();
    }
    double[] wa = renormalised(w, xa);
    double[] childGaps = childGaps(rule, wa, xa, renormalised(w, xb), xb, gap);
    double nodeA = r.unscaledScore(agg.id(), a);
    for (int c = 0; c < k; c++) {
      double childGap = childGaps[c];
      double own = rule.term(wa[c], xa[c]);
      // arithmetic: the child's part of the parent's level, w·x/N; geometric: the child's
      // exponent w (the parent's elasticity to it), since a share of a log level is meaningless
      // when the level is near 1; harmonic: (w/x)·N
      double childShare =
          how == Aggregation.ARITHMETIC
              ? own / nodeA
              : how == Aggregation.GEOMETRIC ? wa[c] : own * nodeA;
      walk(r, agg.children().get(c), depth + 1, a, b, childGap, childShare, wa[c], out);
    }
  }

  /**
   * A parent's gap split over its children in proportion to each child's term of the mean (w·x,
   * w·ln x, or −w/x for a harmonic mean) in A less the same in B; all zeros when the terms cancel.
   *
   * @param wa the children's weights renormalised over those A has ({@link #renormalised})
   * @param wb the same for B
   */
  public static double[] childGaps(
      MeanRule rule, double[] wa, double[] xa, double[] wb, double[] xb, double gap) {
    int k = xa.length;
    double[] term = new double[k];
    double total = 0;
    for (int c = 0; c < k; c++) {
      term[c] = rule.term(wa[c], xa[c]) - rule.term(wb[c], xb[c]);
      if (rule.how() == Aggregation.HARMONIC) {
        term[c] = -term[c];
      }
      total += term[c];
    }
    double[] out = new double[k];
    for (int c = 0; c < k; c++) {
      out[c] = total == 0 ? 0 : gap * term[c] / total;
    }
    return out;
  }

  /** Weights renormalised over the children with a value (x not NaN); 0 for the others. */
  public static double[] renormalised(double[] w, double[] x) {
    double s = 0;
    for (int c = 0; c < w.length; c++) {
      if (!Double.isNaN(x[c])) {
        s += w[c];
      }
    }
    double[] out = new double[w.length];
    for (int c = 0; c < w.length; c++) {
      out[c] = Double.isNaN(x[c]) || s == 0 ? 0 : w[c] / s;
    }
    return out;
  }

  /** The level a node feeds into its parent: normalised score, or score before the reference's. */
  static double level(IndexResult r, Node n, int e) {
    if (n instanceof Node.Indicator) {
      return r.normalised(r.indicators().indexOf(n.id()), e);
    }
    return r.unscaledScore(n.id(), e);
  }

  /** The value a node shows: normalised score, or aggregate score (relative to the reference). */
  static double value(IndexResult r, Node n, int e) {
    if (n instanceof Node.Indicator) {
      return r.normalised(r.indicators().indexOf(n.id()), e);
    }
    return r.score(n.id(), e);
  }
}
