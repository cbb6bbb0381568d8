package org.aidx.analysis.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aidx.data.Dataset;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.model.Finite;
import org.aidx.model.InputException;
import org.aidx.model.Problem;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Names;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
import org.aidx.pipeline.impute.Imputation;
import org.aidx.pipeline.normalise.Normalisation;
import org.aidx.pipeline.treat.Treatment;
import org.hipparchus.distribution.continuous.GammaDistribution;

/**
 * An index compiled for fast repeated evaluation under uncertain assumptions. The framework tree
 * becomes primitive arrays; every discrete variant of the data (each combination of year,
 * imputation, treatment and normalisation options) is normalised once up front by {@link
 * Pipeline#run} itself, with the logarithms that geometric means need. A replication then only
 * picks a variant, draws weights, aggregates into preallocated buffers and ranks with a primitive
 * sort: see {@link Evaluator}, which allocates nothing per replication.
 *
 * <p>Under the nominal spec the evaluator reproduces {@link Pipeline#run} to the last bit: the same
 * operations in the same order (weights renormalised over the children present, values below the
 * floor raised to it, scores divided by the reference's when the framework is relative to it).
 *
 * <p>Worked example: the CICC framework (15 indicators, 7 dimensions, 2 layers) under the default
 * assumptions has 13 data variants (the nominal one, then 3 imputations × 2 treatments × 2
 * normalisations) and points of 31 coordinates: 15 indicator, 7 dimension and 2 layer weights, and
 * one coordinate each for normalisation, the aggregation of the 3 levels, imputation, treatment and
 * leave-one-out.
 */
public final class CompiledIndex {
  static final int ARITH = 0;
  static final int GEOM = 1;
  static final int HARM = 2;

  private final Framework framework;
  private final PipelineSpec nominalSpec;
  private final Assumptions assumptions;
  private final IndexResult nominal;
  private final String[] economies;
  private final int ne;
  private final int ni;
  private final int na;
  private final int ref;
  private final boolean relative;
  private final double floor;
  private final boolean hasFloor;
  // tree: children of aggregate a: childIsInd[a][c], child[a][c]
  private final boolean[][] childIsInd;
  private final int[][] child;
  private final int[] nominalMethod;
  private final double[] baseWInd;
  private final double[] baseWAgg;
  // data variants: [variant][indicator][economy]; variant 0 is the nominal spec
  private final double[][][] norm;
  private final double[][][] logs;
  private final boolean[][] rowNaN;
  private final boolean[][] rowPositive;
  // factors, in the order of the assumptions
  private final Factor[] factors;
  private final int dimension;
  private final int[] radix = new int[4]; // year, imputation, treatment, normalisation
  private final int[] dataFactor = {-1, -1, -1, -1};
  private final double[] nominalRanks;
  private final int[] nominalOrder;
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

  /** Quantile table resolution for Dirichlet weights (linear interpolation between points). */
  private static final int GAMMA_GRID = 4096;

