package org.aidx.pipeline.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RankingTest {
  private static final double NAN = Double.NaN;

  private static double[] descending(double... scores) {
    double[] ranks = new double[scores.length];
    Ranking.descending(scores, ranks);
    return ranks;
  }

  private static double[] ascending(double... values) {
    double[] ranks = new double[values.length];
    Ranking.ascending(values, ranks);
    return ranks;
  }

  @Test
  void the_highest_score_ranks_first() {
    assertThat(descending(0.2, 0.9, 0.5)).containsExactly(3, 1, 2);
  }

  @Test
  void ties_share_the_average_rank() {
    // the two 0.9s span ranks 1 and 2: (1 + 2) / 2 = 1.5
    assertThat(descending(0.9, 0.5, 0.9, 0.2)).containsExactly(1.5, 3, 1.5, 4);
  }

  @Test
  void a_three_way_tie_shares_the_middle_rank() {
    // ranks 2, 3, 4 → 3
    assertThat(descending(1, 5, 1, 1)).containsExactly(3, 1, 3, 3);
  }

  @Test
  void ascending_gives_rank_one_to_the_lowest() {
    assertThat(ascending(10, 30, 20, 20)).containsExactly(1, 4, 2.5, 2.5);
  }

  @Test
  void a_missing_score_gets_a_missing_rank_and_takes_no_place() {
    assertThat(descending(3, NAN, 1)).containsExactly(1, NAN, 2);
  }

  @Test
  void all_missing_gives_all_missing() {
    assertThat(descending(NAN, NAN)).containsExactly(NAN, NAN);
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 30);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void ranks_of_the_present_scores_sum_to_one_plus_two_up_to_m(long seed) {
    // averaging tied ranks keeps their total, so m present scores always share 1 + 2 + … + m
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] scores = new double[rnd.nextInt(1, 25)];
    int m = 0;
    for (int i = 0; i < scores.length; i++) {
      boolean missing = rnd.nextInt(5) == 0;
      scores[i] = missing ? NAN : rnd.nextInt(6); // few distinct values, so many ties
      m += missing ? 0 : 1;
    }
    double sum = Arrays.stream(descending(scores)).filter(r -> !Double.isNaN(r)).sum();
    assertThat(sum).isEqualTo(m * (m + 1) / 2.0);
  }
}
