package org.aidx.model.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.aidx.model.stats.FractionalRanking.Order;
import org.hipparchus.stat.ranking.NaNStrategy;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.hipparchus.stat.ranking.TiesStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FractionalRankingTest {
  private static final NaturalRanking HIPPARCHUS =
      new NaturalRanking(NaNStrategy.FIXED, TiesStrategy.AVERAGE);

  @Test
  void ascending_ranks_the_lowest_first_and_descending_the_highest() {
    double[] v = {10, 30, 20, 20, Double.NaN};
    assertThat(FractionalRanking.of(v, Order.ASCENDING))
        .containsExactly(1, 4, 2.5, 2.5, Double.NaN);
    assertThat(FractionalRanking.of(v, Order.DESCENDING))
        .containsExactly(4, 1, 2.5, 2.5, Double.NaN);
  }

  @Test
  void doubled_ranks_are_integers_and_zero_where_missing() {
    FractionalRanking k = new FractionalRanking(4);
    assertThat(k.rank(new double[] {0.9, 0.5, 0.9, Double.NaN}, Order.DESCENDING)).isEqualTo(3);
    assertThat(new int[] {k.doubledRank(0), k.doubledRank(1), k.doubledRank(2), k.doubledRank(3)})
        .containsExactly(3, 6, 3, 0);
    k.rank(new double[] {0.9, 0.5, 0.9, Double.NaN}, Order.ASCENDING);
    assertThat(new int[] {k.doubledRank(0), k.doubledRank(1), k.doubledRank(2), k.doubledRank(3)})
        .containsExactly(5, 2, 5, 0);
  }

  @Test
  void the_sorted_values_do_not_depend_on_the_order() {
    FractionalRanking k = new FractionalRanking(4);
    k.rank(new double[] {3, Double.NaN, 1, 2}, Order.ASCENDING);
    double[] out = new double[3];
    k.ascending(out);
    assertThat(out).containsExactly(1, 2, 3);
    assertThat(k.descending(0)).isEqualTo(3);
  }

  @Test
  void minus_zero_and_zero_are_equal_and_tie() {
    // NaturalRanking orders by Double.compare, which puts −0.0 below 0.0 (ranks 1 and 2)
    assertThat(FractionalRanking.of(new double[] {0.0, -0.0}, Order.ASCENDING))
        .containsExactly(1.5, 1.5);
  }

  /**
   * Signed zeros at the top or bottom of more than 32 values (the radix path): the first zero seen
   * sets the highest or lowest value, the other one still ties with it.
   */
  @Test
  void signed_zeros_tie_at_either_end_of_many_values() {
    double[] top = new double[40];
    double[] bottom = new double[40];
    top[0] = -0.0;
    bottom[0] = 0.0;
    for (int i = 2; i < 40; i++) {
      top[i] = -i;
      bottom[i] = i;
    }
    bottom[1] = -0.0;
    double[] down = FractionalRanking.of(top, Order.DESCENDING);
    double[] up = FractionalRanking.of(bottom, Order.ASCENDING);
    assertThat(down[0]).isEqualTo(1.5);
    assertThat(down[1]).isEqualTo(1.5);
    assertThat(up[0]).isEqualTo(1.5);
    assertThat(up[1]).isEqualTo(1.5);
    for (int i = 2; i < 40; i++) {
      // value −i is the (i + 1)-th highest of top, i the (i + 1)-th lowest of bottom
      assertThat(down[i]).isEqualTo(i + 1);
      assertThat(up[i]).isEqualTo(i + 1);
    }
  }

  /**
   * Differential: Hipparchus' natural ranking with ties averaged and NaNs left in place (NaN rank),
   * on random values with many ties, missing values, infinities, zeros and an outlier that crowds
   * the others into one bucket; descending is the ranking of the negated values. (Signed zeros are
   * the one difference, see {@link #minus_zero_and_zero_are_equal_and_tie}.)
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void agrees_with_natural_ranking(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int round = 0; round < 40; round++) {
      int n = 1 + rnd.nextInt(round < 20 ? 8 : 300);
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        int kind = rnd.nextInt(20);
        v[i] =
            kind == 0
                ? Double.NaN
                : kind == 1
                    ? (rnd.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY)
                    : kind == 2 ? 0.0 : kind == 3 ? 1e9 : 1 + 1e-13 * rnd.nextInt(n / 4 + 2);
      }
      double[] negated = new double[n];
      for (int i = 0; i < n; i++) {
        negated[i] = -v[i];
      }
      assertThat(FractionalRanking.of(v, Order.ASCENDING))
          .as("n=%d", n)
          .containsExactly(HIPPARCHUS.rank(v));
      assertThat(FractionalRanking.of(v, Order.DESCENDING))
          .as("n=%d", n)
          .containsExactly(HIPPARCHUS.rank(negated));
    }
  }
}
