package org.aidx.analysis.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aidx.data.Dataset;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.model.InputException;
import org.aidx.model.Names;
import org.aidx.model.Problem;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.Prepared;
import org.aidx.pipeline.aggregate.CompiledTree;
import org.aidx.pipeline.rank.FractionalRanks;
import org.aidx.pipeline.tier.Jenks;
import org.hipparchus.distribution.continuous.GammaDistribution;

/**
 * An index compiled for fast repeated evaluation under uncertain assumptions: the pipeline's own
 * two stages, run many times. Every discrete variant of the data (each combination of year,
 * imputation, treatment and normalisation options) goes once through the pipeline's data stage
 * ({@link Pipeline#prepare}) into the leaves of the pipeline's compiled core ({@link
 * CompiledTree}), with the logarithms that geometric means need. A replication then only picks a
 * variant, draws weights and methods into a {@link CompiledTree.Workspace}, and runs the same
 * aggregation, ranking and tiering kernels as {@link Pipeline#run}: see {@link Evaluator}, which
 * allocates nothing per replication. {@link #replay} regenerates any replication as a full {@link
 * IndexResult} through {@link Pipeline#run}.
 *
 * <p>Worked example: the CICC framework (15 indicators, 7 dimensions, 2 layers) under the default
 * assumptions has 13 data variants (the nominal one, then 3 imputations × 2 treatments × 2
 * normalisations) and points of 31 coordinates: 15 indicator, 7 dimension and 2 layer weights, and
 * one coordinate each for normalisation, the aggregation of the 3 levels, imputation, treatment and
 * leave-one-out.
 */
public final class CompiledIndex {
  private final Framework framework;
  private final Dataset data;
  private final Methodology nominalMethod;
  private final Assumptions assumptions;
  private final IndexResult nominal;
  private final String[] economies;
  private final int ne;
  private final int ni;
  private final int na;
  private final int ref;

  /** The reference's position when scores are relative to it, else -1. */
  private final int scale;

  private final CompiledTree tree;
  // data variants, the normalised indicators of each; variant 0 is the nominal spec
  private final CompiledTree.Leaves[] leaves;
  // factors, in the order of the assumptions
  private final Factor[] factors;
  private final int dimension;
  // year, imputation, treatment, normalisation, indicator choice
  private final int[] radix = new int[5];
  private final int[] dataFactor = {-1, -1, -1, -1, -1};
  private final double[] nominalRanks;
  private final int tierCount;
  private final List<String> columns;

