package org.aidx.analysis.uncertainty;

import static org.aidx.analysis.uncertainty.AssumptionCompiler.GAMMA_GRID;
import static org.aidx.analysis.uncertainty.AssumptionCompiler.K_AGG;
import static org.aidx.analysis.uncertainty.AssumptionCompiler.K_DIRICHLET;
import static org.aidx.analysis.uncertainty.AssumptionCompiler.K_LOO;
import static org.aidx.analysis.uncertainty.AssumptionCompiler.K_WEIGHTS;
import static org.aidx.analysis.uncertainty.AssumptionCompiler.pick;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aidx.analysis.uncertainty.AssumptionCompiler.Factor;
import org.aidx.framework.Aggregation;
import org.aidx.pipeline.aggregate.CompiledTree;
import org.aidx.pipeline.rank.FractionalRanks;
import org.aidx.pipeline.tier.Jenks;

/**
 * Evaluates a {@link CompiledIndex} at points of the unit hypercube into its own preallocated
 * buffers: draws the weights, methods, left-out indicator and data variant of a point, then runs
 * the pipeline's core ({@link CompiledTree.Workspace#aggregate}, {@link FractionalRanks}, {@link
 * Jenks}). Not thread-safe: use one per thread ({@link CompiledIndex#evaluator()}). {@link
 * #evaluate} allocates nothing.
 */
public final class Evaluator {
  private final CompiledTree tree;
  private final DataVariants variants;
  private final Factor[] factors;
  private final String[] economies;
  private final int ne;
  private final int ref;
  private final int scale;
  private final int tierCount;
  final CompiledTree.Workspace ws;
  final int[] choice = new int[AssumptionCompiler.SLOTS];
  private final FractionalRanks ranks;
  private final Jenks jenks;
  private final double[] sorted;
  private final double[] lower;
  private final int[] tiers;
  private int variant;
  private String failure;

  /**
   * @param ref the reference economy's position, or -1
   * @param scale the reference's position when scores are relative to it, else -1
   */
  Evaluator(
      CompiledTree tree,
      DataVariants variants,
      Factor[] factors,
      String[] economies,
      int ref,
      int scale,
      int tierCount) {
    this.tree = tree;
    this.variants = variants;
    this.factors = factors;
    this.economies = economies;
    this.ne = economies.length;
    this.ref = ref;
    this.scale = scale;
    this.tierCount = tierCount;
    ws = tree.workspace(ne);
    ranks = new FractionalRanks(ne);
    jenks = new Jenks(ne, Math.max(tierCount, 1));
    sorted = new double[ne];
    lower = new double[ne];
    tiers = new int[ne];
  }

  /** Evaluates the nominal spec. */
  public boolean evaluateNominal() {
    ws.reset();
    ws.fast = false;
    variant = 0;
    return aggregate();
  }

  /**
   * Evaluates the replication at point {@code u} (length ≥ {@link CompiledIndex#dimension()}): the
   * index scores, ranks and (see {@link #assignTiers}) tiers become available from the accessors.
   *
   * @return false when a geometric or harmonic mean met a value that is not positive and there is
   *     no floor, or the reference scored zero; {@link #failure()} says where
   */
  public boolean evaluate(double[] u) {
    return evaluate(u, true);
  }

  /**
   * As {@link #evaluate(double[])}; {@code fast} false keeps the exact functions of the pipeline
   * (see {@link CompiledTree.Workspace#fast}) instead of the Monte Carlo's fast paths, whose scores
   * are within {@link CompiledIndex#FAST_TOLERANCE} of them.
   */
  boolean evaluate(double[] u, boolean fast) {
    ws.reset();
    ws.fast = fast;
    choice[0] = 0;
    choice[1] = 0;
    choice[2] = 0;
    choice[3] = 0;
    choice[4] = 0;
    // one small method per kind of factor, which the JIT compiles early and whole
    for (int k = 0; k < factors.length; k++) {
      Factor f = factors[k];
      switch (f.kind()) {
        case K_WEIGHTS:
          scaleWeights(f, u);
          break;
        case K_DIRICHLET:
          drawWeights(f, u);
          break;
        case K_AGG:
          int m = f.methods()[pick(u[f.offset()], f.methods().length)];
          for (int a : f.nodes()) {
            ws.method[a] = m;
          }
          break;
        case K_LOO:
          ws.dropped = f.dropped()[pick(u[f.offset()], f.dropped().length)];
          break;
        default:
          chooseData(k, f, u);
      }
    }
    variant = variants.index(choice);
    return aggregate();
  }

  /** Each weight of the factor times 1 ± spread, by its coordinate of u. */
  private void scaleWeights(Factor f, double[] u) {
    double[] wInd = ws.indicatorWeights;
    double[] wAgg = ws.aggregateWeights;
    for (int j = 0; j < f.width(); j++) {
      double m = 1 + f.spread() * (2 * u[f.offset() + j] - 1);
      if (f.nodeIsInd()[j]) {
        wInd[f.nodes()[j]] *= m;
      } else {
        wAgg[f.nodes()[j]] *= m;
      }
    }
  }

