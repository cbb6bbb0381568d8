package org.aidx.method.normalise;

import java.util.Arrays;
import org.aidx.model.Direction;

/**
 * Rank scores: the worst present value scores 1 and the best scores n (the number of present
 * values); ties share the average of the ranks they span.
 *
 * <p>Example: (10, 30, 20, 20) → (1, 4, 2.5, 2.5); negative direction → (4, 1, 2.5, 2.5).
 */
public record RankScore() implements Normalisation {
  @Override
  public void apply(
      String indicator,
      String[] economies,
      double[] raw,
      Direction direction,
      int reference,
      double[] out) {
    // the smallest value ranks 1; for a negative direction the largest does
    double sign = direction == Direction.NEGATIVE ? -1 : 1;
    int n = 0;
    Integer[] order = new Integer[raw.length];
    for (int i = 0; i < raw.length; i++) {
      if (!Double.isNaN(raw[i])) {
        order[n++] = i;
      }
    }
    Integer[] present = Arrays.copyOf(order, n);
    Arrays.sort(present, (a, b) -> Double.compare(sign * raw[a], sign * raw[b]));
    double[] ranks = new double[raw.length];
    Arrays.fill(ranks, Double.NaN);
    for (int lo = 0; lo < n; ) {
      int hi = lo;
      while (hi + 1 < n && raw[present[hi + 1]] == raw[present[lo]]) {
        hi++;
      }
      // ties share the average of the ranks lo + 1 .. hi + 1 they span
      double shared = (lo + hi) / 2.0 + 1;
      for (int k = lo; k <= hi; k++) {
        ranks[present[k]] = shared;
      }
      lo = hi + 1;
    }
    System.arraycopy(ranks, 0, out, 0, raw.length);
  }

  @Override
  public String label() {
    return "rank";
  }
}
