package org.aidx.testing;

import java.util.Arrays;
import org.aidx.pipeline.tier.Tiering;

/**
 * Jenks natural breaks from the definition, for the test oracle: every partition of the sorted
 * distinct scores into k contiguous classes is tried and the one with the least within-class sum of
 * squared deviations (SDCM) kept; equal scores share a class. No dynamic programme and no code
 * shared with {@code pipeline/tier}: the cost is C(d − 1, k − 1) partitions for d distinct scores,
 * fine for the few dozen economies of the random indices.
 *
 * <p>The number of classes follows {@link Tiering}'s rule: min(count, d) when fixed; otherwise the
 * smallest k in 2 .. min(maxTiers, d) whose goodness of variance fit 1 − SDCM/SDAM reaches minGvf
 * (the largest tried when none does), 1 when every score is equal. Tier 1 is the top class.
 */
public final class PlainJenks {
  private PlainJenks() {}

  /** Tier per score (1 = top), 0 where the score is NaN. */
  public static int[] tiers(double[] scores, Tiering rule) {
    double[] v = Arrays.stream(scores).filter(x -> !Double.isNaN(x)).sorted().distinct().toArray();
    int d = v.length;
    int[] out = new int[scores.length];
    if (d == 0) {
      return out;
    }
    int[] cuts;
    if (rule.count() != null) {
      cuts = best(scores, v, Math.min(rule.count(), d));
    } else {
      cuts = new int[] {0};
      double sdam = sdam(scores);
      for (int k = 2; k <= Math.min(rule.maxTiers(), d); k++) {
        cuts = best(scores, v, k);
        double gvf = sdam == 0 ? 1 : 1 - cost(scores, v, cuts) / sdam;
        if (gvf >= rule.minGvf()) {
          break;
        }
      }
    }
    for (int e = 0; e < scores.length; e++) {
      if (!Double.isNaN(scores[e])) {
        int j = cuts.length - 1;
        while (v[cuts[j]] > scores[e]) {
          j--;
        }
        out[e] = cuts.length - j;
      }
    }
    return out;
  }

  /**
   * The within-tier sum of squared deviations of the scores present under the given tiers, each
   * tier's mean computed first: for comparing two partitions that both claim to be optimal.
   */
  public static double sdcm(double[] scores, int[] tiers) {
    int top = Arrays.stream(tiers).max().orElse(0);
    double total = 0;
    for (int t = 1; t <= top; t++) {
      double sum = 0;
      int n = 0;
      for (int e = 0; e < scores.length; e++) {
        if (tiers[e] == t) {
          sum += scores[e];
          n++;
        }
      }
      double mean = sum / n;
      for (int e = 0; e < scores.length; e++) {
        if (tiers[e] == t) {
          total += (scores[e] - mean) * (scores[e] - mean);
        }
      }
    }
    return total;
  }

  /** The sum of squared deviations of the scores present from their mean. */
  public static double sdam(double[] scores) {
    double[] p = Arrays.stream(scores).filter(x -> !Double.isNaN(x)).toArray();
    double mean = Arrays.stream(p).average().orElse(0);
    return Arrays.stream(p).map(x -> (x - mean) * (x - mean)).sum();
  }

  /** The first distinct value of each of k classes (ascending) of the least SDCM. */
  private static int[] best(double[] scores, double[] v, int k) {
    double[][] cls = classCosts(scores, v);
    int[] cuts = new int[k];
    int[] bestCuts = new int[k];
    double[] best = {Double.POSITIVE_INFINITY};
    search(cls, v.length, cuts, 1, best, bestCuts);
    return bestCuts;
  }

  private static void search(
      double[][] cls, int d, int[] cuts, int j, double[] best, int[] bestCuts) {
    int k = cuts.length;
    if (j == k) {
      double c = 0;
      for (int t = 0; t < k; t++) {
        c += cls[cuts[t]][t + 1 < k ? cuts[t + 1] - 1 : d - 1];
      }
      if (c < best[0]) {
        best[0] = c;
        System.arraycopy(cuts, 0, bestCuts, 0, k);
      }
      return;
    }
    // class j starts after class j − 1's first value and leaves a value for each later class
    for (int s = cuts[j - 1] + 1; s <= d - (k - j); s++) {
      cuts[j] = s;
      search(cls, d, cuts, j + 1, best, bestCuts);
    }
  }

  /** cls[i][j]: the SDCM of one class holding the scores from v[i] to v[j], its mean first. */
  private static double[][] classCosts(double[] scores, double[] v) {
    int d = v.length;
    double[][] cls = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = i; j < d; j++) {
        double sum = 0;
        int n = 0;
        for (double x : scores) {
          if (x >= v[i] && x <= v[j]) {
            sum += x;
            n++;
          }
        }
        double mean = sum / n;
        double c = 0;
        for (double x : scores) {
          if (x >= v[i] && x <= v[j]) {
            c += (x - mean) * (x - mean);
          }
        }
        cls[i][j] = c;
      }
    }
    return cls;
  }

  /** SDCM of the partition whose classes start at the distinct values v[cuts[j]]. */
  private static double cost(double[] scores, double[] v, int[] cuts) {
    int[] tiers = new int[scores.length];
    for (int e = 0; e < scores.length; e++) {
      if (!Double.isNaN(scores[e])) {
        int j = cuts.length - 1;
        while (v[cuts[j]] > scores[e]) {
          j--;
        }
        tiers[e] = j + 1;
      }
    }
    return sdcm(scores, tiers);
  }
}