  private CompiledIndex(
      Framework fw, Dataset data, PipelineSpec spec, Assumptions assumptions, IndexResult nom) {
    this.framework = fw;
    this.assumptions = assumptions;
    this.nominalSpec = spec;
    this.nominal = nom;
    this.economies = nom.economies().toArray(new String[0]);
    this.ne = economies.length;
    List<Node.Indicator> inds = fw.indicators();
    List<Node.Aggregate> aggs = fw.aggregates();
    this.ni = inds.size();
    this.na = aggs.size();
    this.ref = nom.reference() == null ? -1 : nom.economyIndex(nom.reference());
    this.relative = fw.relativeToReference() && ref >= 0;
    this.hasFloor = spec.geometricFloor() != null;
    this.floor = hasFloor ? spec.geometricFloor() : Double.NaN;
    List<String> indIds = inds.stream().map(Node::id).toList();
    List<String> aggIds = aggs.stream().map(Node::id).toList();
    childIsInd = new boolean[na][];
    child = new int[na][];
    nominalMethod = new int[na];
    baseWInd = new double[ni];
    baseWAgg = new double[na];
    for (int a = 0; a < na; a++) {
      Node.Aggregate g = aggs.get(a);
      baseWAgg[a] = g.weight();
      nominalMethod[a] = code(spec.aggregationOf(g));
      int nc = g.children().size();
      childIsInd[a] = new boolean[nc];
      child[a] = new int[nc];
      for (int c = 0; c < nc; c++) {
        Node ch = g.children().get(c);
        childIsInd[a][c] = ch instanceof Node.Indicator;
        child[a][c] =
            ch instanceof Node.Indicator ? indIds.indexOf(ch.id()) : aggIds.indexOf(ch.id());
      }
    }
    for (int i = 0; i < ni; i++) {
      baseWInd[i] = inds.get(i).weight();
    }

    // resolve assumptions into factors
    List<Problem> problems = new ArrayList<>();
    List<Factor> fs = new ArrayList<>();
    List<String> cols = new ArrayList<>();
    int off = 0;
    Set<String> levels = new LinkedHashSet<>();
    aggs.forEach(g -> levels.add(g.level()));
    List<String> levelNames = new ArrayList<>(levels);
    levelNames.add("indicator");
    for (Assumption as : assumptions.items()) {
      String where = "assumption " + as.key();
      if (as instanceof Assumption.UniformWeights || as instanceof Assumption.DirichletWeights) {
        String level =
            as instanceof Assumption.UniformWeights u
                ? u.level()
                : ((Assumption.DirichletWeights) as).level();
        if (!levelNames.contains(level)) {
          problems.add(unknownLevel(where, level, levelNames));
          continue;
        }
        List<Integer> nodes = new ArrayList<>();
        List<Boolean> isInd = new ArrayList<>();
        if (level.equals("indicator")) {
          for (int i = 0; i < ni; i++) {
            nodes.add(i);
            isInd.add(true);
          }
        } else {
          for (int a = 1; a < na; a++) {
            if (aggs.get(a).level().equals(level)) {
              nodes.add(a);
              isInd.add(false);
            }
          }
        }
        int[] nd = nodes.stream().mapToInt(Integer::intValue).toArray();
        if (nd.length == 0) {
          problems.add(
              new Problem(
                  where,
                  "the '" + level + "' level has no weight to vary (the index has no siblings)",
                  "vary weights:indicator or the weights of a level below the index"));
          continue;
        }
        boolean[] ii = new boolean[nd.length];
        for (int k = 0; k < nd.length; k++) {
          ii[k] = isInd.get(k);
          cols.add(as.key() + ":" + (ii[k] ? indIds.get(nd[k]) : aggIds.get(nd[k])));
        }
        if (as instanceof Assumption.UniformWeights u) {
          fs.add(new Factor(as, off, nd.length, K_WEIGHTS, nd, ii, null, null, u.spread(), null));
        } else {
          double c = ((Assumption.DirichletWeights) as).concentration();
          double[][] q = new double[nd.length][];
          for (int k = 0; k < nd.length; k++) {
            double w = ii[k] ? baseWInd[nd[k]] : baseWAgg[nd[k]];
            double sib = siblingWeight(aggs, ii[k] ? indIds.get(nd[k]) : aggIds.get(nd[k]), fw);
            q[k] = gammaTable(c * w / sib);
          }
          fs.add(new Factor(as, off, nd.length, K_DIRICHLET, nd, ii, null, null, 0, q));
        }
        off += nd.length;
      } else if (as instanceof Assumption.Aggregations ag) {
        if (!levels.contains(ag.level())) {
          problems.add(unknownLevel(where, ag.level(), new ArrayList<>(levels)));
          continue;
        }
        List<Integer> nodes = new ArrayList<>();
        for (int a = 0; a < na; a++) {
          if (aggs.get(a).level().equals(ag.level())) {
            nodes.add(a);
          }
        }
        int[] m = ag.options().stream().mapToInt(CompiledIndex::code).toArray();
        fs.add(
            new Factor(
                as,
                off,
                1,
                K_AGG,
                nodes.stream().mapToInt(Integer::intValue).toArray(),
                null,
                m,
                null,
                0,
                null));
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
                    "unknown indicator '"
                        + id
                        + "'"
                        + Names.closest(id, indIds)
                            .map(s -> " (did you mean '" + s + "'?)")
                            .orElse(""),
                    "name indicators of the framework (see 'aidx framework show')"));
            ok = false;
            continue;
          }
          Node.Aggregate parent = parentOf(aggs, id);
          if (parent.children().size() < 2) {
            problems.add(
                new Problem(
                    where + ", indicator " + id,
                    "leaving it out would empty its dimension '"
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
      } else {
        int slot =
            as instanceof Assumption.Years
                ? 0
                : as instanceof Assumption.Imputations
                    ? 1
                    : as instanceof Assumption.Treatments ? 2 : 3;
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
    for (int s = 0; s < 4; s++) {
      radix[s] = dataFactor[s] < 0 ? 1 : factors[dataFactor[s]].assumption().labels().size();
    }
    int nv = 1 + radix[0] * radix[1] * radix[2] * radix[3];
    norm = new double[nv][][];
    logs = new double[nv][][];
    rowNaN = new boolean[nv][ni];
    rowPositive = new boolean[nv][ni];
    fill(0, nom);
    Framework plain =
        new Framework(
            fw.id(),
            fw.name(),
            fw.root(),
            fw.normalisation(),
            fw.reference(),
            false,
            fw.denominators(),
            fw.source(),
            fw.imputation(),
            fw.zeroFloor());
    // the variants are independent pipeline runs: normalise them in parallel, each into its slot
    @SuppressWarnings("unchecked")
    List<Problem>[] variantProblems = new List[nv];
    java.util.stream.IntStream.range(1, nv)
        .parallel()
        .forEach(v -> variantProblems[v] = variant(v, spec, plain, data));
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
    nominalOrder = nom.order();
  }

  /** Normalises data variant v ≥ 1 through the pipeline; returns its problems (none if it ran). */
  private List<Problem> variant(int v, PipelineSpec spec, Framework plain, Dataset data) {
    List<Problem> out = new ArrayList<>();
    int[] o = options(v);
    PipelineSpec s = spec.withAggregate(Aggregation.ARITHMETIC);
    List<String> label = new ArrayList<>();
    if (dataFactor[0] >= 0) {
      Optional<Integer> y =
          ((Assumption.Years) factors[dataFactor[0]].assumption()).options().get(o[0]);
      s = s.withYear(y.orElse(null));
      label.add("year=" + y.map(String::valueOf).orElse("latest"));
    }
    if (dataFactor[1] >= 0) {
      Imputation im =
          ((Assumption.Imputations) factors[dataFactor[1]].assumption()).options().get(o[1]);
      s = s.withImpute(im);
      label.add("imputation=" + im.label());
    }
    if (dataFactor[2] >= 0) {
      Treatment t =
          ((Assumption.Treatments) factors[dataFactor[2]].assumption()).options().get(o[2]);
      s = s.withTreat(t);
      label.add("treatment=" + t.label());
    }
    if (dataFactor[3] >= 0) {
      Normalisation n =
          ((Assumption.Normalisations) factors[dataFactor[3]].assumption()).options().get(o[3]);
      s = s.withNormalise(n);
      label.add("normalisation=" + n.label());
    }
    try {
      fill(v, Pipeline.run(plain, data, s));
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

  /**
   * Compiles a framework, dataset and nominal spec under the given assumptions.
   *
   * @throws InputException for every assumption that does not fit the framework or data: an unknown
   *     level or indicator (with the nearest name), a leave-one-out that empties a dimension, or a
   *     combination of options under which the pipeline cannot run (naming it)
   */
  public static CompiledIndex compile(
      Framework fw, Dataset data, PipelineSpec spec, Assumptions assumptions) {
    PipelineSpec s =
        assumptions.floor() != null ? spec.withGeometricFloor(assumptions.floor()) : spec;
    IndexResult nom = Pipeline.run(fw, data, s);
    return new CompiledIndex(fw, data, s, assumptions, nom);
  }

  private void fill(int v, IndexResult r) {
    norm[v] = new double[ni][ne];
    logs[v] = new double[ni][ne];
    java.util.Map<String, Integer> at = new java.util.HashMap<>();
    for (int k = 0; k < r.economies().size(); k++) {
      at.put(r.economies().get(k), k);
    }
    int[] where = new int[ne];
    for (int e = 0; e < ne; e++) {
      where[e] = at.getOrDefault(economies[e], -1);
    }
    for (int i = 0; i < ni; i++) {
      boolean nan = false;
      boolean pos = true;
      for (int e = 0; e < ne; e++) {
        int k = where[e];
        double x = k < 0 ? Double.NaN : r.normalised(i, k);
        norm[v][i][e] = x;
        if (Double.isNaN(x)) {
          nan = true;
          logs[v][i][e] = Double.NaN;
          continue;
        }
        double y = x;
        if (hasFloor ? y < floor : !(y > 0)) {
          if (hasFloor) {
            y = floor;
          } else {
            pos = false;
          }
        }
        logs[v][i][e] = Math.log(y);
      }
      rowNaN[v][i] = nan;
      rowPositive[v][i] = pos;
    }
  }

  /** Option index of each data slot for data variant v ≥ 1. */
  private int[] options(int v) {
    int x = v - 1;
    int[] o = new int[4];
    for (int s = 3; s >= 0; s--) {
      o[s] = x % radix[s];
      x /= radix[s];
    }
    return o;
  }

  private static Problem unknownLevel(String where, String level, List<String> known) {
    return new Problem(
        where,
        "unknown level '"
            + level
            + "'"
            + Names.closest(level, known).map(s -> " (did you mean '" + s + "'?)").orElse(""),
        "use one of " + String.join(", ", known));
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

  static int code(Aggregation a) {
    switch (a) {
      case ARITHMETIC:
        return ARITH;
      case GEOMETRIC:
        return GEOM;
      default:
        return HARM;
    }
  }

  public Framework framework() {
    return framework;
  }

  /** The nominal spec, with the assumptions' floor if they set one. */
  public PipelineSpec spec() {
    return nominalSpec;
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
    return norm.length;
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
   * Evaluates the index at points of the unit hypercube into its own preallocated buffers. Not
   * thread-safe: use one per thread. {@link #evaluate} allocates nothing.
   */
  public final class Evaluator {
    private final double[] wInd = new double[ni];
    private final double[] wAgg = new double[na];
    private final int[] method = new int[na];
    private final double[][] scores = new double[na][ne];
    private final boolean[] aggNaN = new boolean[na];
    private final double[] acc = new double[ne];
    private final double[] ws = new double[ne];
    private final double[] sorted = new double[ne];
    private final int[] order = new int[ne];
    private final double[] desc = new double[ne];
    private final int[] rank2 = new int[ne];
    private final int[] tiers = new int[ne];
    private final double[][] cost;
    private final int[][] start;
    private final double[] prefix = new double[ne + 1];
    private final double[] prefix2 = new double[ne + 1];
    private final double[] lower;
    private final int[] choice = new int[4];
    private int dropped = -1;
    private int variant;
    private int present;
    private String failure;

    private Evaluator() {
      int k = Math.max(tierCount, 1);
      cost = new double[k][ne + 1];
      start = new int[k][ne + 1];
      lower = new double[Math.max(k, ne)];
    }

    /** Evaluates the nominal spec. */
    public boolean evaluateNominal() {
      System.arraycopy(baseWInd, 0, wInd, 0, ni);
      System.arraycopy(baseWAgg, 0, wAgg, 0, na);
      System.arraycopy(nominalMethod, 0, method, 0, na);
      dropped = -1;
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
      System.arraycopy(baseWInd, 0, wInd, 0, ni);
      System.arraycopy(baseWAgg, 0, wAgg, 0, na);
      System.arraycopy(nominalMethod, 0, method, 0, na);
      dropped = -1;
      choice[0] = 0;
      choice[1] = 0;
      choice[2] = 0;
      choice[3] = 0;
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
              method[a] = m;
            }
            break;
          case K_LOO:
            dropped = f.dropped()[pick(u[f.offset()], f.dropped().length)];
            break;
          default:
            for (int s = 0; s < 4; s++) {
              if (dataFactor[s] == k) {
                choice[s] = pick(u[f.offset()], radix[s]);
              }
            }
        }
      }
      variant =
          1 + ((choice[0] * radix[1] + choice[1]) * radix[2] + choice[2]) * radix[3] + choice[3];
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
      double[][] nv = norm[variant];
      double[][] lv = logs[variant];
      boolean[] nanRow = rowNaN[variant];
      boolean[] posRow = rowPositive[variant];
      for (int a = na - 1; a >= 0; a--) {
        int[] ch = child[a];
        boolean[] isInd = childIsInd[a];
        int nc = ch.length;
        int how = method[a];
        double[] out = scores[a];
        boolean fast = true;
        for (int c = 0; c < nc; c++) {
          if (isInd[c] ? (nanRow[ch[c]] && ch[c] != dropped) : aggNaN[ch[c]]) {
            fast = false;
          }
        }
        Arrays.fill(acc, 0);
        double wsum = 0;
        if (!fast) {
          Arrays.fill(ws, 0);
        }
        for (int c = 0; c < nc; c++) {
          int id = ch[c];
          if (isInd[c] && id == dropped) {
            continue;
          }
          double w = isInd[c] ? wInd[id] : wAgg[id];
          wsum += w;
          double[] row;
          if (how == GEOM && isInd[c]) {
            if (!hasFloor && !posRow[id]) {
              return fail(a, id, true, nv[id]);
            }
            row = lv[id];
          } else {
            row = isInd[c] ? nv[id] : scores[id];
          }
          if (how == ARITH || (how == GEOM && isInd[c])) {
            if (fast) {
              for (int e = 0; e < ne; e++) {
                acc[e] += w * row[e];
              }
            } else {
              for (int e = 0; e < ne; e++) {
                double x = row[e];
                if (x == x) {
                  ws[e] += w;
                  acc[e] += w * x;
                }
              }
            }
          } else if (fast && how == GEOM) {
            // geometric over complete aggregate children: floor or check, then log
            for (int e = 0; e < ne; e++) {
              double x = row[e];
              if (hasFloor ? x < floor : !(x > 0)) {
                if (!hasFloor) {
                  return fail(a, id, isInd[c], row);
                }
                x = floor;
              }
              acc[e] += w * Math.log(x);
            }
          } else {
            // geometric over aggregate children, or harmonic: floor or check each value
            for (int e = 0; e < ne; e++) {
              double x = row[e];
              if (x != x) {
                continue;
              }
              if (hasFloor ? x < floor : !(x > 0)) {
                if (!hasFloor) {
                  return fail(a, id, isInd[c], row);
                }
                x = floor;
              }
              ws[e] += w;
              acc[e] += how == GEOM ? w * Math.log(x) : w / x;
            }
          }
        }
        boolean anyNaN = false;
        if (fast && wsum != 0 && how == ARITH) {
          // the common case as a branch-free loop the JIT vectorises
          for (int e = 0; e < ne; e++) {
            out[e] = acc[e] / wsum;
          }
        } else if (fast && wsum != 0 && how == GEOM) {
          for (int e = 0; e < ne; e++) {
            out[e] = Math.exp(acc[e] / wsum);
          }
        } else {
          for (int e = 0; e < ne; e++) {
            double s = fast ? wsum : ws[e];
            double r;
            if (s == 0) {
              r = Double.NaN;
            } else if (how == ARITH) {
              r = acc[e] / s;
            } else if (how == GEOM) {
              r = Math.exp(acc[e] / s);
            } else {
              r = s / acc[e];
            }
            out[e] = r;
            anyNaN |= r != r;
          }
        }
        aggNaN[a] = anyNaN;
        if (infinite(a, out, "the mean")) {
          return false;
        }
        if (relative) {
          double base = out[ref];
          if (!(base > 0)) {
            failure =
                "the reference's score on '" + framework.aggregates().get(a).id() + "' is " + base;
            return false;
          }
          for (int e = 0; e < ne; e++) {
            out[e] = out[e] / base;
          }
          if (infinite(a, out, "the division by the reference's score")) {
            return false;
          }
        }
      }
      rank();
      return true;
    }

    /** Sets the failure when a score of node a overflowed to ±∞ (see {@link Finite}). */
    private boolean infinite(int a, double[] out, String step) {
      for (int e = 0; e < ne; e++) {
        if (Double.isInfinite(out[e])) {
          failure =
              step
                  + " of '"
                  + framework.aggregates().get(a).id()
                  + "' overflows to "
                  + out[e]
                  + " for "
                  + economies[e]
                  + " under these weights and methods";
          return true;
        }
      }
      return false;
    }

    private boolean fail(int a, int id, boolean isInd, double[] row) {
      String node = framework.aggregates().get(a).id();
      String childId =
          isInd ? framework.indicators().get(id).id() : framework.aggregates().get(id).id();
      int e = 0;
      for (int k = 0; k < ne; k++) {
        if (!(row[k] > 0) && !Double.isNaN(row[k])) {
          e = k;
          break;
        }
      }
      failure =
          "a "
              + (method[a] == GEOM ? "geometric" : "harmonic")
              + " mean of '"
              + node
              + "' met '"
              + childId
              + "' = "
              + row[e]
              + " for "
              + economies[e];
      return false;
    }

    /**
     * Fractional ranks of the index, as {@link org.aidx.pipeline.rank.Ranking#descending}: ties
     * share the average of the ranks they span. Starts from the nominal order and sorts by
     * insertion, which costs about one pass plus the number of rank swaps a replication makes
     * relative to the nominal ranking (n²/2 comparisons at worst); cheaper than a general sort for
     * the few hundred economies of an index.
     */
    private void rank() {
      double[] s = scores[0];
      int[] p = order;
      double[] v = desc;
      int m = 0;
      for (int k = 0; k < ne; k++) {
        int e = nominalOrder[k];
        double x = s[e];
        if (x != x) {
          continue;
        }
        int j = m - 1;
        while (j >= 0 && x > v[j]) {
          v[j + 1] = v[j];
          p[j + 1] = p[j];
          j--;
        }
        v[j + 1] = x;
        p[j + 1] = e;
        m++;
      }
      present = m;
      int i = 0;
      while (i < m) {
        int j = i;
        double x = v[i];
        while (j + 1 < m && v[j + 1] == x) {
          j++;
        }
        int doubled = i + 1 + j + 1;
        for (int k = i; k <= j; k++) {
          rank2[p[k]] = doubled;
        }
        i = j + 1;
      }
      if (m < ne) {
        for (int e = 0; e < ne; e++) {
          if (s[e] != s[e]) {
            rank2[e] = 0;
          }
        }
      }
    }

    /**
     * Jenks tiers with the nominal tier count on this replication's scores, as {@link
     * org.aidx.pipeline.tier.Tiering#fixed}; tier 0 where the score is missing.
     */
    public int[] assignTiers() {
      int n = present;
      double[] s = scores[0];
      for (int k = 0; k < n; k++) {
        sorted[k] = desc[n - 1 - k];
      }
      if (n == 0) {
        Arrays.fill(tiers, 0);
        return tiers;
      }
      int distinct = 1;
      for (int i = 1; i < n; i++) {
        if (sorted[i] != sorted[i - 1]) {
          distinct++;
        }
      }
      int k = Math.min(tierCount, distinct);
      int nl;
      if (k >= n) {
        System.arraycopy(sorted, 0, lower, 0, n);
        nl = n;
      } else {
        for (int i = 0; i < n; i++) {
          prefix[i + 1] = prefix[i] + sorted[i];
          prefix2[i + 1] = prefix2[i] + sorted[i] * sorted[i];
        }
        for (int j = 1; j <= n; j++) {
          cost[0][j] = ssd(0, j);
        }
        for (int c = 1; c < k; c++) {
          for (int j = c + 1; j <= n; j++) {
            double best = Double.POSITIVE_INFINITY;
            int arg = c;
            for (int q = c; q < j; q++) {
              double v = cost[c - 1][q] + ssd(q, j);
              if (v < best) {
                best = v;
                arg = q;
              }
            }
            cost[c][j] = best;
            start[c][j] = arg;
          }
        }
        int j = n;
        for (int c = k - 1; c >= 1; c--) {
          int q = start[c][j];
          lower[c] = sorted[q];
          j = q;
        }
        lower[0] = sorted[0];
        nl = k;
      }
      for (int e = 0; e < ne; e++) {
        if (s[e] != s[e]) {
          tiers[e] = 0;
          continue;
        }
        int cls = 0;
        for (int j = 0; j < nl; j++) {
          if (s[e] >= lower[j]) {
            cls = j;
          }
        }
        tiers[e] = nl - cls;
      }
      return tiers;
    }

    private double ssd(int from, int to) {
      double m = to - from;
      double s = prefix[to] - prefix[from];
      return Math.max(0, prefix2[to] - prefix2[from] - s * s / m);
    }

    /** The index score of economy e in the last evaluation. */
    public double index(int e) {
      return scores[0][e];
    }

    /** The fractional rank of economy e (NaN when its index is missing). */
    public double rank(int e) {
      return rank2[e] == 0 ? Double.NaN : rank2[e] / 2.0;
    }

    /** Twice the rank, an integer (0 when missing), for exact histograms. */
    public int doubledRank(int e) {
      return rank2[e];
    }

    /** The score of aggregate node a (pre-order position) for economy e. */
    public double score(int a, int e) {
      return scores[a][e];
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
              out.add(Double.toString(f.nodeIsInd()[j] ? wInd[f.nodes()[j]] : wAgg[f.nodes()[j]]));
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
