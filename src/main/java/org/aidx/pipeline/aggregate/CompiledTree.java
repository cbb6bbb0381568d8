package org.aidx.pipeline.aggregate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;

/**
 * The framework tree as int-indexed arrays, and the aggregation kernel shared by {@link
 * org.aidx.pipeline.Pipeline#run} and the Monte Carlo engine. Aggregate nodes are numbered in
 * pre-order (0 = the index) and evaluated in reverse, so children come before their parents;
 * indicators are numbered in tree order.
 *
 * <p>The rules, applied per economy: a child whose value is missing (NaN) is skipped and the
 * weights of the others renormalised (NaN when none is present); before a geometric or harmonic
 * mean a value below the floor is raised to it, and without a floor a value that is not positive is
 * a {@link Failure}; when scores are relative to a reference economy, each node's scores are
 * divided by the reference's, which must be positive. Example: children (2, 8) with equal weights
 * give 5 (arithmetic), 4 (geometric), 3.2 (harmonic); (2, missing) gives 2 under every mean.
 *
 * <p>Geometric means of indicators use logarithms computed once per dataset ({@link Leaves}), so a
 * replication only multiplies and adds; the arithmetic path over complete rows is a branch-free
 * loop the JIT vectorises.
 */
public final class CompiledTree {
  /** Method codes of {@link Workspace#method}: the ordinals of {@link Aggregation}. */
  public static final int ARITHMETIC = Aggregation.ARITHMETIC.ordinal();

  public static final int GEOMETRIC = Aggregation.GEOMETRIC.ordinal();
  public static final int HARMONIC = Aggregation.HARMONIC.ordinal();

  private static final Aggregation[] METHODS = Aggregation.values();

  private final List<Node.Indicator> indicators;
  private final List<Node.Aggregate> aggregates;
  private final int ni;
  private final int na;
  private final int[][] child;
  private final boolean[][] childIsIndicator;
  private final int[] parentOfIndicator;
  private final double[] indicatorWeight;
  private final double[] aggregateWeight;
  private final int[] nominalMethod;
  private final boolean hasFloor;
  private final double floor;
  // the rule of each method under this tree's floor, by Aggregation ordinal
  private final MeanRule[] rules;

  private CompiledTree(Framework fw, Function<Node.Aggregate, Aggregation> how, Double floor) {
    indicators = fw.indicators();
    aggregates = fw.aggregates();
    ni = indicators.size();
    na = aggregates.size();
    Map<String, Integer> indAt = new HashMap<>();
    Map<String, Integer> aggAt = new HashMap<>();
    for (int i = 0; i < ni; i++) {
      indAt.put(indicators.get(i).id(), i);
    }
    for (int a = 0; a < na; a++) {
      aggAt.put(aggregates.get(a).id(), a);
    }
    child = new int[na][];
    childIsIndicator = new boolean[na][];
    parentOfIndicator = new int[ni];
    indicatorWeight = new double[ni];
    aggregateWeight = new double[na];
    nominalMethod = new int[na];
    for (int a = 0; a < na; a++) {
      Node.Aggregate g = aggregates.get(a);
      aggregateWeight[a] = g.weight();
      nominalMethod[a] = how.apply(g).ordinal();
      int nc = g.children().size();
      child[a] = new int[nc];
      childIsIndicator[a] = new boolean[nc];
      for (int c = 0; c < nc; c++) {
        Node ch = g.children().get(c);
        boolean isInd = ch instanceof Node.Indicator;
        childIsIndicator[a][c] = isInd;
        child[a][c] = isInd ? indAt.get(ch.id()) : aggAt.get(ch.id());
        if (isInd) {
          parentOfIndicator[child[a][c]] = a;
        }
      }
    }
    for (int i = 0; i < ni; i++) {
      indicatorWeight[i] = indicators.get(i).weight();
    }
    this.hasFloor = floor != null;
    this.floor = hasFloor ? floor : Double.NaN;
    this.rules = new MeanRule[Aggregation.values().length];
    for (Aggregation a : Aggregation.values()) {
      rules[a.ordinal()] = MeanRule.of(a, floor);
    }
  }

