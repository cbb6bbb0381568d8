package org.aidx.analysis.uncertainty;

import java.util.Arrays;
import java.util.List;
import org.aidx.data.Dataset;
import org.aidx.framework.Framework;
import org.aidx.model.InputException;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.Prepared;
import org.aidx.pipeline.aggregate.CompiledTree;

/**
 * An index compiled for fast repeated evaluation under uncertain assumptions: the pipeline's own
 * two stages, run many times. Every discrete variant of the data (each combination of year,
 * imputation, treatment and normalisation options) goes once through the pipeline's data stage
 * ({@link Pipeline#prepare}) into the leaves of the pipeline's compiled core ({@link
 * CompiledTree}), with the logarithms that geometric means need. A replication then only picks a
 * variant, draws weights and methods into a {@link CompiledTree.Workspace}, and runs the same
 * aggregation, ranking and tiering kernels as {@link Pipeline#run}: see {@link Evaluator}, which
 * allocates nothing per replication. {@link #replay} regenerates any replication as a full {@link
 * IndexResult} through {@link Pipeline#run}. The jobs have their own classes: {@link
 * AssumptionCompiler} resolves the assumptions into factors, {@link DataVariants} prepares the data
 * variants, {@link Evaluator} runs replications and {@link Replay} regenerates one.
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
  private final int ref;

  /** The reference's position when scores are relative to it, else -1. */
  private final int scale;

  private final CompiledTree tree;
  private final AssumptionCompiler.Compiled compiled;
  private final DataVariants variants;
  private final double[] nominalRanks;
  private final int tierCount;

  /**
   * Relative tolerance of a replication's scores against the exact functions: {@link
   * org.aidx.pipeline.aggregate.BoundedExp#ERROR_BOUND} where geometric means of indicators are
   * made, a few ulp from square roots of products, both carried up through the means (which keep a
   * relative error) and doubled at most by division by the reference's score.
   */
  public static final double FAST_TOLERANCE = 2e-13;

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
    this.ref = nom.reference() == null ? -1 : nom.economyIndex(nom.reference());
    this.scale = fw.relativeToReference() && ref >= 0 ? ref : -1;
    this.tree = CompiledTree.of(fw, a -> method.aggregationOf(a.id()), method.scoreFloor());
    this.compiled = AssumptionCompiler.compile(fw, assumptions);
    this.variants =
        new DataVariants(tree, fw, data, method, compiled, nom.economies(), nominalData);
    nominalRanks = new double[economies.length];
    for (int e = 0; e < economies.length; e++) {
      nominalRanks[e] = nom.rank(e);
    }
    tierCount = nom.tiering().count();
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
    return Replay.of(evaluator(), variants, data, u);
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
    return compiled.dimension();
  }

  /** Number of precomputed data variants, the nominal one included. */
  public int variants() {
    return variants.count();
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
    return compiled.columns();
  }

  /** The assumptions' keys, one per factor, in order. */
  public List<String> factorKeys() {
    return Arrays.stream(compiled.factors()).map(f -> f.assumption().key()).toList();
  }

  /** Coordinates of each factor: factor k owns coordinates [offset, offset + width). */
  public int[][] factorCoordinates() {
    AssumptionCompiler.Factor[] factors = compiled.factors();
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
    return new Evaluator(tree, variants, compiled.factors(), economies, ref, scale, tierCount);
  }
}
