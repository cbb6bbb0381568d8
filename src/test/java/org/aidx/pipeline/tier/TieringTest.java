package org.aidx.pipeline.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TieringTest {
  private static final double NAN = Double.NaN;
  private static final double[] TWO_CLUSTERS = {1, 2, 3, 10, 11, 12};

  @Test
  void two_clear_clusters_give_two_tiers() {
    Tiering.Result r = Tiering.automatic().assign(TWO_CLUSTERS);
    assertThat(r.count()).isEqualTo(2);
    assertThat(r.tiers()).containsExactly(2, 2, 2, 1, 1, 1);
  }

  @Test
  void the_gvf_of_two_clusters() {
    // mean 6.5; SDAM = 2·(5.5² + 4.5² + 3.5²) = 125.5; SDCM = 2·(1 + 0 + 1) = 4;
    // GVF = 1 − 4/125.5 ≈ 0.9681
    assertThat(Tiering.automatic().assign(TWO_CLUSTERS).gvf())
        .isCloseTo(1 - 4 / 125.5, within(1e-12));
  }

  @Test
  void breaks_are_the_lowest_score_of_each_tier_top_first() {
    assertThat(Tiering.automatic().assign(TWO_CLUSTERS).breaks()).containsExactly(10, 1);
  }

  @Test
  void tier_one_holds_the_top_scores() {
    // unsorted input: the 12 and 11 belong to tier 1 wherever they are
    Tiering.Result r = Tiering.fixed(2).assign(new double[] {11, 1, 12, 2});
    assertThat(r.tiers()).containsExactly(1, 2, 1, 2);
  }

  @Test
  void a_fixed_count_is_used_even_when_fewer_would_fit() {
    // four 3-class splits tie at SDCM 2 + 0.5 = 2.5 (one cluster split as 1 + 2), e.g.
    // {1,2,3} {10} {11,12}; whichever wins, 1 is in the bottom tier and 12 in the top one
    Tiering.Result r = Tiering.fixed(3).assign(TWO_CLUSTERS);
    assertThat(r.count()).isEqualTo(3);
    assertThat(r.tiers()).containsOnly(1, 2, 3);
    assertThat(r.tiers()[0]).isEqualTo(3);
    assertThat(r.tiers()[5]).isEqualTo(1);
  }

  @Test
  void a_fixed_count_splits_three_clear_clusters_at_the_gaps() {
    // clusters {0, 1} {10, 11} {20, 21}: SDCM = 3·0.5 = 1.5 is the least
    Tiering.Result r = Tiering.fixed(3).assign(new double[] {0, 1, 10, 11, 20, 21});
    assertThat(r.tiers()).containsExactly(3, 3, 2, 2, 1, 1);
    assertThat(r.breaks()).containsExactly(20, 10, 0);
  }

  @Test
  void a_fixed_count_above_the_distinct_values_is_capped() {
    Tiering.Result r = Tiering.fixed(4).assign(new double[] {5, 5, 7});
    assertThat(r.count()).isEqualTo(2);
    assertThat(r.tiers()).containsExactly(2, 2, 1);
  }

  @Test
  void a_missing_score_gets_tier_zero() {
    Tiering.Result r = Tiering.automatic().assign(new double[] {1, NAN, 2, 3, 10, 11, 12});
    assertThat(r.tiers()).containsExactly(2, 0, 2, 2, 1, 1, 1);
  }

  @Test
  void the_gvf_is_one_when_every_value_is_its_own_class() {
    // SDCM = 0 with one value per class
    assertThat(Tiering.fixed(4).assign(new double[] {3, 1, 4, 2}).gvf()).isEqualTo(1);
  }

  @Test
  void the_gvf_is_zero_for_a_single_class() {
    // SDCM = SDAM
    assertThat(Tiering.fixed(1).assign(TWO_CLUSTERS).gvf()).isCloseTo(0, within(1e-12));
  }

  @Test
  void no_present_score_gives_no_tiers() {
    Tiering.Result r = Tiering.automatic().assign(new double[] {NAN, NAN});
    assertThat(r.count()).isZero();
    assertThat(r.tiers()).containsExactly(0, 0);
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 30);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void jenks_finds_the_best_partition_of_all(long seed) {
    // brute force over every way to cut 3–9 distinct sorted values into k contiguous classes:
    // no partition has a higher GVF (a lower SDCM) than the one jenks returns
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] sorted = rnd.doubles(rnd.nextInt(3, 10), 0, 100).sorted().toArray();
    int k = rnd.nextInt(2, sorted.length);
    double best = bestGvf(sorted, k, new int[k], 1, 1);
    assertThat(Tiering.gvf(sorted, Tiering.jenks(sorted, k))).isCloseTo(best, within(1e-9));
  }

  /**
   * The highest GVF over all partitions whose class c ≥ {@code c} starts at or after {@code from}.
   */
  private static double bestGvf(double[] sorted, int k, int[] starts, int c, int from) {
    if (c == k) {
      double[] lower = new double[k];
      for (int j = 0; j < k; j++) {
        lower[j] = sorted[starts[j]];
      }
      return Tiering.gvf(sorted, lower);
    }
    double best = Double.NEGATIVE_INFINITY;
    for (int s = from; s <= sorted.length - (k - c); s++) {
      starts[c] = s;
      best = Math.max(best, bestGvf(sorted, k, starts, c + 1, s + 1));
    }
    return best;
  }

  @Test
  void a_tier_count_below_one_is_rejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Tiering.fixed(0));
    assertThat(e).hasMessageContaining("at least 1, got 0");
  }
}
