package org.aidx.pipeline.tier;

/**
 * The Jenks natural-breaks kernel: Fisher's exact optimal partition of sorted values into k classes
 * minimising the within-class sum of squared deviations, into preallocated buffers. Used by {@link
 * Tiering} and by every Monte Carlo replication. Example: (1, 2, 3, 10, 11, 12) in 2 classes →
 * lower bounds (1, 10). Not thread-safe; one per thread.
 */
public final class Jenks {
  private final int capacity;
  private final double[][] cost;
  private final int[][] start;
  private final double[] prefix;
  private final double[] prefix2;

  /** Buffers for up to {@code n} values in up to {@code maxClasses} classes. */
  public Jenks(int n, int maxClasses) {
    capacity = n;
    int k = Math.max(maxClasses, 1);
    cost = new double[k][n + 1];
    start = new int[k][n + 1];
    prefix = new double[n + 1];
    prefix2 = new double[n + 1];
  }

  /**
   * The lower bound of each of k classes of {@code sorted[0..n)} (ascending), ascending, into
   * {@code lower}; with k ≥ n every value is its own class.
   *
   * @return the number of classes written
   */
  public int breaks(double[] sorted, int n, int k, double[] lower) {
    if (n > capacity || k > cost.length && k < n) {
      throw new IllegalArgumentException(
          "Jenks buffers hold " + capacity + " values in " + cost.length + " classes");
    }
    if (k >= n) {
      System.arraycopy(sorted, 0, lower, 0, n);
      return n;
    }
    for (int i = 0; i < n; i++) {
      prefix[i + 1] = prefix[i] + sorted[i];
      prefix2[i + 1] = prefix2[i] + sorted[i] * sorted[i];
    }
    // cost[c][j]: least SDCM of the first j values in c+1 classes; start[c][j]: first index of the
    // last class
    for (int j = 1; j <= n; j++) {
      cost[0][j] = ssd(0, j);
    }
    for (int c = 1; c < k; c++) {
      for (int j = c + 1; j <= n; j++) {
        double best = Double.POSITIVE_INFINITY;
        int arg = c;
        for (int s = c; s < j; s++) {
          double v = cost[c - 1][s] + ssd(s, j);
          if (v < best) {
            best = v;
            arg = s;
          }
        }
        cost[c][j] = best;
        start[c][j] = arg;
      }
    }
    int j = n;
    for (int c = k - 1; c >= 1; c--) {
      int s = start[c][j];
      lower[c] = sorted[s];
      j = s;
    }
    lower[0] = sorted[0];
    return k;
  }

  private double ssd(int from, int to) {
    double m = to - from;
    double s = prefix[to] - prefix[from];
    return Math.max(0, prefix2[to] - prefix2[from] - s * s / m);
  }

  /** Number of distinct values of {@code sorted[0..n)} (ascending). */
  public static int distinct(double[] sorted, int n) {
    if (n == 0) {
      return 0;
    }
    int d = 1;
    for (int i = 1; i < n; i++) {
      if (Double.doubleToLongBits(sorted[i]) != Double.doubleToLongBits(sorted[i - 1])) {
        d++;
      }
    }
    return d;
  }

  /**
   * Tier of each score given ascending class lower bounds: 1 for the top class, 0 where the score
   * is missing.
   */
  public static void assign(double[] scores, double[] lower, int classes, int[] tiers) {
    for (int e = 0; e < scores.length; e++) {
      tiers[e] = tier(scores[e], lower, classes);
    }
  }

  /**
   * The one tier rule: the tier of a score given ascending class lower bounds, 1 for the top class;
   * a score below the lowest bound (possible under another run's breaks) is in the last tier; 0 for
   * a missing score. Example: lower bounds (0.3, 0.8) put 0.85 in tier 1, 0.5 and 0.1 in tier 2.
   */
  public static int tier(double score, double[] lower, int classes) {
    if (score != score || classes == 0) {
      return 0;
    }
    int cls = 0;
    for (int j = 0; j < classes; j++) {
      if (score >= lower[j]) {
        cls = j;
      }
    }
    return classes - cls;
  }
}
