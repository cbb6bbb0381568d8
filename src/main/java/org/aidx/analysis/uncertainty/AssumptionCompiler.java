package org.aidx.analysis.uncertainty;

import java.util.ArrayList;
import java.util.List;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.model.InputException;
import org.aidx.model.Names;
import org.aidx.model.Problem;
import org.hipparchus.distribution.continuous.GammaDistribution;

/**
 * Resolves a set of assumptions against a framework into {@link Factor}s: the coordinates of a
 * point that each assumption owns, and what it changes (the weights of which nodes, the methods of
 * which aggregates, which indicator is left out, which data option is picked). Example: {@code
 * weights:indicator=25%} over the 15 CICC indicators owns 15 coordinates, {@code
 * aggregation:dimension=arithmetic|geometric} one.
 */
final class AssumptionCompiler {
  static final int K_WEIGHTS = 0;
  static final int K_DIRICHLET = 1;
  static final int K_AGG = 2;
  static final int K_LOO = 3;
  static final int K_DATA = 4;

  /** Quantile table resolution for Dirichlet weights (linear interpolation between points). */
  static final int GAMMA_GRID = 4096;

  /** Data slots: year, imputation, treatment, normalisation, indicator choice. */
  static final int SLOTS = 5;

  private AssumptionCompiler() {}

  /** One assumption resolved against the framework: its coordinates and what it changes. */
  record Factor(
      Assumption assumption,
      int offset,
      int width,
      int kind,
      int[] nodes,
      boolean[] nodeIsInd,
      int[] methods,
      int[] dropped,
      double spread,
      double[][] gammaQuantiles) {}

  /**
   * The factors in the order of the assumptions, the number of coordinates, the name of each
   * sampled column, and for each data slot the position of its factor (-1 when not sampled).
   */
  record Compiled(Factor[] factors, int dimension, List<String> columns, int[] dataFactor) {}