  /** Each weight of the factor a gamma draw (renormalised by the means: Dirichlet weights). */
  private void drawWeights(Factor f, double[] u) {
    double[] wInd = ws.indicatorWeights;
    double[] wAgg = ws.aggregateWeights;
    for (int j = 0; j < f.width(); j++) {
      double g = gamma(f.gammaQuantiles()[j], u[f.offset() + j]);
      if (f.nodeIsInd()[j]) {
        wInd[f.nodes()[j]] = g;
      } else {
        wAgg[f.nodes()[j]] = g;
      }
    }
  }

  /** The data variant's choices in the slots factor k decides. */
  private void chooseData(int k, Factor f, double[] u) {
    for (int s = 0; s < AssumptionCompiler.SLOTS; s++) {
      if (variants.factorOf(s) == k) {
        choice[s] = pick(u[f.offset()], variants.radix(s));
      }
    }
  }

  private static double gamma(double[] q, double u) {
    double x = u * GAMMA_GRID;
    int k = (int) x;
    if (k >= GAMMA_GRID) {
      return q[GAMMA_GRID];
    }
    double t = x - k;
    // a tiny positive lower bound keeps every weight present (a zero weight would drop a child)
    return Math.max(q[k] + t * (q[k + 1] - q[k]), 1e-300);
  }

  private boolean aggregate() {
    failure = null;
    CompiledTree.Leaves leaves = variants.leaves(variant);
    if (!ws.aggregate(leaves, scale)) {
      failure = describe(ws.failure());
      return false;
    }
    // no mean leaves its children's range: only a division by the reference's score or leaves
    // near the largest double can overflow
    if ((scale >= 0 || !(leaves.maxAbs() <= 1e100)) && infinite()) {
      return false;
    }
    ranks.rank(ws.index());
    return true;
  }

  /**
   * Sets the failure when a mean or the division by the reference's score overflowed for some
   * economy, as the kernel reports it ({@link CompiledTree.Workspace#overflow}).
   */
  private boolean infinite() {
    CompiledTree.Failure f = ws.overflow();
    if (f == null) {
      return false;
    }
    failure =
        "the score of '"
            + tree.aggregateId(f.node())
            + "' (a mean, or its division by the reference's score) overflows to "
            + f.value()
            + " for "
            + economies[f.economy()]
            + " under these weights and methods";
    return true;
  }

  /** The kernel's failure, in words. */
  private String describe(CompiledTree.Failure f) {
    String node = tree.aggregateId(f.node());
    if (f.atReference()) {
      return "the reference's score on '" + node + "' is " + f.value();
    }
    String childId =
        f.childIsIndicator() ? tree.indicatorId(f.child()) : tree.aggregateId(f.child());
    return "a "
        + Aggregation.values()[ws.method[f.node()]].label()
        + " mean of '"
        + node
        + "' met '"
        + childId
        + "' = "
        + f.value()
        + " for "
        + economies[f.economy()];
  }

  /**
   * Jenks tiers with the nominal tier count on this replication's scores, as {@link
   * org.aidx.pipeline.tier.Tiering#fixed}; tier 0 where the score is missing.
   */
  public int[] assignTiers() {
    int n = ranks.present();
    if (n == 0) {
      Arrays.fill(tiers, 0);
      return tiers;
    }
    ranks.ascending(sorted);
    int k = Math.min(tierCount, Jenks.distinct(sorted, n));
    int classes = jenks.breaks(sorted, n, k, lower);
    Jenks.assign(ws.index(), lower, classes, tiers);
    return tiers;
  }

  /** The index score of economy e in the last evaluation. */
  public double index(int e) {
    return ws.score(0, e);
  }

  /** The index scores of the last evaluation, by economy: a view, valid until the next. */
  double[] scores() {
    return ws.index();
  }

  /** The fractional rank of economy e (NaN when its index is missing). */
  public double rank(int e) {
    return ranks.rank(e);
  }

  /** Twice the rank, an integer (0 when missing), for exact histograms. */
  public int doubledRank(int e) {
    return ranks.doubledRank(e);
  }

  /** The score of aggregate node a (pre-order position) for economy e. */
  public double score(int a, int e) {
    return ws.score(a, e);
  }

  /** Why the last evaluation failed, or null. */
  public String failure() {
    return failure;
  }

  /**
   * The sampled value of every column of {@link CompiledIndex#sampledColumns()} at point u, as
   * text.
   */
  public List<String> describe(double[] u) {
    List<String> out = new ArrayList<>();
    evaluate(u);
    for (Factor f : factors) {
      switch (f.kind()) {
        case K_WEIGHTS:
        case K_DIRICHLET:
          for (int j = 0; j < f.width(); j++) {
            out.add(
                Double.toString(
                    f.nodeIsInd()[j]
                        ? ws.indicatorWeights[f.nodes()[j]]
                        : ws.aggregateWeights[f.nodes()[j]]));
          }
          break;
        default:
          List<String> labels = f.assumption().labels();
          out.add(labels.get(pick(u[f.offset()], labels.size())));
      }
    }
    return out;
  }
}
