package org.aidx.analysis.region;

import java.util.HashSet;
import java.util.Set;
import org.hipparchus.random.RandomGenerator;

/**
 * Bootstrap stability of each group (Hennig 2007): draw n points with replacement, cluster them
 * again with the same method and k, and for each original group C find the best-matching new group
 * C* by the Jaccard similarity |C ∩ C*| / |C ∪ C*| (both restricted to the points drawn). The mean
 * over replicates is the group's stability: above 0.75 a group is usually called stable, below 0.5
 * it dissolves.
 */
public final class Stability {
  private Stability() {}

  /** |a ∩ b| / |a ∪ b|; 0 when both are empty. */
  public static double jaccard(Set<Integer> a, Set<Integer> b) {
    Set<Integer> inter = new HashSet<>(a);
    inter.retainAll(b);
    int union = a.size() + b.size() - inter.size();
    return union == 0 ? 0 : (double) inter.size() / union;
  }

  /** Mean bootstrap Jaccard per group of {@code p}, in group order. */
  public static double[] jaccard(
      double[][] x, Partition p, Clusterer method, int replicates, RandomGenerator random) {
    int n = x.length;
    int k = p.k();
    double[] sum = new double[k];
    int[] count = new int[k];
    Clusterer cheap = method.forResampling();
    for (int b = 0; b < replicates; b++) {
      int[] draw = new int[n];
      double[][] sample = new double[n][];
      for (int i = 0; i < n; i++) {
        draw[i] = random.nextInt(n);
        sample[i] = x[draw[i]];
      }
      Partition q = cheap.cluster(sample, Math.min(k, distinct(draw)), random);
      // the new group of each drawn original point (duplicates fall in the same group when the
      // method is k-means or Ward, since they are at distance 0)
      @SuppressWarnings("unchecked")
      Set<Integer>[] found = new Set[q.k()];
      for (int c = 0; c < q.k(); c++) {
        found[c] = new HashSet<>();
      }
      Set<Integer> drawn = new HashSet<>();
      for (int i = 0; i < n; i++) {
        found[q.label(i)].add(draw[i]);
        drawn.add(draw[i]);
      }
      for (int c = 0; c < k; c++) {
        Set<Integer> orig = new HashSet<>();
        for (int i : drawn) {
          if (p.label(i) == c) {
            orig.add(i);
          }
        }
        if (orig.isEmpty()) {
          continue;
        }
        double best = 0;
        for (Set<Integer> f : found) {
          best = Math.max(best, jaccard(orig, f));
        }
        sum[c] += best;
        count[c]++;
      }
    }
    double[] out = new double[k];
    for (int c = 0; c < k; c++) {
      out[c] = count[c] == 0 ? Double.NaN : sum[c] / count[c];
    }
    return out;
  }

  private static int distinct(int[] draw) {
    Set<Integer> s = new HashSet<>();
    for (int d : draw) {
      s.add(d);
    }
    return s.size();
  }
}