  /**
   * Compiles a framework.
   *
   * @param how the aggregation of each node under the nominal methodology
   * @param floor values below it are raised to it before a geometric or harmonic mean; null makes a
   *     value that is not positive there a failure
   */
  public static CompiledTree of(
      Framework fw, Function<Node.Aggregate, Aggregation> how, Double floor) {
    return new CompiledTree(fw, how, floor);
  }

  public int indicators() {
    return ni;
  }

  public int aggregates() {
    return na;
  }

  public String indicatorId(int i) {
    return indicators.get(i).id();
  }

  public String aggregateId(int a) {
    return aggregates.get(a).id();
  }

  /** The aggregate whose child indicator i is. */
  public int parentOf(int i) {
    return parentOfIndicator[i];
  }

  public boolean hasFloor() {
    return hasFloor;
  }

  public double floor() {
    return floor;
  }

  /** The nominal aggregation of node a. */
  /** The rule of {@code how} under this tree's floor. */
  public MeanRule rule(Aggregation how) {
    return rules[how.ordinal()];
  }

  public Aggregation nominalMethod(int a) {
    return METHODS[nominalMethod[a]];
  }

  /** Number of children of node a. */
  public int childCount(int a) {
    return child[a].length;
  }

  /** Child c of node a: an indicator position if {@link #childIsIndicator}, else an aggregate. */
  public int child(int a, int c) {
    return child[a][c];
  }

  public boolean childIsIndicator(int a, int c) {
    return childIsIndicator[a][c];
  }

  /** The normalised indicators of one dataset, [indicator][economy], with their floored logs. */
  public Leaves leaves(double[][] normalised) {
    return new Leaves(normalised);
  }

  /** A new workspace for {@code economies} economies, with the nominal weights and methods. */
  public Workspace workspace(int economies) {
    return new Workspace(economies);
  }

  /**
   * Normalised indicator rows and what the kernel precomputes from them once: the logarithm of each
   * value (raised to the floor first), whether a row has a missing value, and whether every present
   * value is positive.
   */
  public final class Leaves {
    private final double[][] values;
    private final double[][] logs;
    private final boolean[] missing;
    private final boolean[] positive;
    // the least and greatest logarithm present in each row (+∞, −∞ when none)
    private final double[] logLo;
    private final double[] logHi;
    private double maxAbs;

    private Leaves(double[][] v) {
      if (v.length != ni) {
        throw new IllegalArgumentException("expected " + ni + " indicator rows, got " + v.length);
      }
      values = v;
      logs = new double[ni][];
      missing = new boolean[ni];
      positive = new boolean[ni];
      logLo = new double[ni];
      logHi = new double[ni];
      for (int i = 0; i < ni; i++) {
        double least = Double.POSITIVE_INFINITY;
        double most = Double.NEGATIVE_INFINITY;
        double[] row = v[i];
        for (double x : row) {
          if (x == x) {
            maxAbs = Math.max(maxAbs, Math.abs(hasFloor ? Math.max(x, floor) : x));
          }
        }
        double[] lg = new double[row.length];
        boolean nan = false;
        boolean pos = true;
        for (int e = 0; e < row.length; e++) {
          double x = row[e];
          if (Double.isNaN(x)) {
            nan = true;
            lg[e] = Double.NaN;
            continue;
          }
          if (hasFloor ? x < floor : !(x > 0)) {
            if (hasFloor) {
              x = floor;
            } else {
              pos = false;
            }
          }
          lg[e] = Math.log(x);
          least = Math.min(least, lg[e]);
          most = Math.max(most, lg[e]);
        }
        logLo[i] = least;
        logHi[i] = most;
        logs[i] = lg;
        missing[i] = nan;
        positive[i] = pos;
      }
    }

    /**
     * The greatest absolute value present (raised to the floor), +∞ when some is infinite. Every
     * weighted mean (arithmetic, geometric, harmonic, with positive weights summing to 1) lies
     * within its children's range, so without division by a reference no score exceeds it.
     */
    public double maxAbs() {
      return maxAbs;
    }

    /** The normalised value of indicator i for economy e. */
    public double value(int i, int e) {
      return values[i][e];
    }
  }

