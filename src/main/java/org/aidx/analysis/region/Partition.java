package org.aidx.analysis.region;

import java.util.Arrays;

/**
 * A partition of n points into k groups: the group of each point, numbered 0..k−1 by first
 * appearance (so equal partitions compare equal whatever order an algorithm found them in).
 */
public final class Partition {
  private final int[] labels;
  private final int k;

  private Partition(int[] labels, int k) {
    this.labels = labels;
    this.k = k;
  }

  /**
   * The partition given by arbitrary non-negative labels; relabelled 0..k−1 by first appearance.
   */
  public static Partition of(int[] labels) {
    int[] map = new int[Arrays.stream(labels).max().orElse(-1) + 1];
    Arrays.fill(map, -1);
    int[] out = new int[labels.length];
    int next = 0;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0) {
        throw new IllegalArgumentException("label " + labels[i] + " at " + i + " is negative");
      }
      if (map[labels[i]] < 0) {
        map[labels[i]] = next++;
      }
      out[i] = map[labels[i]];
    }
    return new Partition(out, next);
  }

  public int k() {
    return k;
  }

  public int size() {
    return labels.length;
  }

  public int label(int i) {
    return labels[i];
  }

  /** The labels (a copy). */
  public int[] labels() {
    return labels.clone();
  }

  /** Number of points in each group. */
  public int[] sizes() {
    int[] s = new int[k];
    for (int l : labels) {
      s[l]++;
    }
    return s;
  }

  /** Group means of the rows of x: [group][column]. */
  public double[][] centroids(double[][] x) {
    int d = x.length == 0 ? 0 : x[0].length;
    double[][] c = new double[k][d];
    int[] n = sizes();
    for (int i = 0; i < labels.length; i++) {
      for (int j = 0; j < d; j++) {
        c[labels[i]][j] += x[i][j] / n[labels[i]];
      }
    }
    return c;
  }

  /** W = Σ over groups Σ over members ‖xᵢ − centroid‖²: what k-means minimises. */
  public double withinSumOfSquares(double[][] x) {
    double[][] c = centroids(x);
    double w = 0;
    for (int i = 0; i < labels.length; i++) {
      w += squaredDistance(x[i], c[labels[i]]);
    }
    return w;
  }

  static double squaredDistance(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      double d = a[j] - b[j];
      s += d * d;
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Partition p && Arrays.equals(labels, p.labels);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(labels);
  }

  @Override
  public String toString() {
    return Arrays.toString(labels);
  }
}
