package org.aidx.analysis.uncertainty;

import org.aidx.model.stats.Quantile;

/**
 * The robustness summary's quantiles, all by the one definition of {@link Quantile} (nearest rank:
 * the ⌈p·N⌉-th smallest of the N replications in which a value is present): of ranks held as a
 * histogram of doubled ranks, and of scores kept as floats. Scores beyond the pilot come from
 * {@link ScoreBins}, which reads the same rank from its counts.
 */
final class OrderStatistics {
  private OrderStatistics() {}

  /**
   * The p-quantile of ranks held as a histogram of doubled ranks: {@code h[b]} replications gave
   * rank b / 2, {@code h[0]} counts those where the rank was missing (not counted). NaN when no
   * rank was present. Example: h = (5, 0, 2, 0, 1, 0, 1), i.e. ranks 1, 1, 2, 3: median 1 (the
   * 2nd), 95% quantile 3 (the ⌈3.8⌉ = 4th).
   */
  static double doubledRank(int[] h, double p) {
    int b = Quantile.position(h, 1, p);
    return b < 0 ? Double.NaN : b / 2.0;
  }

  /** The p-quantiles of v[0..m) (each a float, none NaN), in the order of {@code ps}. */
  static double[] of(float[] v, int m, double... ps) {
    double[] x = new double[m];
    for (int i = 0; i < m; i++) {
      x[i] = v[i];
    }
    return Quantile.of(x, ps);
  }
}