  /**
   * Why an evaluation stopped, as the kernel found it: the rule broken, the node, the child (-1
   * when none), the economy and the value that broke it.
   *
   * <ul>
   *   <li>{@link Kind#NOT_POSITIVE}: a geometric or harmonic mean of {@code node}, without a floor,
   *       met {@code value} ≤ 0 of {@code child} for {@code economy} (the first economy, in their
   *       order, with such a child, and its first such child);
   *   <li>{@link Kind#REFERENCE_NOT_POSITIVE}: scores are relative to the reference, whose score on
   *       {@code node} is {@code value} (negative, or zero on the index);
   *   <li>{@link Kind#MEAN_NOT_FINITE}: the mean of {@code node} for {@code economy}, some child
   *       being present, is {@code value} = ±∞ or NaN (an overflow: see {@link
   *       Workspace#overflow});
   *   <li>{@link Kind#DIVISION_NOT_FINITE}: its division by the reference's score is.
   * </ul>
   */
  public record Failure(
      Kind kind, int node, int child, boolean childIsIndicator, int economy, double value) {
    /** The rule a {@link Failure} broke. */
    public enum Kind {
      NOT_POSITIVE,
      REFERENCE_NOT_POSITIVE,
      MEAN_NOT_FINITE,
      DIVISION_NOT_FINITE
    }

    public boolean atReference() {
      return kind == Kind.REFERENCE_NOT_POSITIVE;
    }
  }

  /**
   * A value the last evaluation raised to the floor before a geometric or harmonic mean: {@code
   * child}'s {@code value} for {@code economy}, in the mean of {@code node}.
   */
  public record Floored(int node, int child, boolean childIsIndicator, int economy, double value) {}

  /**
   * Buffers and per-evaluation inputs: weights, methods and a left-out indicator, set by the caller
   * (reset to the nominal ones by {@link #reset}). Not thread-safe; {@link #aggregate} allocates
   * nothing.
   */
  public final class Workspace {
    /** Weight of each indicator and of each aggregate among its siblings. */
    public final double[] indicatorWeights = new double[ni];

    public final double[] aggregateWeights = new double[na];

    /** Method code of each aggregate node ({@link #ARITHMETIC}, ...). */
    public final int[] method = new int[na];

    /** An indicator left out of its parent's mean, or -1. */
    public int dropped = -1;

    /**
     * Whether means over complete rows may use the Monte Carlo's fast paths: several rows summed
     * per pass (another order of summation), {@link BoundedExp} instead of {@link Math#exp} over
     * indicators (relative error below {@link BoundedExp#ERROR_BOUND}), and over 2 or 4 equally
     * weighted aggregates the square root of their product instead of logarithms (a few ulp). False
     * by default: the pipeline's and the nominal evaluation keep the exact functions.
     */
    public boolean fast;

    private final int ne;
    private final double[][] unscaled;
    // the scores of each node: its unscaled row, or its row of scaledRows when divided by the
    // reference's
    private final double[][] scores;
    private final double[][] scaledRows;
    private final boolean[] aggNaN = new boolean[na];
    // per node, the range of logarithms its last fast geometric mean served, and exp of its centre
    private final double[] expLo = new double[na];
    private final double[] expHi = new double[na];
    private final double[] expBase = new double[na];
    private final double[] acc;
    private final double[] ws;
    // the rows and weights of one node's children, for multi-row passes
    private final double[][] rowBuf;
    private final double[] wBuf;
    private Failure failure;
    // the reference and leaves of the last aggregate (reference -1 when scores are not relative)
    private int reference = -1;
    private Leaves leaves;

    private Workspace(int ne) {
      this.ne = ne;
      unscaled = new double[na][ne];
      scaledRows = new double[na][ne];
      scores = new double[na][];
      System.arraycopy(unscaled, 0, scores, 0, na);
      acc = new double[ne];
      ws = new double[ne];
      int most = 1;
      for (int[] c : child) {
        most = Math.max(most, c.length);
      }
      rowBuf = new double[most][];
      wBuf = new double[most];
      // NaN: no range served yet
      java.util.Arrays.fill(expLo, Double.NaN);
      reset();
    }