  /** One assumption resolved against the framework: its coordinates and what it changes. */
  private record Factor(
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

  private static final int K_WEIGHTS = 0;
  private static final int K_DIRICHLET = 1;
  private static final int K_AGG = 2;
  private static final int K_LOO = 3;
  private static final int K_DATA = 4;

  /**
   * Relative tolerance of a replication's scores against the exact functions: {@link
   * org.aidx.pipeline.aggregate.BoundedExp#ERROR_BOUND} where geometric means of indicators are
   * made, a few ulp from square roots of products, both carried up through the means (which keep a
   * relative error) and doubled at most by division by the reference's score.
   */
  public static final double FAST_TOLERANCE = 2e-13;

  /** Quantile table resolution for Dirichlet weights (linear interpolation between points). */
  private static final int GAMMA_GRID = 4096;

  private CompiledIndex(
      Framework fw,
      Dataset data,
      Methodology method,
      Assumptions assumptions,
      IndexResult nom,
      Prepared nominalData) {
    this.framework = fw;
    this.data = data;
    this.assumptions = assumptions;
    this.nominalMethod = method;
    this.nominal = nom;
    this.economies = nom.economies().toArray(new String[0]);
    this.ne = economies.length;
    List<Node.Indicator> inds = fw.indicators();
    List<Node.Aggregate> aggs = fw.aggregates();
    this.ni = inds.size();
    this.na = aggs.size();
    this.ref = nom.reference() == null ? -1 : nom.economyIndex(nom.reference());
    this.scale = fw.relativeToReference() && ref >= 0 ? ref : -1;
    this.tree = CompiledTree.of(fw, a -> method.aggregationOf(a.id()), method.scoreFloor());
    List<String> indIds = inds.stream().map(Node::id).toList();
    List<String> aggIds = aggs.stream().map(Node::id).toList();

    // resolve assumptions into factors
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
            double sib = siblingWeight(aggs, ii[k] ? indIds.get(nd[k]) : aggIds.get(nd[k]), fw);
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
            continue;
          }
        }
        int[] drop = new int[names.size() + 1];
        drop[0] = -1;
        boolean ok = true;
        for (int k = 0; k < names.size(); k++) {
          String id = names.get(k);
          int i = indIds.indexOf(id);
          if (i < 0) {
            problems.add(
                new Problem(
                    where,
                    "unknown indicator '" + id + "'" + Names.didYouMean(id, indIds),
                    "name indicators of the framework (see 'aidx framework show')"));
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
          continue;
        }
        fs.add(
            new Factor(
                new Assumption.LeaveOneOut(names), off, 1, K_LOO, null, null, null, drop, 0, null));
        cols.add(as.key());
        off += 1;
      } else if (as instanceof Assumption.DataVariant dv) {
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
    this.factors = fs.toArray(new Factor[0]);
    this.dimension = off;
    this.columns = List.copyOf(cols);
    for (int s = 0; s < 5; s++) {
      radix[s] = dataFactor[s] < 0 ? 1 : dataVariant(s).size();
    }
    int nv = 1 + radix[0] * radix[1] * radix[2] * radix[3] * radix[4];
    leaves = new CompiledTree.Leaves[nv];
    fill(0, nominalData);
    // the variants are independent data stages: prepare them in parallel, each into its slot
    @SuppressWarnings("unchecked")
    List<Problem>[] variantProblems = new List[nv];
    java.util.stream.IntStream.range(1, nv)
        .parallel()
        .forEach(v -> variantProblems[v] = variant(v, method, data));
    for (int v = 1; v < nv; v++) {
      problems.addAll(variantProblems[v]);
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    nominalRanks = new double[ne];
    for (int e = 0; e < ne; e++) {
      nominalRanks[e] = nom.rank(e);
    }
    tierCount = nom.tiering().count();
  }

  /** Normalises data variant v ≥ 1 through the pipeline; returns its problems (none if it ran). */
  private List<Problem> variant(int v, Methodology method, Dataset data) {
    List<Problem> out = new ArrayList<>();
    List<String> label = new ArrayList<>();
    int[] o = options(v);
    Methodology m = variantMethodology(o, method, label);
    try {
      fill(v, Pipeline.prepare(variantFramework(o, label), data, m));
    } catch (InputException e) {
      for (Problem p : e.problems()) {
        out.add(
            new Problem(
                "assumptions " + String.join(", ", label) + ": " + p.where(),
                p.what(),
                p.fix() + "; or drop that option from the assumptions"));
      }
    }
    return out;
  }

  /** The framework under the indicator-choice option of {@code o} (the nominal one without). */
  private Framework variantFramework(int[] o, List<String> label) {
    Framework fw = framework;
    if (dataFactor[4] >= 0) {
      Assumption.DataVariant a = dataVariant(4);
      fw = a.applyTo(fw, o[4]);
      label.add(a.describe(o[4]));
    }
    return fw;
  }

  /**
   * {@code m} with the year, imputation, treatment, normalisation and indicator options {@code o}:
   * each data assumption applies its own option to the methodology (the indicator choice's label is
   * added by {@link #variantFramework}).
   */
  private Methodology variantMethodology(int[] o, Methodology m, List<String> label) {
    Methodology out = m;
    for (int slot = 0; slot < 5; slot++) {
      if (dataFactor[slot] >= 0) {
        Assumption.DataVariant a = dataVariant(slot);
        out = a.applyTo(out, o[slot]);
        if (slot < 4) {
          label.add(a.describe(o[slot]));
        }
      }
    }
    return out;
  }

  private Assumption.DataVariant dataVariant(int slot) {
    return (Assumption.DataVariant) factors[dataFactor[slot]].assumption();
  }

  /**
   * Regenerates the replication at point {@code u} as a full {@link IndexResult} through the
   * ordinary pipeline, as an edited methodology (COINr's {@code Regen}): the data stage under the
   * nominal methodology with the drawn year, imputation, treatment, normalisation and indicator
   * choice (and the nominal weights, which relative-position imputation uses), the core under the
   * same methodology with the drawn weights and per-node aggregations, on the tree without the
   * left-out indicator. Its index scores and ranks equal those of {@link Evaluator#evaluate} at the
   * same point to {@link #FAST_TOLERANCE} (checked by differential tests), and so are their ranks
   * but for economies whose scores are that close.
   *
   * @throws InputException when the pipeline cannot run under the drawn assumptions
   */
  public IndexResult replay(double[] u) {
    Evaluator ev = evaluator();
    ev.evaluate(u);
    int[] o = ev.choice.clone();
    Methodology variant = variantMethodology(o, nominalMethod, new ArrayList<>());
    // the framework of the drawn indicator choice: same tree, same positions, other ids
    Framework fwv = variantFramework(o, new ArrayList<>());
    Prepared p = Pipeline.prepare(fwv, data, variant);
    List<Node.Indicator> inds = fwv.indicators();
    List<Node.Aggregate> aggs = fwv.aggregates();
    java.util.Map<String, Double> weights = new java.util.LinkedHashMap<>();
    java.util.Map<String, Aggregation> methods = new java.util.LinkedHashMap<>();
    for (int i = 0; i < ni; i++) {
      weights.put(inds.get(i).id(), ev.ws.indicatorWeights[i]);
    }
    for (int a = 0; a < na; a++) {
      if (a > 0) { // the root has no weight
        weights.put(aggs.get(a).id(), ev.ws.aggregateWeights[a]);
      }
      methods.put(aggs.get(a).id(), Aggregation.values()[ev.ws.method[a]]);
    }
    Methodology drawn = variant.withWeights(weights).withAggregations(methods);
    if (ev.ws.dropped >= 0) {
      String left = inds.get(ev.ws.dropped).id();
      p = p.withoutIndicator(ev.ws.dropped);
      drawn = drawn.withoutIndicator(left);
      fwv = fwv.withoutIndicator(left);
    }
    return Pipeline.run(fwv, data, drawn, p);
  }

  /**
   * Compiles a framework, dataset and nominal methodology under the given assumptions.
   *
   * @throws InputException for every assumption that does not fit the framework or data: an unknown
   *     level or indicator (with the nearest name), a leave-one-out that empties a dimension, or a
   *     combination of options under which the pipeline cannot run (naming it)
   */
  public static CompiledIndex compile(
      Framework fw, Dataset data, Methodology method, Assumptions assumptions) {
    Methodology m =
        assumptions.floor() != null ? method.withScoreFloor(assumptions.floor()) : method;
    // the data stage of the nominal run is also data variant 0: prepared once
    Framework onto = m.onto(fw);
    Prepared p = Pipeline.prepare(onto, data, m);
    IndexResult nom = Pipeline.run(onto, data, m, p);
    // the tree with the methodology's weights at its nodes, which the factors read
    return new CompiledIndex(nom.framework(), data, m, assumptions, nom, p);
  }

  /** The normalised indicators of data variant v, on the nominal economies (NaN where absent). */
  private void fill(int v, Prepared r) {
    java.util.Map<String, Integer> at = new java.util.HashMap<>();
    for (int k = 0; k < r.economies().size(); k++) {
      at.put(r.economies().get(k), k);
    }
    double[][] norm = new double[ni][ne];
    for (int e = 0; e < ne; e++) {
      int k = at.getOrDefault(economies[e], -1);
      for (int i = 0; i < ni; i++) {
        norm[i][e] = k < 0 ? Double.NaN : r.normalised(i, k);
      }
    }
    leaves[v] = tree.leaves(norm);
  }

  /** Option index of each data slot for data variant v ≥ 1. */
  private int[] options(int v) {
    int x = v - 1;
    int[] o = new int[5];
    for (int s = 4; s >= 0; s--) {
      o[s] = x % radix[s];
      x /= radix[s];
    }
    return o;
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

  private static double siblingWeight(List<Node.Aggregate> aggs, String id, Framework fw) {
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

  public Framework framework() {
    return framework;
  }

  /** The nominal methodology, with the assumptions' floor if they set one. */
  public Methodology methodology() {
    return nominalMethod;
  }

  public Assumptions assumptions() {
    return assumptions;
  }

  /** The pipeline's result under the nominal spec. */
  public IndexResult nominal() {
    return nominal;
  }

  public List<String> economies() {
    return List.of(economies);
  }

  /** The reference economy's position, or -1. */
  public int reference() {
    return ref;
  }

  /** Number of coordinates of a point. */
  public int dimension() {
    return dimension;
  }

  /** Number of precomputed data variants, the nominal one included. */
  public int variants() {
    return leaves.length;
  }

  /** The nominal tier count, used for tier probabilities. */
  public int tierCount() {
    return tierCount;
  }

  public double nominalRank(int e) {
    return nominalRanks[e];
  }

  /** Names of the sampled values of a replication, one per coordinate group, for audit files. */
  public List<String> sampledColumns() {
    return columns;
  }

  /** The assumptions' keys, one per factor, in order. */
  public List<String> factorKeys() {
    return Arrays.stream(factors).map(f -> f.assumption().key()).toList();
  }

  /** Coordinates of each factor: factor k owns coordinates [offset, offset + width). */
  public int[][] factorCoordinates() {
    int[][] out = new int[factors.length][];
    for (int k = 0; k < factors.length; k++) {
      out[k] = new int[factors[k].width()];
      for (int j = 0; j < factors[k].width(); j++) {
        out[k][j] = factors[k].offset() + j;
      }
    }
    return out;
  }

  /** A new evaluator with its own buffers; one per thread. */
  public Evaluator evaluator() {
    return new Evaluator();
  }

  private static int pick(double u, int k) {
    int c = (int) (u * k);
    return c >= k ? k - 1 : Math.max(c, 0);
  }

  /**
   * Evaluates the index at points of the unit hypercube into its own preallocated buffers: draws
   * the weights, methods, left-out indicator and data variant of a point, then runs the pipeline's
   * core ({@link CompiledTree.Workspace#aggregate}, {@link FractionalRanks}, {@link Jenks}). Not
   * thread-safe: use one per thread. {@link #evaluate} allocates nothing.
   */
  public final class Evaluator {
    final CompiledTree.Workspace ws = tree.workspace(ne);
    final int[] choice = new int[5];
    private final FractionalRanks ranks = new FractionalRanks(ne);
    private final Jenks jenks = new Jenks(ne, Math.max(tierCount, 1));
    private final double[] sorted = new double[ne];
    private final double[] lower = new double[ne];
    private final int[] tiers = new int[ne];
    private int variant;
    private String failure;

    private Evaluator() {}

    /** Evaluates the nominal spec. */
    public boolean evaluateNominal() {
      ws.reset();
      ws.fast = false;
      variant = 0;
      return aggregate();
    }

    /**
     * Evaluates the replication at point {@code u} (length ≥ {@link #dimension()}): the index
     * scores, ranks and (see {@link #assignTiers}) tiers become available from the accessors.
     *
     * @return false when a geometric or harmonic mean met a value that is not positive and there is
     *     no floor, or the reference scored zero; {@link #failure()} says where
     */
    public boolean evaluate(double[] u) {
      return evaluate(u, true);
    }

    /**
     * As {@link #evaluate(double[])}; {@code fast} false keeps the exact functions of the pipeline
     * (see {@link CompiledTree.Workspace#fast}) instead of the Monte Carlo's fast paths, whose
     * scores are within {@link #FAST_TOLERANCE} of them.
     */
    boolean evaluate(double[] u, boolean fast) {
      ws.reset();
      ws.fast = fast;
      double[] wInd = ws.indicatorWeights;
      double[] wAgg = ws.aggregateWeights;
      choice[0] = 0;
      choice[1] = 0;
      choice[2] = 0;
      choice[3] = 0;
      choice[4] = 0;
      for (int k = 0; k < factors.length; k++) {
        Factor f = factors[k];
        switch (f.kind()) {
          case K_WEIGHTS:
            for (int j = 0; j < f.width(); j++) {
              double m = 1 + f.spread() * (2 * u[f.offset() + j] - 1);
              if (f.nodeIsInd()[j]) {
                wInd[f.nodes()[j]] *= m;
              } else {
                wAgg[f.nodes()[j]] *= m;
              }
            }
            break;
          case K_DIRICHLET:
            for (int j = 0; j < f.width(); j++) {
              double g = gamma(f.gammaQuantiles()[j], u[f.offset() + j]);
              if (f.nodeIsInd()[j]) {
                wInd[f.nodes()[j]] = g;
              } else {
                wAgg[f.nodes()[j]] = g;
              }
            }
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
            for (int s = 0; s < 5; s++) {
              if (dataFactor[s] == k) {
                choice[s] = pick(u[f.offset()], radix[s]);
              }
            }
        }
      }
      variant =
          1
              + (((choice[0] * radix[1] + choice[1]) * radix[2] + choice[2]) * radix[3] + choice[3])
                  * radix[4]
              + choice[4];
      return aggregate();
    }

    private double gamma(double[] q, double u) {
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
      if (!ws.aggregate(leaves[variant], scale)) {
        failure = describe(ws.failure());
        return false;
      }
      // no mean leaves its children's range: only a division by the reference's score or leaves
      // near the largest double can overflow
      if ((scale >= 0 || !(leaves[variant].maxAbs() <= 1e100)) && infinite()) {
        return false;
      }
      ranks.rank(ws.index());
      return true;
    }

    /**
     * Sets the failure when a mean or the division by the reference's score overflowed to ±∞ for
     * some economy (see {@link org.aidx.model.Finite}).
     */
    private boolean infinite() {
      for (int a = 0; a < tree.aggregates(); a++) {
        for (int e = 0; e < ne; e++) {
          double v = ws.score(a, e);
          if (Double.isInfinite(v)) {
            failure =
                "the score of '"
                    + tree.aggregateId(a)
                    + "' (a mean, or its division by the reference's score) overflows to "
                    + v
                    + " for "
                    + economies[e]
                    + " under these weights and methods";
            return true;
          }
        }
      }
      return false;
    }

    private String describe(CompiledTree.Failure f) {
      String node = tree.aggregateId(f.node());
      if (f.atReference()) {
        return "the reference's score on '" + node + "' is " + ws.unscaled(f.node(), ref);
      }
      String childId =
          f.childIsIndicator() ? tree.indicatorId(f.child()) : tree.aggregateId(f.child());
      int e = 0;
      double x = Double.NaN;
      for (int k = 0; k < ne; k++) {
        double v =
            f.childIsIndicator() ? leaves[variant].value(f.child(), k) : ws.score(f.child(), k);
        if (!(v > 0) && !Double.isNaN(v)) {
          e = k;
          x = v;
          break;
        }
      }
      return "a "
          + Aggregation.values()[ws.method[f.node()]].label()
          + " mean of '"
          + node
          + "' met '"
          + childId
          + "' = "
          + x
          + " for "
          + economies[e];
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

    /** The sampled value of every column of {@link #sampledColumns()} at point u, as text. */
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
}
