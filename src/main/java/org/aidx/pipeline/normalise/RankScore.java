package org.aidx.pipeline.normalise;

import org.aidx.model.Direction;
import org.aidx.pipeline.rank.Ranking;

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
    // Ranking.ascending gives 1 to the smallest; for a negative direction rank the negated values.
    double[] v = raw;
    if (direction == Direction.NEGATIVE) {
      v = new double[raw.length];
      for (int i = 0; i < raw.length; i++) {
        v[i] = -raw[i];
      }
    }
    Ranking.ascending(v, out);
  }

  @Override
  public String label() {
    return "rank";
  }
}