    /** The nominal weights and methods, no indicator left out. */
    public void reset() {
      System.arraycopy(indicatorWeight, 0, indicatorWeights, 0, ni);
      System.arraycopy(aggregateWeight, 0, aggregateWeights, 0, na);
      System.arraycopy(nominalMethod, 0, method, 0, na);
      dropped = -1;
    }

    /** The score of node a for economy e after the last {@link #aggregate}. */
    public double score(int a, int e) {
      return scores[a][e];
    }

    /** The score of node a before division by the reference's. */
    public double unscaled(int a, int e) {
      return unscaled[a][e];
    }

    /** The index scores (node 0), a view valid until the next {@link #aggregate}. */
    public double[] index() {
      return scores[0];
    }

    /** Copies node a's scores into {@code out}. */
    public void copyScores(int a, double[] out, boolean beforeReference) {
      System.arraycopy(beforeReference ? unscaled[a] : scores[a], 0, out, 0, ne);
    }

    /** Why the last {@link #aggregate} returned false, or null. */
    public Failure failure() {
      return failure;
    }

    /**
     * Aggregates the leaves bottom-up with this workspace's weights and methods.
     *
     * @param reference the position of the reference economy when scores are relative to it, or -1
     * @return false at the first node (in post-order) that breaks a rule; see {@link #failure()}
     */
    public boolean aggregate(Leaves l, int reference) {
      failure = null;
      this.reference = reference;
      this.leaves = l;
      double[][] nv = l.values;
      double[][] lv = l.logs;
      boolean[] nanRow = l.missing;
      boolean[] posRow = l.positive;
      for (int a = na - 1; a >= 0; a--) {
        int[] ch = child[a];
        boolean[] isInd = childIsIndicator[a];
        int nc = ch.length;
        int how = method[a];
        double[] out = unscaled[a];
        boolean fast = true;
        for (int c = 0; c < nc; c++) {
          if (isInd[c] ? (nanRow[ch[c]] && ch[c] != dropped) : aggNaN[ch[c]]) {
            fast = false;
          }
        }
        boolean anyNaN = false;
        if (fast) {
          anyNaN = !fused(a, how, out, l);
          if (failure != null) {
            return false;
          }
        } else {
          // some child has a missing value: weights renormalised economy by economy
          java.util.Arrays.fill(acc, 0);
          java.util.Arrays.fill(ws, 0);
          for (int c = 0; c < nc; c++) {
            int id = ch[c];
            if (isInd[c] && id == dropped) {
              continue;
            }
            double w = isInd[c] ? indicatorWeights[id] : aggregateWeights[id];
            if (how == ARITHMETIC || (how == GEOMETRIC && isInd[c])) {
              double[] row = isInd[c] ? nv[id] : unscaled[id];
              if (how == GEOMETRIC) {
                if (!hasFloor && !posRow[id]) {
                  failure = notPositive(a, l);
                  return false;
                }
                row = lv[id];
              }
              for (int e = 0; e < ne; e++) {
                double x = row[e];
                if (x == x) {
                  ws[e] += w;
                  acc[e] += w * x;
                }
              }
            } else {
              // geometric over aggregate children, or harmonic: each value through the rule
              MeanRule rule = rules[how];
              double[] row = isInd[c] ? nv[id] : unscaled[id];
              for (int e = 0; e < ne; e++) {
                double x = row[e];
                if (x != x) {
                  continue;
                }
                if (!rule.accepts(x)) {
                  failure = notPositive(a, l);
                  return false;
                }
                ws[e] += w;
                acc[e] += rule.term(w, x);
              }
            }
          }
          MeanRule rule = rules[how];
          for (int e = 0; e < ne; e++) {
            double r = rule.close(acc[e], ws[e]);
            out[e] = r;
            anyNaN |= r != r;
          }
        }
        aggNaN[a] = anyNaN;
        // without a reference a node's scores are its unscaled ones: the same array, no copy
        double[] scaled = scaledRows[a];
        scores[a] = scaled;
        // a node no economy has a score on (e.g. a panel year before its data start) stays
        // missing for all instead of being divided by the reference's missing score
        if (reference >= 0 && !(anyNaN && allNaN(out))) {
          double base = out[reference];
          if ((base != base || base == 0) && a != 0) {
            // the reference has no value below this node, or scores zero on it: the node cannot
            // be shown relative to it, but its parents average levels before the division, so
            // they are unaffected
            java.util.Arrays.fill(scaled, Double.NaN);
          } else if (!(base > 0)) {
            failure =
                new Failure(Failure.Kind.REFERENCE_NOT_POSITIVE, a, -1, false, reference, base);
            return false;
          } else {
            for (int e = 0; e < ne; e++) {
              scaled[e] = out[e] / base;
            }
          }
        } else {
          scores[a] = out;
        }
      }
      return true;
    }