  /**
   * Resolves every assumption.
   *
   * @throws InputException for every assumption that does not fit the framework: an unknown level
   *     or indicator (with the nearest name), a level with no weight to vary, a leave-one-out that
   *     empties a dimension
   */
  static Compiled compile(Framework fw, Assumptions assumptions) {
    List<Node.Indicator> inds = fw.indicators();
    List<Node.Aggregate> aggs = fw.aggregates();
    List<String> indIds = inds.stream().map(Node::id).toList();
    List<String> aggIds = aggs.stream().map(Node::id).toList();
    int[] dataFactor = {-1, -1, -1, -1, -1};
    List<Problem> problems = new ArrayList<>();
    List<Factor> fs = new ArrayList<>();
    List<String> cols = new ArrayList<>();
    int off = 0;
    for (Assumption as : assumptions.items()) {
      String where = "assumption " + as.key();
      if (as instanceof Assumption.UniformWeights || as instanceof Assumption.DirichletWeights) {
        Assumption.Level level =
            as instanceof Assumption.UniformWeights u
                ? u.level()
                : ((Assumption.DirichletWeights) as).level();
        int[] nd;
        try {
          nd = level.resolve(fw, false, where);
        } catch (InputException e) {
          problems.addAll(e.problems());
          continue;
        }
        if (nd.length == 0) {
          problems.add(
              new Problem(
                  where,
                  "the '"
                      + level.label()
                      + "' level has no weight to vary (the index has no siblings)",
                  "vary weights:indicator or the weights of a level below the index"));
          continue;
        }
        boolean isIndicator = level instanceof Assumption.Level.Indicators;
        boolean[] ii = new boolean[nd.length];
        for (int k = 0; k < nd.length; k++) {
          ii[k] = isIndicator;
          cols.add(as.key() + ":" + (ii[k] ? indIds.get(nd[k]) : aggIds.get(nd[k])));
        }
        if (as instanceof Assumption.UniformWeights u) {
          fs.add(new Factor(as, off, nd.length, K_WEIGHTS, nd, ii, null, null, u.spread(), null));
        } else {
          double c = ((Assumption.DirichletWeights) as).concentration();
          double[][] q = new double[nd.length][];
          for (int k = 0; k < nd.length; k++) {
            double w = ii[k] ? inds.get(nd[k]).weight() : aggs.get(nd[k]).weight();
            double sib = siblingWeight(aggs, ii[k] ? indIds.get(nd[k]) : aggIds.get(nd[k]));
            q[k] = gammaTable(c * w / sib);
          }
          fs.add(new Factor(as, off, nd.length, K_DIRICHLET, nd, ii, null, null, 0, q));
        }
        off += nd.length;
      } else if (as instanceof Assumption.Aggregations ag) {
        int[] nodes;
        try {
          nodes = ag.level().resolve(fw, true, where);
        } catch (InputException e) {
          problems.addAll(e.problems());
          continue;
        }
        int[] m = ag.options().stream().mapToInt(Aggregation::ordinal).toArray();
        fs.add(new Factor(as, off, 1, K_AGG, nodes, null, m, null, 0, null));
        cols.add(as.key());
        off += 1;
      } else if (as instanceof Assumption.LeaveOneOut lo) {
        Factor f = leaveOneOut(lo, off, aggs, indIds, where, problems);
        if (f == null) {
          continue;
        }
        fs.add(f);
        cols.add(as.key());
        off += 1;
      } else if (as instanceof Assumption.DataVariant dv) {
        if (as instanceof Assumption.Indicators ind && !swapsKnown(ind, indIds, where, problems)) {
          continue;
        }
        int slot =
            dv instanceof Assumption.Years
                ? 0
                : as instanceof Assumption.Imputations
                    ? 1
                    : as instanceof Assumption.Treatments
                        ? 2
                        : as instanceof Assumption.Indicators ? 4 : 3;
        dataFactor[slot] = fs.size();
        fs.add(new Factor(as, off, 1, K_DATA, null, null, null, null, 0, null));
        cols.add(as.key());
        off += 1;
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new Compiled(fs.toArray(new Factor[0]), off, List.copyOf(cols), dataFactor);
  }

  /**
   * Whether every indicator an option swaps out is one of the framework's; adds a problem naming
   * the nearest id for each that is not.
   */
  private static boolean swapsKnown(
      Assumption.Indicators ind, List<String> indIds, String where, List<Problem> problems) {
    boolean ok = true;
    for (String option : ind.options()) {
      for (String[] sw : Assumption.Indicators.swaps(option)) {
        if (!indIds.contains(sw[0])) {
          problems.add(
              unknownIndicator(
                  where + ", option '" + option + "'", sw[0], indIds, "swap out an indicator"));
          ok = false;
        }
      }
    }
    return ok;
  }

  /** An id that is not one of the framework's indicators, with the nearest one. */
  private static Problem unknownIndicator(
      String where, String id, List<String> indIds, String fixVerb) {
    return new Problem(
        where,
        "unknown indicator '" + id + "'" + Names.didYouMean(id, indIds),
        fixVerb + " of the framework (see 'aidx framework show')");
  }

  /** The leave-one-out factor, or null after adding its problems. */
  private static Factor leaveOneOut(
      Assumption.LeaveOneOut lo,
      int off,
      List<Node.Aggregate> aggs,
      List<String> indIds,
      String where,
      List<Problem> problems) {
    List<String> names = lo.indicators();
    if (names.isEmpty()) {
      names = new ArrayList<>();
      for (Node.Aggregate g : aggs) {
        if (g.children().size() > 1) {
          for (Node c : g.children()) {
            if (c instanceof Node.Indicator) {
              names.add(c.id());
            }
          }
        }
      }
      if (names.isEmpty()) {
        problems.add(
            new Problem(
                where,
                "no indicator can be left out: every parent has a single child",
                "drop leave-one-out from the assumptions"));
        return null;
      }
    }
    int[] drop = new int[names.size() + 1];
    drop[0] = -1;
    boolean ok = true;
    for (int k = 0; k < names.size(); k++) {
      String id = names.get(k);
      int i = indIds.indexOf(id);
      if (i < 0) {
        problems.add(unknownIndicator(where, id, indIds, "name indicators"));
        ok = false;
        continue;
      }
      Node.Aggregate parent = parentOf(aggs, id);
      if (parent.children().size() < 2) {
        problems.add(
            new Problem(
                where + ", indicator " + id,
                "leaving it out would empty its "
                    + (parent.level().isEmpty() ? "dimension" : parent.level())
                    + " '"
                    + parent.id()
                    + "' (its only indicator)",
                "remove '" + id + "' from leave-one-out"));
        ok = false;
      }
      drop[k + 1] = i;
    }
    if (!ok) {
      return null;
    }
    return new Factor(
        new Assumption.LeaveOneOut(names), off, 1, K_LOO, null, null, null, drop, 0, null);
  }

  private static Node.Aggregate parentOf(List<Node.Aggregate> aggs, String id) {
    for (Node.Aggregate g : aggs) {
      for (Node c : g.children()) {
        if (c.id().equals(id)) {
          return g;
        }
      }
    }
    throw new IllegalStateException("no parent of " + id);
  }

  private static double siblingWeight(List<Node.Aggregate> aggs, String id) {
    return parentOf(aggs, id).children().stream().mapToDouble(Node::weight).sum();
  }

  /** Quantiles of Gamma(shape, 1) on a uniform grid of probabilities, for inversion. */
  private static double[] gammaTable(double shape) {
    GammaDistribution g = new GammaDistribution(shape, 1);
    double[] q = new double[GAMMA_GRID + 1];
    for (int k = 0; k <= GAMMA_GRID; k++) {
      double p =
          k == 0
              ? 0.5 / GAMMA_GRID
              : k == GAMMA_GRID ? 1 - 0.5 / GAMMA_GRID : (double) k / GAMMA_GRID;
      q[k] = g.inverseCumulativeProbability(p);
    }
    return q;
  }

  /** Option {@code k} of {@code u} ∈ [0, 1): ⌊u·k⌋, clamped to [0, k − 1]. */
  static int pick(double u, int k) {
    int c = (int) (u * k);
    return c >= k ? k - 1 : Math.max(c, 0);
  }
}
