package org.aidx.pipeline.tier;

import java.util.Arrays;

/**
 * Tiers by Jenks natural breaks (Fisher's exact optimal partition of sorted values into k classes
 * minimising the within-class sum of squared deviations). Tier 1 holds the highest scores.
 *
 * <p>With {@code count} null the number of tiers is chosen from the data: the smallest k in 2 ..
 * {@code maxTiers} whose goodness of variance fit, GVF = 1 − SDCM/SDAM, reaches {@code minGvf}.
 * Example: (1, 2, 3, 10, 11, 12) → k = 2, tiers (2, 2, 2, 1, 1, 1), GVF = 1 − 4/125.5 ≈ 0.968.
 *
 * @param count a fixed number of tiers, or null to choose it
 * @param minGvf the GVF the chosen k must reach (0 &lt; minGvf ≤ 1)
 * @param maxTiers the largest k tried
 */
public record Tiering(Integer count, double minGvf, int maxTiers) {
  public Tiering {
    if (count != null && count < 1) {
      throw new IllegalArgumentException("the number of tiers must be at least 1, got " + count);
    }
    if (!(minGvf > 0 && minGvf <= 1)) {
      throw new IllegalArgumentException("minimum GVF must be in (0, 1], got " + minGvf);
    }
    if (maxTiers < 1) {
      throw new IllegalArgumentException("maxTiers must be at least 1, got " + maxTiers);
    }
  }

  public static Tiering automatic() {
    return new Tiering(null, 0.9, 6);
  }

  public static Tiering fixed(int k) {
    return new Tiering(k, 0.9, Math.max(k, 1));
  }

  public String label() {
    return count == null
        ? "jenks:auto(gvf>=" + minGvf + ",max=" + maxTiers + ")"
        : "jenks:" + count;
  }

  /**
   * The tiers of a set of scores.
   *
   * @param tiers tier per score (1 = top), 0 where the score is NaN
   * @param breaks the lowest score of each tier, tier 1 first
   * @param gvf goodness of variance fit of the partition
   */
  public record Result(int count, int[] tiers, double[] breaks, double gvf) {}

  public Result assign(double[] scores) {
    double[] present = Arrays.stream(scores).filter(x -> !Double.isNaN(x)).sorted().toArray();
    int n = present.length;
    int[] tiers = new int[scores.length];
    if (n == 0) {
      return new Result(0, tiers, new double[0], Double.NaN);
    }
    int distinct = Jenks.distinct(present, n);
    int k;
    double[] lower;
    if (count != null) {
      k = Math.min(count, distinct);
      lower = jenks(present, k);
    } else {
      k = 1;
      lower = new double[] {present[0]};
      for (int c = 2; c <= Math.min(maxTiers, distinct); c++) {
        k = c;
        lower = jenks(present, c);
        if (gvf(present, lower) >= minGvf) {
          break;
        }
      }
    }
    // lower[j] is the smallest value of class j (ascending classes); tier 1 is the top class
    Jenks.assign(scores, lower, lower.length, tiers);
    double[] breaks = new double[lower.length];
    for (int j = 0; j < lower.length; j++) {
      breaks[j] = lower[lower.length - 1 - j];
    }
    return new Result(k, tiers, breaks, gvf(present, lower));
  }

  /** Fisher–Jenks dynamic programme; returns the lower bound of each of k classes, ascending. */
  static double[] jenks(double[] sorted, int k) {
    int n = sorted.length;
    double[] lower = new double[Math.min(k, n)];
    new Jenks(n, Math.min(k, n)).breaks(sorted, n, k, lower);
    return lower;
  }

  static double gvf(double[] sorted, double[] lower) {
    double mean = Arrays.stream(sorted).average().orElse(0);
    double sdam = Arrays.stream(sorted).map(x -> (x - mean) * (x - mean)).sum();
    if (sdam == 0) {
      return 1;
    }
    double sdcm = 0;
    for (int c = 0; c < lower.length; c++) {
      double lo = lower[c];
      double hi = c + 1 < lower.length ? lower[c + 1] : Double.POSITIVE_INFINITY;
      double[] cls = Arrays.stream(sorted).filter(x -> x >= lo && x < hi).toArray();
      double m = Arrays.stream(cls).average().orElse(0);
      sdcm += Arrays.stream(cls).map(x -> (x - m) * (x - m)).sum();
    }
    return 1 - sdcm / sdam;
  }
}