    /** The value of child c of node a for economy e in the last evaluation. */
    private double childValue(Leaves l, int a, int c, int e) {
      int id = child[a][c];
      return childIsIndicator[a][c] ? l.values[id][e] : unscaled[id][e];
    }

    private boolean leftOut(int a, int c) {
      return childIsIndicator[a][c] && child[a][c] == dropped;
    }

    /**
     * The failure of a mean of node a that met a value that is not positive, without a floor: the
     * first economy with such a child, and its first such child.
     */
    private Failure notPositive(int a, Leaves l) {
      Leaves in = l != null ? l : leaves;
      for (int e = 0; e < ne; e++) {
        for (int c = 0; c < child[a].length; c++) {
          double v = childValue(in, a, c, e);
          if (!leftOut(a, c) && !(v > 0) && v == v) {
            return new Failure(
                Failure.Kind.NOT_POSITIVE, a, child[a][c], childIsIndicator[a][c], e, v);
          }
        }
      }
      throw new IllegalStateException("the mean of '" + aggregateId(a) + "' failed on no value");
    }

    /**
     * The first score of the last (successful) evaluation that is not finite although some child of
     * its node is present: a mean, or its division by the reference's score, that overflowed (see
     * {@link org.aidx.model.Finite}); null when there is none. Nodes in post-order, then economies,
     * the mean before the division. A node the reference has no value or a zero on is not divided,
     * so only its mean is checked. Not part of {@link #aggregate}, which scans nothing it does not
     * need: the pipeline always asks, the Monte Carlo when an overflow is possible.
     */
    public Failure overflow() {
      for (int a = na - 1; a >= 0; a--) {
        double[] mean = unscaled[a];
        double[] scaled = scores[a];
        boolean divided = reference < 0 || !(Double.isNaN(mean[reference]) || mean[reference] == 0);
        for (int e = 0; e < ne; e++) {
          double m = mean[e];
          double s = scaled[e];
          if (m - m == 0 && (s - s == 0 || !divided)) {
            continue;
          }
          if (!present(a, e)) {
            continue;
          }
          if (!Double.isFinite(m)) {
            return new Failure(Failure.Kind.MEAN_NOT_FINITE, a, -1, false, e, m);
          }
          if (divided && !Double.isFinite(s)) {
            return new Failure(Failure.Kind.DIVISION_NOT_FINITE, a, -1, false, e, s);
          }
        }
      }
      return null;
    }

    private boolean present(int a, int e) {
      for (int c = 0; c < child[a].length; c++) {
        if (!leftOut(a, c) && !Double.isNaN(childValue(leaves, a, c, e))) {
          return true;
        }
      }
      return false;
    }

    /**
     * The values the last evaluation raised to the floor before a geometric or harmonic mean: nodes
     * in post-order, then economies, then children (the order they were raised in). Empty without a
     * floor.
     */
    public List<Floored> floored() {
      List<Floored> out = new java.util.ArrayList<>();
      if (!hasFloor) {
        return out;
      }
      for (int a = na - 1; a >= 0; a--) {
        MeanRule rule = rules[method[a]];
        if (!rule.how().needsPositive()) {
          continue;
        }
        for (int e = 0; e < ne; e++) {
          for (int c = 0; c < child[a].length; c++) {
            double v = childValue(leaves, a, c, e);
            if (!leftOut(a, c) && v == v && rule.floors(v)) {
              out.add(new Floored(a, child[a][c], childIsIndicator[a][c], e, v));
            }
          }
        }
      }
      return out;
    }

    private static boolean allNaN(double[] x) {
      for (double v : x) {
        if (v == v) {
          return false;
        }
      }
      return true;
    }

