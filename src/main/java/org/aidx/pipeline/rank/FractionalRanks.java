package org.aidx.pipeline.rank;

import java.util.Arrays;

/**
 * The ranking kernel: fractional descending ranks of a fixed number of scores into preallocated
 * buffers, as twice the rank (an integer; 0 where the score is missing). Ties share the average of
 * the ranks they span. Example: (0.9, 0.5, 0.9, NaN) → doubled ranks (3, 6, 3, 0), i.e. ranks (1.5,
 * 3, 1.5, missing).
 *
 * <p>The first call sorts; every later call starts from the previous call's order and sorts by
 * insertion, which costs one pass plus the number of rank swaps between the two calls: cheap for
 * the Monte Carlo, whose replications move few economies. Not thread-safe; one per thread. {@link
 * #rank} allocates nothing after the first call.
 */
public final class FractionalRanks {
  private final int n;
  private final int[] order;
  private final int[] next;
  private final double[] descending;
  private final int[] doubled;
  private boolean primed;
  private int present;

  public FractionalRanks(int n) {
    this.n = n;
    order = new int[n];
    next = new int[n];
    descending = new double[n];
    doubled = new int[n];
  }

  /**
   * Ranks {@code scores} (length n), the highest first.
   *
   * @return the number of scores present
   */
  public int rank(double[] scores) {
    if (scores.length != n) {
      throw new IllegalArgumentException("expected " + n + " scores, got " + scores.length);
    }
    if (!primed) {
      prime(scores);
    }
    int[] p = next;
    double[] v = descending;
    int m = 0;
    for (int k = 0; k < n; k++) {
      int e = order[k];
      double x = scores[e];
      if (x != x) {
        continue;
      }
      int j = m - 1;
      while (j >= 0 && x > v[j]) {
        v[j + 1] = v[j];
        p[j + 1] = p[j];
        j--;
      }
      v[j + 1] = x;
      p[j + 1] = e;
      m++;
    }
    present = m;
    int i = 0;
    while (i < m) {
      int j = i;
      double x = v[i];
      while (j + 1 < m && v[j + 1] == x) {
        j++;
      }
      int d = i + 1 + j + 1;
      for (int k = i; k <= j; k++) {
        doubled[p[k]] = d;
      }
      i = j + 1;
    }
    if (m < n) {
      for (int e = 0; e < n; e++) {
        if (scores[e] != scores[e]) {
          doubled[e] = 0;
          p[m++] = e;
        }
      }
    }
    System.arraycopy(p, 0, order, 0, n);
    return present;
  }

  /** The first order: a full sort, descending, missing scores last. */
  private void prime(double[] scores) {
    Integer[] idx = new Integer[n];
    for (int e = 0; e < n; e++) {
      idx[e] = e;
    }
    Arrays.sort(
        idx,
        (a, b) -> {
          double x = scores[a];
          double y = scores[b];
          boolean nx = x != x;
          boolean ny = y != y;
          if (nx || ny) {
            return Boolean.compare(nx, ny);
          }
          return Double.compare(y, x);
        });
    for (int k = 0; k < n; k++) {
      order[k] = idx[k];
    }
    primed = true;
  }

  /** Twice the rank of economy e in the last call, 0 when its score is missing. */
  public int doubledRank(int e) {
    return doubled[e];
  }

  /** The rank of economy e in the last call, NaN when its score is missing. */
  public double rank(int e) {
    return doubled[e] == 0 ? Double.NaN : doubled[e] / 2.0;
  }

  /** Number of scores present in the last call. */
  public int present() {
    return present;
  }

  /** The k-th highest score present in the last call (k from 0). */
  public double descending(int k) {
    return descending[k];
  }

  /** Copies the present scores of the last call, ascending, into {@code out}. */
  public void ascending(double[] out) {
    for (int k = 0; k < present; k++) {
      out[k] = descending[present - 1 - k];
    }
  }
}
