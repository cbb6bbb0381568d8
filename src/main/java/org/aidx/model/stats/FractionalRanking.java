package org.aidx.model.stats;

/**
 * The one fractional ranking of aidx ("1 2.5 2.5 4" ranking), used by the pipeline's and the Monte
 * Carlo's ranks and by the rank normalisation: ties share the average of the ranks they span, a
 * missing value (NaN) gets no rank, and the order is explicit: {@link Order#DESCENDING} gives rank
 * 1 to the highest value (index ranks), {@link Order#ASCENDING} to the lowest (rank scores). Ranks
 * are kept as twice the rank, an integer (0 where the value is missing), so that histograms of them
 * are exact. Example, descending: (0.9, 0.5, 0.9, NaN) → doubled ranks (3, 6, 3, 0), i.e. ranks
 * (1.5, 3, 1.5, missing); ascending → ranks (2.5, 1, 2.5, missing). The ascending rank of a value
 * is m + 1 minus its descending rank, m values being present.
 *
 * <p>The cost does not depend on how the order changed since the previous call: a radix sort (two
 * stable counting passes of 8 bits) on a 16-bit quantised key (the score's position between the
 * highest and lowest score), then an exact fix-up among the scores that share a key (insertion
 * sort, or Shell sort for a crowded key) on the scores themselves. The key is monotone in the
 * score, so the fix-up only reorders scores that share a key and the result is the exact order; up
 * to 32 scores get one exact sort instead. Not thread-safe; one per thread. {@link #rank} allocates
 * nothing.
 */
public final class FractionalRanking {
  /** Which value ranks first. */
  public enum Order {
    /** Rank 1 for the lowest value. */
    ASCENDING,
    /** Rank 1 for the highest value. */
    DESCENDING
  }

  /** Economies sharing a key above which they are sorted by Shell sort instead of insertion. */
  private static final int CROWDED = 24;

  /** Scores at or below which one exact sort is cheaper than the two counting passes. */
  private static final int SMALL = 32;

  private final int n;
  private final int[] key;
  private final int[] lowCount = new int[256];
  private final int[] highCount = new int[256];
  private final int[] spare;
  private final int[] p;
  private final double[] descending;
  private final int[] doubled;
  private int present;

  /** A kernel for {@code n} values, with its buffers. */
  public FractionalRanking(int n) {
    this.n = n;
    key = new int[n];
    spare = new int[n];
    p = new int[n];
    descending = new double[n];
    doubled = new int[n];
  }

  /**
   * The fractional ranks of {@code values} in a new array, NaN where a value is missing. Example:
   * (10, 30, 20, 20, NaN) ascending → (1, 4, 2.5, 2.5, NaN); descending → (4, 1, 2.5, 2.5, NaN).
   */
  public static double[] of(double[] values, Order order) {
    FractionalRanking k = new FractionalRanking(values.length);
    k.rank(values, order);
    double[] out = new double[values.length];
    for (int e = 0; e < out.length; e++) {
      out[e] = k.rank(e);
    }
    return out;
  }

  /**
   * Ranks {@code scores} (length n) in the given order.
   *
   * @return the number of scores present
   */
  public int rank(double[] scores, Order order) {
    if (scores.length != n) {
      throw new IllegalArgumentException("expected " + n + " scores, got " + scores.length);
    }
    // each step is its own small method: the JIT compiles small hot methods early and whole,
    // where one method of six loops was compiled loop by loop (on-stack replacement) and
    // recompiled each time a rare branch (a shared key, a missing score) was first taken
    int m = range(scores);
    present = m;
    double span = hi - lo;
    int top = sortable(hi);
    int bottom = sortable(lo);
    if (m > SMALL && span > 0 && span < Double.POSITIVE_INFINITY && top > bottom) {
      // a 16-bit key, 0 for the highest scores, that never decreases as the score decreases
      keys(scores, top, 65535 / ((double) top - bottom));
      offsets();
      // two stable counting passes (low byte, then high byte) sort the present economies by key
      byLowByte();
      byHighByte(scores, m);
      fixUp(m);
    } else {
      exactSort(scores, span);
    }
    assign(m, order);
    if (m < n) {
      unranked(scores);
    }
    return present;
  }

  // the highest and lowest present score of the last call
  private double hi;
  private double lo;

  /** Sets {@link #hi} and {@link #lo}; returns the number of scores present. */
  private int range(double[] scores) {
    double h = Double.NEGATIVE_INFINITY;
    double l = Double.POSITIVE_INFINITY;
    int m = 0;
    for (int e = 0; e < n; e++) {
      double x = scores[e];
      if (x == x) {
        m++;
        // plain comparisons (cheaper than Math.max); with signed zeros hi may be −0.0 beside a
        // 0.0, hence the clamped key below
        h = x > h ? x : h;
        l = x < l ? x : l;
      }
    }
    hi = h;
    lo = l;
    return m;
  }

