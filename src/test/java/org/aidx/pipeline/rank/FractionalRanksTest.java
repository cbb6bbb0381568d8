package org.aidx.pipeline.rank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FractionalRanksTest {
  @Test
  void ties_share_the_average_rank_and_missing_scores_have_none() {
    FractionalRanks k = new FractionalRanks(4);
    assertThat(k.rank(new double[] {0.9, 0.5, 0.9, Double.NaN})).isEqualTo(3);
    assertThat(new int[] {k.doubledRank(0), k.doubledRank(1), k.doubledRank(2), k.doubledRank(3)})
        .containsExactly(3, 6, 3, 0);
    assertThat(k.rank(3)).isNaN();
  }

  @Test
  void later_calls_start_from_the_previous_order_and_still_rank_exactly() {
    FractionalRanks k = new FractionalRanks(4);
    k.rank(new double[] {4, 3, 2, 1});
    k.rank(new double[] {1, 2, Double.NaN, 4});
    assertThat(new double[] {k.rank(0), k.rank(1), k.rank(2), k.rank(3)})
        .containsExactly(3, 2, Double.NaN, 1);
    k.rank(new double[] {5, 5, 5, 0});
    assertThat(new double[] {k.rank(0), k.rank(1), k.rank(2), k.rank(3)})
        .containsExactly(2, 2, 2, 4);
  }
}
