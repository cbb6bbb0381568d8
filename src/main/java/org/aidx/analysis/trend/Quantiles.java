package org.aidx.analysis.trend;

import java.util.Arrays;

/** Percentile intervals of bootstrap replicates (linear interpolation between order statistics). */
final class Quantiles {
  private Quantiles() {}

  /** The q-quantile (0 ≤ q ≤ 1) of the finite values among the first {@code n}; NaN if none. */
  static double of(double[] values, int n, double q) {
    double[] v = Arrays.stream(values, 0, n).filter(Double::isFinite).sorted().toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    double pos = q * (v.length - 1);
    int i = (int) Math.floor(pos);
    int j = Math.min(v.length - 1, i + 1);
    return v[i] + (pos - i) * (v[j] - v[i]);
  }

  /** A 95% percentile interval around {@code value}. */
  static Estimate interval(String name, double value, double[] reps, int n) {
    return new Estimate(name, value, of(reps, n, 0.025), of(reps, n, 0.975));
  }
}
