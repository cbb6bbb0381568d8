package org.aidx.pipeline.rank;

import org.aidx.model.stats.FractionalRanking;
import org.aidx.model.stats.FractionalRanking.Order;

/**
 * Ranks with ties sharing the average of the ranks they span (fractional ranking). Missing values
 * (NaN) get a NaN rank. Computed by the one ranking rule, {@link FractionalRanking}, which the
 * Monte Carlo uses too.
 *
 * <p>Example, {@link #descending}: scores (0.9, 0.5, 0.9, 0.2) → ranks (1.5, 3, 1.5, 4).
 */
public final class Ranking {
  private Ranking() {}

  /** Rank 1 for the highest score. */
  public static void descending(double[] scores, double[] ranks) {
    double[] r = FractionalRanking.of(scores, Order.DESCENDING);
    System.arraycopy(r, 0, ranks, 0, r.length);
  }

  /** Rank 1 for the lowest value. */
  public static void ascending(double[] values, double[] ranks) {
    double[] r = FractionalRanking.of(values, Order.ASCENDING);
    System.arraycopy(r, 0, ranks, 0, r.length);
  }
}
