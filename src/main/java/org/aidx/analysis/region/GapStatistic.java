package org.aidx.analysis.region;

import org.hipparchus.random.RandomGenerator;

/**
 * The gap statistic (Tibshirani, Walther and Hastie 2001): Gap(k) = mean over B reference data sets
 * of ln W*ₖ − ln Wₖ, where W is the within-group sum of squares and each reference set draws the
 * same number of points uniformly in the bounding box of the data (each column between its minimum
 * and maximum). sₖ = sd(ln W*ₖ) √(1 + 1/B). The choice is the smallest k with Gap(k) ≥ Gap(k+1) −
 * s₍ₖ₊₁₎.
 *
 * @param ks 1, 2, …, kmax
 * @param gap Gap(k) in the order of ks
 * @param se sₖ in the order of ks
 * @param chosen the k chosen by the rule (kmax when the rule never holds)
 */
public record GapStatistic(int[] ks, double[] gap, double[] se, int chosen) {
  /** Computes Gap(1..kmax) with {@code references} reference sets, clustered by {@code method}. */
  public static GapStatistic of(
      double[][] x, int kmax, Clusterer method, int references, RandomGenerator random) {
    int n = x.length;
    int d = x[0].length;
    double[] lo = new double[d];
    double[] hi = new double[d];
    java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        lo[j] = Math.min(lo[j], row[j]);
        hi[j] = Math.max(hi[j], row[j]);
      }
    }
    double[][] logRef = new double[kmax][references];
    Clusterer cheap = method.forResampling();
    for (int b = 0; b < references; b++) {
      double[][] ref = new double[n][d];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < d; j++) {
          ref[i][j] = lo[j] + random.nextDouble() * (hi[j] - lo[j]);
        }
      }
      for (int k = 1; k <= kmax; k++) {
        logRef[k - 1][b] = Math.log(cheap.cluster(ref, k, random).withinSumOfSquares(ref));
      }
    }
    int[] ks = new int[kmax];
    double[] gap = new double[kmax];
    double[] se = new double[kmax];
    for (int k = 1; k <= kmax; k++) {
      double w = method.cluster(x, k, random).withinSumOfSquares(x);
      double mean = 0;
      for (double v : logRef[k - 1]) {
        mean += v / references;
      }
      double var = 0;
      for (double v : logRef[k - 1]) {
        var += (v - mean) * (v - mean) / references;
      }
      ks[k - 1] = k;
      gap[k - 1] = mean - Math.log(w);
      se[k - 1] = Math.sqrt(var) * Math.sqrt(1 + 1.0 / references);
    }
    int chosen = kmax;
    for (int k = 1; k < kmax; k++) {
      if (gap[k - 1] >= gap[k] - se[k]) {
        chosen = k;
        break;
      }
    }
    return new GapStatistic(ks, gap, se, chosen);
  }

  public GapStatistic {
    ks = ks.clone();
    gap = gap.clone();
    se = se.clone();
  }

  @Override
  public int[] ks() {
    return ks.clone();
  }

  @Override
  public double[] gap() {
    return gap.clone();
  }

  @Override
  public double[] se() {
    return se.clone();
  }
}
