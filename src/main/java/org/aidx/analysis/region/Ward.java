package org.aidx.analysis.region;

import java.util.Arrays;
import org.hipparchus.random.RandomGenerator;

/**
 * Ward's hierarchical clustering: start from single points and repeatedly merge the two groups
 * whose merger raises the within-group sum of squares least, then cut the tree at k groups.
 * Deterministic. Computed with the nearest-neighbour chain (O(n²) time and memory) and the
 * Lance–Williams update on squared Euclidean distances: d(k, i∪j) = ((nᵢ+nₖ) d(k,i) + (nⱼ+nₖ)
 * d(k,j) − nₖ d(i,j)) / (nᵢ+nⱼ+nₖ). Points (0), (1), (10), (11) with k = 2 give {(0), (1)} and
 * {(10), (11)}.
 */
public record Ward() implements Clusterer {
  @Override
  public Partition cluster(double[][] x, int k, RandomGenerator random) {
    int n = x.length;
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("k = " + k + " for " + n + " points");
    }
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        d[i][j] = d[j][i] = Partition.squaredDistance(x[i], x[j]);
      }
    }
    int[] size = new int[n];
    Arrays.fill(size, 1);
    boolean[] active = new boolean[n];
    Arrays.fill(active, true);
    int[][] merges = new int[n - 1][2];
    double[] heights = new double[n - 1];
    int[] chain = new int[n];
    int top = 0;
    for (int m = 0; m < n - 1; m++) {
      if (top == 0) {
        for (int i = 0; i < n; i++) {
          if (active[i]) {
            chain[top++] = i;
            break;
          }
        }
      }
      while (true) {
        int a = chain[top - 1];
        int prev = top > 1 ? chain[top - 2] : -1;
        int best = -1;
        double bd = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
          // ties go to the previous chain element, so the chain cannot cycle
          if (active[i] && i != a && (d[a][i] < bd || (d[a][i] == bd && i == prev))) {
            bd = d[a][i];
            best = i;
          }
        }
        if (best == prev) {
          top -= 2;
          int i = Math.min(a, best);
          int j = Math.max(a, best);
          merges[m][0] = i;
          merges[m][1] = j;
          heights[m] = bd;
          for (int o = 0; o < n; o++) {
            if (active[o] && o != i && o != j) {
              double v =
                  ((size[i] + size[o]) * d[o][i]
                          + (size[j] + size[o]) * d[o][j]
                          - size[o] * d[i][j])
                      / (size[i] + size[j] + size[o]);
              d[o][i] = d[i][o] = v;
            }
          }
          size[i] += size[j];
          active[j] = false;
          break;
        }
        chain[top++] = best;
      }
    }
    // apply the n − k cheapest merges (Ward's heights are monotone, so this cuts the tree)
    Integer[] order = new Integer[n - 1];
    for (int m = 0; m < n - 1; m++) {
      order[m] = m;
    }
    Arrays.sort(order, (p, q) -> Double.compare(heights[p], heights[q]));
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int t = 0; t < n - k; t++) {
      int[] mg = merges[order[t]];
      parent[find(parent, mg[1])] = find(parent, mg[0]);
    }
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = find(parent, i);
    }
    return Partition.of(labels);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  @Override
  public String describe() {
    return "ward";
  }

  @Override
  public Clusterer forResampling() {
    return this;
  }
}
