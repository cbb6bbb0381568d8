package org.aidx.method.normalise;

import org.aidx.model.Direction;
import org.aidx.model.stats.FractionalRanking;
import org.aidx.model.stats.FractionalRanking.Order;

/**
 * Rank scores: the worst present value scores 1 and the best scores n (the number of present
 * values); ties share the average of the ranks they span ({@link FractionalRanking}, the ranking
 * the index's ranks use).
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
    double[] ranks =
        FractionalRanking.of(
            raw, direction == Direction.NEGATIVE ? Order.DESCENDING : Order.ASCENDING);
    System.arraycopy(ranks, 0, out, 0, raw.length);
  }

  @Override
  public String label() {
    return "rank";
  }
}
