package org.aidx.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.hipparchus.stat.descriptive.rank.Percentile;
import org.hipparchus.stat.ranking.NaNStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantileTest {
  private static final double[] PS = {0.05, 0.5, 0.95, 0.025, 0.975, 0.1, 1.0 / 3, 2.0 / 3, 1};

  @Test
  void the_quantile_is_the_ceil_p_n_th_smallest() {
    // (1, 2, 3, 4): ⌈0.5·4⌉ = 2nd, ⌈0.95·4⌉ = ⌈3.8⌉ = 4th, ⌈0.05·4⌉ = ⌈0.2⌉ = 1st
    double[] v = {4, 1, 3, 2};
    assertThat(Quantile.of(v, 0.5)).isEqualTo(2);
    assertThat(Quantile.of(v, 0.95)).isEqualTo(4);
    assertThat(Quantile.of(v, 0.05)).isEqualTo(1);
    assertThat(Quantile.of(v, 0.5, 0.95, 0.05)).containsExactly(2, 4, 1);
    assertThat(v).containsExactly(4, 1, 3, 2);
    // (1, 2, 3, 4, 5): ⌈0.25⌉ = 1st (linear interpolation would give 1.2)
    assertThat(Quantile.of(new double[] {1, 2, 3, 4, 5}, 0.05)).isEqualTo(1);
  }

  @Test
  void missing_values_are_not_counted() {
    // present (5, 1, 3): median = ⌈1.5⌉ = 2nd smallest = 3
    assertThat(Quantile.of(new double[] {5, Double.NaN, 1, 3, Double.NaN}, 0.5)).isEqualTo(3);
    assertThat(Quantile.of(new double[] {Double.NaN, Double.NaN}, 0.5)).isNaN();
    assertThat(Quantile.of(new double[0], 0.5)).isNaN();
  }

  @Test
  void infinite_values_are_refused_with_their_position() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Quantile.of(new double[] {1, 2, Double.NEGATIVE_INFINITY}, 0.5));
    assertThat(e.getMessage()).contains("finite values").contains("-Infinity at position 2");
  }

  @Test
  void a_range_of_the_array_has_its_own_quantile() {
    // values 2, 9, 7 at positions 1..3: median = 2nd smallest = 7
    assertThat(Quantile.of(new double[] {100, 2, 9, 7, -100}, 1, 3, 0.5)).isEqualTo(7);
  }

  @Test
  void the_rank_of_a_quantile_is_between_one_and_n() {
    assertThat(Quantile.rank(1, 0.05)).isEqualTo(1);
    assertThat(Quantile.rank(20, 0.05)).isEqualTo(1);
    assertThat(Quantile.rank(21, 0.05)).isEqualTo(2);
    assertThat(Quantile.rank(1000, 0.95)).isEqualTo(950);
    assertThat(Quantile.rank(7, 1)).isEqualTo(7);
  }

  @Test
  void the_position_in_counts_is_that_of_the_k_th_smallest_counted_value() {
    // counts from 1: the values 1, 1, 3, 4 → median (2nd) at 1, 95% (4th) at 4, 60% (⌈2.4⌉ = 3rd)
    // at 3
    int[] counts = {7, 2, 0, 1, 1};
    assertThat(Quantile.position(counts, 1, 0.5)).isEqualTo(1);
    assertThat(Quantile.position(counts, 1, 0.95)).isEqualTo(4);
    assertThat(Quantile.position(counts, 1, 0.6)).isEqualTo(3);
    assertThat(Quantile.position(new int[] {3, 0, 0}, 1, 0.5)).isEqualTo(-1);
  }

  @Test
  void p_outside_zero_to_one_is_refused() {
    var e = assertThrows(IllegalArgumentException.class, () -> Quantile.of(new double[] {1}, 0));
    assertThat(e.getMessage()).contains("(0, 1]").contains("got 0.0");
    assertThrows(IllegalArgumentException.class, () -> Quantile.rank(5, 1.5));
    assertThrows(IllegalArgumentException.class, () -> Quantile.rank(0, 0.5));
  }

  /**
   * Differential: on random data with many ties and every small n, the quantile equals the sorted
   * array's element at ⌈p·N⌉ − 1 (the definition), Hipparchus' Percentile R_1 with NaNs removed,
   * and the count reader over a histogram of the same (integer) values.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void agrees_with_sorting_percentile_and_counts(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int n = 1; n <= 60; n++) {
      int distinct = 1 + rnd.nextInt(12);
      double[] v = new double[n];
      int[] counts = new int[distinct + 1];
      for (int i = 0; i < n; i++) {
        int x = rnd.nextInt(distinct);
        v[i] = x;
        counts[x + 1]++;
      }
      double[] sorted = v.clone();
      Arrays.sort(sorted);
      Percentile hipparchus =
          new Percentile()
              .withEstimationType(Percentile.EstimationType.R_1)
              .withNaNStrategy(NaNStrategy.REMOVED);
      for (double p : PS) {
        int k = (int) Math.max(1, Math.ceil(p * n));
        double q = Quantile.of(v, p);
        assertThat(q).as("n=%d p=%s", n, p).isEqualTo(sorted[k - 1]);
        assertThat(q).isEqualTo(hipparchus.evaluate(v, p * 100));
        assertThat(Quantile.rank(n, p)).isEqualTo(k);
        assertThat(Quantile.position(counts, 1, p) - 1).isEqualTo((int) q);
      }
    }
  }
}