  /** Each present score's key (−1 for a missing one), counted by low and high byte. */
  private void keys(double[] scores, int top, double scale) {
    int[] c0 = lowCount;
    int[] c1 = highCount;
    java.util.Arrays.fill(c0, 0);
    java.util.Arrays.fill(c1, 0);
    for (int e = 0; e < n; e++) {
      double x = scores[e];
      if (x == x) {
        int k = Math.max(0, Math.min((int) ((top - (double) sortable(x)) * scale), 65535));
        key[e] = k;
        c0[k & 255]++;
        c1[k >>> 8]++;
      } else {
        key[e] = -1;
      }
    }
  }

  /** The counts become the first position of each byte value. */
  private void offsets() {
    int[] c0 = lowCount;
    int[] c1 = highCount;
    int s0 = 0;
    int s1 = 0;
    for (int b = 0; b < 256; b++) {
      int x0 = c0[b];
      int x1 = c1[b];
      c0[b] = s0;
      c1[b] = s1;
      s0 += x0;
      s1 += x1;
    }
  }

  private void byLowByte() {
    int[] t = spare;
    int[] c0 = lowCount;
    for (int e = 0; e < n; e++) {
      int k = key[e];
      if (k >= 0) {
        t[c0[k & 255]++] = e;
      }
    }
  }

  private void byHighByte(double[] scores, int m) {
    int[] t = spare;
    int[] c1 = highCount;
    double[] v = descending;
    for (int q = 0; q < m; q++) {
      int e = t[q];
      int at = c1[key[e] >>> 8]++;
      p[at] = e;
      v[at] = scores[e];
    }
  }

  /** Economies sharing a key (few) are put in the exact order of their scores. */
  private void fixUp(int m) {
    double[] v = descending;
    int from = 0;
    while (from < m) {
      int k = key[p[from]];
      int to = from + 1;
      while (to < m && key[p[to]] == k) {
        to++;
      }
      if (to - from > 1) {
        if (to - from > CROWDED) {
          shell(v, p, from, to);
        } else {
          insertion(v, p, from, to);
        }
      }
      from = to;
    }
  }

  /** Few scores, every present score equal, or a span beyond the doubles: one exact sort. */
  private void exactSort(double[] scores, double span) {
    double[] v = descending;
    int k = 0;
    for (int e = 0; e < n; e++) {
      double x = scores[e];
      if (x == x) {
        p[k] = e;
        v[k++] = x;
      }
    }
    if (!(span == 0)) {
      shell(v, p, 0, k);
    }
  }

  /** Doubled ranks from the order, ties sharing the average of the ranks they span. */
  private void assign(int m, Order order) {
    double[] v = descending;
    int i = 0;
    while (i < m) {
      int j = i;
      double x = v[i];
      while (j + 1 < m && v[j + 1] == x) {
        j++;
      }
      int d = i + 1 + j + 1;
      if (order == Order.ASCENDING) {
        // the k-th highest of m is the (m + 1 − k)-th lowest
        d = 2 * (m + 1) - d;
      }
      for (int k = i; k <= j; k++) {
        doubled[p[k]] = d;
      }
      i = j + 1;
    }
  }

  private void unranked(double[] scores) {
    for (int e = 0; e < n; e++) {
      if (scores[e] != scores[e]) {
        doubled[e] = 0;
      }
    }
  }

  /**
   * The float bits of x as an int that orders as x does: close to a scaled logarithm of |x|, so
   * that skewed scores (many low, a few high) still spread over the keys.
   */
  private static int sortable(double x) {
    int b = Float.floatToRawIntBits((float) x);
    return b ^ ((b >> 31) & 0x7fffffff);
  }

  /** Sorts v[from..to) descending by insertion, moving p alongside. */
  private static void insertion(double[] v, int[] p, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      double x = v[k];
      int e = p[k];
      int j = k - 1;
      while (j >= from && x > v[j]) {
        v[j + 1] = v[j];
        p[j + 1] = p[j];
        j--;
      }
      v[j + 1] = x;
      p[j + 1] = e;
    }
  }

  /** Sorts v[from..to) descending by Shell sort (Ciura's gaps), moving p alongside. */
  private static void shell(double[] v, int[] p, int from, int to) {
    for (int g : GAPS) {
      for (int k = from + g; k < to; k++) {
        double x = v[k];
        int e = p[k];
        int j = k - g;
        while (j >= from && x > v[j]) {
          v[j + g] = v[j];
          p[j + g] = p[j];
          j -= g;
        }
        v[j + g] = x;
        p[j + g] = e;
      }
    }
  }

  private static final int[] GAPS = {
    1_391_376, 463_792, 198_768, 86_961, 33_936, 13_776, 4_592, 1_968, 861, 336, 112, 48, 21, 7, 3,
    1
  };

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
