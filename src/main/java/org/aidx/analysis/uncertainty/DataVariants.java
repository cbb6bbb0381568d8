package org.aidx.analysis.uncertainty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.aidx.analysis.uncertainty.AssumptionCompiler.Factor;
import org.aidx.data.Dataset;
import org.aidx.framework.Framework;
import org.aidx.model.InputException;
import org.aidx.model.Problem;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.Prepared;
import org.aidx.pipeline.aggregate.CompiledTree;

/**
 * Every discrete variant of the data, each combination of year, imputation, treatment,
 * normalisation and indicator options, run once through the pipeline's data stage ({@link
 * Pipeline#prepare}) into the leaves of the compiled tree. Variant 0 is the nominal methodology;
 * variant v ≥ 1 is the mixed-radix number of its options (see {@link #index}). Example: under the
 * CICC defaults, 3 imputations × 2 treatments × 2 normalisations give 13 variants.
 */
final class DataVariants {
  private final Framework framework;
  private final Methodology nominal;
  private final Factor[] factors;
  private final int[] dataFactor;
  // options of each slot (1 when not sampled)
  private final int[] radix = new int[AssumptionCompiler.SLOTS];
  private final CompiledTree.Leaves[] leaves;

  /**
   * Prepares every variant, the others in parallel, each into its own slot.
   *
   * @param nominalData the data stage of the nominal methodology, variant 0
   * @throws InputException naming each combination of options under which the pipeline cannot run
   */
  DataVariants(
      CompiledTree tree,
      Framework fw,
      Dataset data,
      Methodology method,
      AssumptionCompiler.Compiled compiled,
      List<String> economies,
      Prepared nominalData) {
    this.framework = fw;
    this.nominal = method;
    this.factors = compiled.factors();
    this.dataFactor = compiled.dataFactor();
    for (int s = 0; s < AssumptionCompiler.SLOTS; s++) {
      radix[s] = dataFactor[s] < 0 ? 1 : assumption(s).size();
    }
    int nv = 1 + radix[0] * radix[1] * radix[2] * radix[3] * radix[4];
    leaves = new CompiledTree.Leaves[nv];
    leaves[0] = fill(tree, economies, nominalData);
    @SuppressWarnings("unchecked")
    List<Problem>[] variantProblems = new List[nv];
    IntStream.range(1, nv)
        .parallel()
        .forEach(v -> variantProblems[v] = prepare(v, tree, data, economies));
    List<Problem> problems = new ArrayList<>();
    for (int v = 1; v < nv; v++) {
      problems.addAll(variantProblems[v]);
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }

  /** Number of variants, the nominal one included. */
  int count() {
    return leaves.length;
  }

  CompiledTree.Leaves leaves(int v) {
    return leaves[v];
  }

  /** Options of data slot s. */
  int radix(int s) {
    return radix[s];
  }

  /** The position of slot s's factor, or -1 when that slot is not sampled. */
  int factorOf(int s) {
    return dataFactor[s];
  }

  /** The variant of the options {@code choice} (one per slot). */
  int index(int[] choice) {
    return 1
        + (((choice[0] * radix[1] + choice[1]) * radix[2] + choice[2]) * radix[3] + choice[3])
            * radix[4]
        + choice[4];
  }

  /** Normalises variant v ≥ 1 through the pipeline; returns its problems (none if it ran). */
  private List<Problem> prepare(int v, CompiledTree tree, Dataset data, List<String> economies) {
    List<Problem> out = new ArrayList<>();
    List<String> label = new ArrayList<>();
    int[] o = options(v);
    Methodology m = methodology(o, label);
    try {
      leaves[v] = fill(tree, economies, Pipeline.prepare(framework(o, label), data, m));
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
  Framework framework(int[] o, List<String> label) {
    Framework fw = framework;
    if (dataFactor[4] >= 0) {
      Assumption.DataVariant a = assumption(4);
      fw = a.applyTo(fw, o[4]);
      label.add(a.describe(o[4]));
    }
    return fw;
  }

  /**
   * The nominal methodology with the year, imputation, treatment, normalisation and indicator
   * options {@code o}: each data assumption applies its own option to the methodology (the
   * indicator choice's label is added by {@link #framework}).
   */
  Methodology methodology(int[] o, List<String> label) {
    Methodology out = nominal;
    for (int slot = 0; slot < AssumptionCompiler.SLOTS; slot++) {
      if (dataFactor[slot] >= 0) {
        Assumption.DataVariant a = assumption(slot);
        out = a.applyTo(out, o[slot]);
        if (slot < 4) {
          label.add(a.describe(o[slot]));
        }
      }
    }
    return out;
  }

  private Assumption.DataVariant assumption(int slot) {
    return (Assumption.DataVariant) factors[dataFactor[slot]].assumption();
  }

  /** The normalised indicators of one variant, on the nominal economies (NaN where absent). */
  private static CompiledTree.Leaves fill(CompiledTree tree, List<String> economies, Prepared r) {
    Map<String, Integer> at = new HashMap<>();
    for (int k = 0; k < r.economies().size(); k++) {
      at.put(r.economies().get(k), k);
    }
    int ne = economies.size();
    int ni = tree.indicators();
    double[][] norm = new double[ni][ne];
    for (int e = 0; e < ne; e++) {
      int k = at.getOrDefault(economies.get(e), -1);
      for (int i = 0; i < ni; i++) {
        norm[i][e] = k < 0 ? Double.NaN : r.normalised(i, k);
      }
    }
    return tree.leaves(norm);
  }

  /** Option index of each data slot for variant v ≥ 1. */
  private int[] options(int v) {
    int x = v - 1;
    int[] o = new int[AssumptionCompiler.SLOTS];
    for (int s = AssumptionCompiler.SLOTS - 1; s >= 0; s--) {
      o[s] = x % radix[s];
      x /= radix[s];
    }
    return o;
  }
}
