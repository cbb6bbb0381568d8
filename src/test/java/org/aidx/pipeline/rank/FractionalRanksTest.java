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
  void later_calls_rank_exactly_whatever_the_previous_order() {
    FractionalRanks k = new FractionalRanks(4);
    k.rank(new double[] {4, 3, 2, 1});
    k.rank(new double[] {1, 2, Double.NaN, 4});
    assertThat(new double[] {k.rank(0), k.rank(1), k.rank(2), k.rank(3)})
        .containsExactly(3, 2, Double.NaN, 1);
    k.rank(new double[] {5, 5, 5, 0});
    assertThat(new double[] {k.rank(0), k.rank(1), k.rank(2), k.rank(3)})
        .containsExactly(2, 2, 2, 4);
  }

  @Test
  void scores_sharing_a_bucket_or_crowded_into_one_are_still_ranked_exactly() {
    // one far outlier puts the other 99 scores into the lowest bucket or two; they differ by 1e-13
    int n = 100;
    double[] s = new double[n];
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
    for (int e = 1; e < n; e++) {
      s[e] = 1 + 1e-13 * rnd.nextInt(40);
    }
    s[0] = 1e9;
    FractionalRanks k = new FractionalRanks(n);
    k.rank(s);
    for (int e = 0; e < n; e++) {
      int above = 0;
      int equal = 0;
      for (int f = 0; f < n; f++) {
        above += s[f] > s[e] ? 1 : 0;
        equal += s[f] == s[e] ? 1 : 0;
      }
      // fractional rank = (number above) + (1 + number equal) / 2
      assertThat(k.doubledRank(e)).isEqualTo(2 * above + 1 + equal);
    }
  }

  @Test
  void infinite_scores_rank_first_and_last() {
    FractionalRanks k = new FractionalRanks(4);
    k.rank(new double[] {1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2});
    assertThat(new double[] {k.rank(0), k.rank(1), k.rank(2), k.rank(3)})
        .containsExactly(3, 1, 4, 2);
  }
}
