package org.aidx.pipeline.rank;

import java.util.Arrays;

/**
 * Ranks with ties sharing the average of the ranks they span (fractional ranking). Missing values
 * (NaN) get a NaN rank.
 *
 * <p>Example, {@link #descending}: scores (0.9, 0.5, 0.9, 0.2) → ranks (1.5, 3, 1.5, 4).
 */
public final class Ranking {
  private Ranking() {}

  /** Rank 1 for the highest score. */
  public static void descending(double[] scores, double[] ranks) {
    rank(scores, ranks, true);
  }

  /** Rank 1 for the lowest value. */
  public static void ascending(double[] values, double[] ranks) {
    rank(values, ranks, false);
  }

  private static void rank(double[] v, double[] ranks, boolean descending) {
    int n = v.length;
    Integer[] order = new Integer[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(v[i])) {
        ranks[i] = Double.NaN;
      } else {
        order[m++] = i;
      }
    }
    Integer[] present = Arrays.copyOf(order, m);
    Arrays.sort(
        present, (a, b) -> descending ? Double.compare(v[b], v[a]) : Double.compare(v[a], v[b]));
    int i = 0;
    while (i < m) {
      int j = i;
      while (j + 1 < m && v[present[j + 1]] == v[present[i]]) {
        j++;
      }
      double shared = (i + 1 + j + 1) / 2.0;
      for (int k = i; k <= j; k++) {
        ranks[present[k]] = shared;
      }
      i = j + 1;
    }
  }
}