    /**
     * out = (out +) Σ wBuf[k] · rowBuf[k] over k < nr, four rows per pass (then two, then one), so
     * that out is loaded and stored once per four rows; the first pass writes instead of adding
     * when {@code write}. Sums in another order than one row at a time: a few ulp apart.
     */
    private void rows(double[] out, int nr, boolean write) {
      int k = 0;
      while (k < nr) {
        int left = nr - k;
        double[] r0 = rowBuf[k];
        double w0 = wBuf[k];
        if (left >= 4) {
          double[] r1 = rowBuf[k + 1];
          double[] r2 = rowBuf[k + 2];
          double[] r3 = rowBuf[k + 3];
          double w1 = wBuf[k + 1];
          double w2 = wBuf[k + 2];
          double w3 = wBuf[k + 3];
          if (write) {
            for (int e = 0; e < ne; e++) {
              out[e] = (w0 * r0[e] + w1 * r1[e]) + (w2 * r2[e] + w3 * r3[e]);
            }
          } else {
            for (int e = 0; e < ne; e++) {
              out[e] += (w0 * r0[e] + w1 * r1[e]) + (w2 * r2[e] + w3 * r3[e]);
            }
          }
          k += 4;
        } else if (left >= 2) {
          double[] r1 = rowBuf[k + 1];
          double w1 = wBuf[k + 1];
          if (write) {
            for (int e = 0; e < ne; e++) {
              out[e] = w0 * r0[e] + w1 * r1[e];
            }
          } else {
            for (int e = 0; e < ne; e++) {
              out[e] += w0 * r0[e] + w1 * r1[e];
            }
          }
          k += 2;
        } else {
          if (write) {
            for (int e = 0; e < ne; e++) {
              out[e] = w0 * r0[e];
            }
          } else {
            for (int e = 0; e < ne; e++) {
              out[e] += w0 * r0[e];
            }
          }
          k += 1;
        }
        write = false;
      }
    }

    /**
     * The fast geometric mean of 2 or 4 equally weighted complete aggregate children: the square
     * root (twice for 4) of their product, floored as the mean would; a few ulp from the exact
     * mean.
     *
     * @return false, leaving {@code out} to the exact path, when the node does not qualify or the
     *     product underflowed or overflowed somewhere
     */
    private boolean product(int a, double[] out) {
      int[] ch = child[a];
      boolean[] isInd = childIsIndicator[a];
      int nc = ch.length;
      if (nc != 2 && nc != 4) {
        return false;
      }
      for (int c = 0; c < nc; c++) {
        if (isInd[c] || aggregateWeights[ch[c]] != aggregateWeights[ch[0]]) {
          return false;
        }
      }
      for (int c = 0; c < nc && !hasFloor; c++) {
        double[] row = unscaled[ch[c]];
        for (int e = 0; e < ne; e++) {
          if (!(row[e] > 0)) {
            failure = notPositive(a, null);
            return true;
          }
        }
      }
      // the product (children raised to the floor), then its square roots, in one pass the JIT
      // vectorises; max(x, floor) is x < floor ? floor : x here, no child being missing
      double[] r0 = unscaled[ch[0]];
      double[] r1 = unscaled[ch[1]];
      double f = floor;
      if (nc == 2 && hasFloor) {
        for (int e = 0; e < ne; e++) {
          out[e] = Math.sqrt(Math.max(r0[e], f) * Math.max(r1[e], f));
        }
      } else if (nc == 2) {
        for (int e = 0; e < ne; e++) {
          out[e] = Math.sqrt(r0[e] * r1[e]);
        }
      } else {
        double[] r2 = unscaled[ch[2]];
        double[] r3 = unscaled[ch[3]];
        for (int e = 0; e < ne; e++) {
          double p =
              hasFloor
                  ? ((Math.max(r0[e], f) * Math.max(r1[e], f)) * Math.max(r2[e], f))
                      * Math.max(r3[e], f)
                  : ((r0[e] * r1[e]) * r2[e]) * r3[e];
          out[e] = Math.sqrt(Math.sqrt(p));
        }
      }
      // a product that underflowed to 0 or overflowed to ∞ has a root of 0 or ∞
      for (int e = 0; e < ne; e++) {
        double x = out[e];
        if (x == 0 || x == Double.POSITIVE_INFINITY) {
          return false;
        }
      }
      return true;
    }

