package org.aidx.analysis.region;

/**
 * The mean silhouette width of a partition (Rousseeuw 1987): for each point, a = mean Euclidean
 * distance to the other members of its group, b = the smallest mean distance to another group's
 * members, s = (b − a) / max(a, b), and s = 0 for a point alone in its group. Near 1: tight,
 * well-separated groups; near 0: overlapping. Points (0), (1), (10), (11) split in two: s = 0.9 for
 * (0) (a = 1, b = 10.5, s = 9.5 / 10.5 ≈ 0.905 — see the test for every point).
 */
public final class Silhouette {
  private Silhouette() {}

  /** The silhouette of each point. */
  public static double[] widths(double[][] x, Partition p) {
    int n = x.length;
    int k = p.k();
    int[] sizes = p.sizes();
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      double[] sum = new double[k];
      for (int j = 0; j < n; j++) {
        if (j != i) {
          sum[p.label(j)] += Math.sqrt(Partition.squaredDistance(x[i], x[j]));
        }
      }
      int own = p.label(i);
      if (sizes[own] == 1) {
        s[i] = 0;
        continue;
      }
      double a = sum[own] / (sizes[own] - 1);
      double b = Double.POSITIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        if (c != own) {
          b = Math.min(b, sum[c] / sizes[c]);
        }
      }
      double m = Math.max(a, b);
      s[i] = m == 0 ? 0 : (b - a) / m;
    }
    return s;
  }

  /** The mean silhouette width; needs 2 ≤ k. */
  public static double mean(double[][] x, Partition p) {
    if (p.k() < 2) {
      throw new IllegalArgumentException("the silhouette needs at least 2 groups");
    }
    double t = 0;
    for (double v : widths(x, p)) {
      t += v;
    }
    return t / x.length;
  }
}
