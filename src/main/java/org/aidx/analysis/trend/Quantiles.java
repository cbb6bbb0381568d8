package org.aidx.analysis.trend;

import java.util.Arrays;
import org.aidx.model.stats.Quantile;

/**
 * Percentile intervals of bootstrap replicates: the 2.5% and 97.5% quantiles by aidx's one
 * definition ({@link Quantile}, nearest rank) of the replicates that converged.
 */
final class Quantiles {
  private Quantiles() {}

  /** The q-quantile (0 < q ≤ 1) of the finite values among the first {@code n}; NaN if none. */
  static double of(double[] values, int n, double q) {
    // a replicate whose fit diverged (±∞) or failed (NaN) is not counted
    return Quantile.of(Arrays.stream(values, 0, n).filter(Double::isFinite).toArray(), q);
  }

  /** A 95% percentile interval around {@code value}. */
  static Estimate interval(String name, double value, double[] reps, int n) {
    return new Estimate(name, value, of(reps, n, 0.025), of(reps, n, 0.975));
  }
}