    /**
     * Node a over complete children (no value missing): weights pre-normalised over the children,
     * one pass per child that writes the first time and adds after (no fill), then the mean's
     * closing transform in its own loop. Sets {@link #failure} on a value that is not positive.
     *
     * @return false when the node has no score (every child left out or weighing zero)
     */
    private boolean fused(int a, int how, double[] out, Leaves l) {
      int[] ch = child[a];
      boolean[] isInd = childIsIndicator[a];
      int nc = ch.length;
      double wsum = 0;
      for (int c = 0; c < nc; c++) {
        if (!(isInd[c] && ch[c] == dropped)) {
          wsum += isInd[c] ? indicatorWeights[ch[c]] : aggregateWeights[ch[c]];
        }
      }
      if (!(wsum > 0)) {
        // every child weighs zero: no score, as when every child is missing
        java.util.Arrays.fill(out, Double.NaN);
        return false;
      }
      if (fast && how == GEOMETRIC && product(a, out)) {
        return failure == null;
      }
      boolean first = true;
      int nr = 0;
      double logLo = Double.POSITIVE_INFINITY;
      double logHi = Double.NEGATIVE_INFINITY;
      boolean allIndicators = true;
      for (int c = 0; c < nc; c++) {
        int id = ch[c];
        if (isInd[c] && id == dropped) {
          continue;
        }
        allIndicators &= isInd[c];
        if (isInd[c]) {
          // plain comparisons: the bounds are never NaN, and Math.min costs more
          double lo = l.logLo[id];
          double hi = l.logHi[id];
          logLo = lo < logLo ? lo : logLo;
          logHi = hi > logHi ? hi : logHi;
        }
        double w = (isInd[c] ? indicatorWeights[id] : aggregateWeights[id]) / wsum;
        double[] row = isInd[c] ? l.values[id] : unscaled[id];
        if (how == ARITHMETIC || (how == GEOMETRIC && isInd[c])) {
          if (how == GEOMETRIC) {
            if (!hasFloor && !l.positive[id]) {
              failure = notPositive(a, l);
              return false;
            }
            row = l.logs[id];
          }
          if (fast) {
            // summed below, several rows per pass
            rowBuf[nr] = row;
            wBuf[nr++] = w;
            continue;
          }
          if (first) {
            for (int e = 0; e < ne; e++) {
              out[e] = w * row[e];
            }
          } else {
            for (int e = 0; e < ne; e++) {
              out[e] += w * row[e];
            }
          }
        } else {
          // a geometric mean of aggregates, or a harmonic mean: floor or check each value
          for (int e = 0; e < ne; e++) {
            double x = row[e];
            if (hasFloor ? x < floor : !(x > 0)) {
              if (!hasFloor) {
                failure = notPositive(a, l);
                return false;
              }
              x = floor;
            }
            double t = how == GEOMETRIC ? w * Math.log(x) : w / x;
            out[e] = first ? t : out[e] + t;
          }
        }
        first = false;
      }
      if (nr > 0) {
        rows(out, nr, first);
        first = false;
      }
      if (first) {
        java.util.Arrays.fill(out, Double.NaN);
        return false;
      } else if (how == GEOMETRIC) {
        // a weighted mean of logarithms lies between the least and greatest of them
        if (fast && allIndicators && BoundedExp.serves(logLo, logHi)) {
          // the range of a node's logarithms changes only with the data variant or a left-out
          // child: its exp(centre) is kept per node
          if (logLo != expLo[a] || logHi != expHi[a]) {
            expLo[a] = logLo;
            expHi[a] = logHi;
            expBase[a] = BoundedExp.base(logLo, logHi);
          }
          BoundedExp.exp(out, ne, logLo, logHi, expBase[a]);
        } else {
          for (int e = 0; e < ne; e++) {
            out[e] = Math.exp(out[e]);
          }
        }
      } else if (how == HARMONIC) {
        for (int e = 0; e < ne; e++) {
          out[e] = 1 / out[e];
        }
      }
      return true;
    }
  }
}
