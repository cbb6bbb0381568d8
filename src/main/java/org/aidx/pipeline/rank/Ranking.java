package org.aidx.pipeline.rank;

/**
 * Ranks with ties sharing the average of the ranks they span (fractional ranking). Missing values
 * (NaN) get a NaN rank. Computed by the kernel the Monte Carlo uses, {@link FractionalRanks}.
 *
 * <p>Example, {@link #descending}: scores (0.9, 0.5, 0.9, 0.2) → ranks (1.5, 3, 1.5, 4).
 */
public final class Ranking {
  private Ranking() {}

  /** Rank 1 for the highest score. */
  public static void descending(double[] scores, double[] ranks) {
    FractionalRanks k = new FractionalRanks(scores.length);
    k.rank(scores);
    for (int e = 0; e < scores.length; e++) {
      ranks[e] = k.rank(e);
    }
  }

  /** Rank 1 for the lowest value. */
  public static void ascending(double[] values, double[] ranks) {
    double[] negated = new double[values.length];
    for (int e = 0; e < values.length; e++) {
      negated[e] = -values[e];
    }
    descending(negated, ranks);
  }
}
