package org.aidx.method.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.aidx.model.Direction;
import org.junit.jupiter.api.Test;

class RankScoreTest {
  private static double[] apply(double[] raw, Direction direction) {
    double[] out = new double[raw.length];
    new RankScore().apply("gpus", new String[raw.length], raw, direction, -1, out);
    return out;
  }

  @Test
  void the_worst_scores_one_and_ties_share_the_average_rank() {
    // ascending 10 < 20 = 20 < 30: ranks 1, (2+3)/2, (2+3)/2, 4
    assertThat(apply(new double[] {10, 30, 20, 20}, Direction.POSITIVE))
        .containsExactly(1, 4, 2.5, 2.5);
  }

  @Test
  void a_negative_direction_gives_the_lowest_value_the_top_score() {
    assertThat(apply(new double[] {10, 30, 20, 20}, Direction.NEGATIVE))
        .containsExactly(4, 1, 2.5, 2.5);
  }

  @Test
  void missing_values_stay_missing_and_are_not_counted() {
    // two present values: ranks 1 and 2
    assertThat(apply(new double[] {10, Double.NaN, 30}, Direction.POSITIVE))
        .containsExactly(1, Double.NaN, 2);
  }
}
