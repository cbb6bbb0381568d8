package org.aidx.analysis.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.hipparchus.stat.descriptive.rank.Percentile;
import org.hipparchus.stat.ranking.NaNStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderStatisticsTest {
  private static final Percentile R1 =
      new Percentile()
          .withEstimationType(Percentile.EstimationType.R_1)
          .withNaNStrategy(NaNStrategy.REMOVED);

  @Test
  void rank_quantiles_from_the_histogram_are_nearest_rank_quantiles() {
    // doubled ranks 2, 2, 4, 6 (ranks 1, 1, 2, 3), 5 missing: median = 2nd smallest = 1,
    // q95 = ⌈3.8⌉ = 4th = 3, q05 = ⌈0.2⌉ → 1st = 1
    int[] h = new int[8];
    h[0] = 5;
    h[2] = 2;
    h[4] = 1;
    h[6] = 1;
    assertThat(OrderStatistics.doubledRank(h, 0.5)).isEqualTo(1.0);
    assertThat(OrderStatistics.doubledRank(h, 0.95)).isEqualTo(3.0);
    assertThat(OrderStatistics.doubledRank(h, 0.05)).isEqualTo(1.0);
  }

  @Test
  void a_rank_never_present_has_no_quantile() {
    assertThat(OrderStatistics.doubledRank(new int[] {4, 0, 0, 0}, 0.5)).isNaN();
  }

  /**
   * Differential, on random replications with tied (half) ranks and small counts: the histogram
   * reader gives Hipparchus' R_1 percentile of the ranks themselves.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void histogram_quantiles_equal_percentile_of_the_ranks(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int runs = 1; runs <= 50; runs++) {
      int ne = 1 + rnd.nextInt(6);
      int[] h = new int[2 * ne + 2];
      double[] ranks = new double[runs];
      for (int r = 0; r < runs; r++) {
        // doubled rank 0 (missing) to 2·ne, odd ones being ties between two ranks
        int d = rnd.nextInt(8) == 0 ? 0 : 2 + rnd.nextInt(2 * ne - 1);
        h[d]++;
        ranks[r] = d == 0 ? Double.NaN : d / 2.0;
      }
      for (double p : new double[] {0.05, 0.5, 0.95}) {
        assertThat(OrderStatistics.doubledRank(h, p))
            .as("runs=%d p=%s", runs, p)
            .isEqualTo(R1.evaluate(ranks, 100 * p));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void float_quantiles_are_the_ceil_p_n_th_smallest(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int m : new int[] {1, 2, 3, 19, 20, 21, 100, 4096}) {
      float[] v = new float[m + 3];
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) Math.floor(rnd.nextDouble() * 30) / 7;
      }
      float[] sorted = Arrays.copyOf(v, m);
      Arrays.sort(sorted);
      double[] q = OrderStatistics.of(v, m, 0.5, 0.05, 0.95);
      assertThat(q[0]).isEqualTo((double) sorted[(int) Math.ceil(0.5 * m) - 1]);
      assertThat(q[1]).isEqualTo((double) sorted[(int) Math.max(1, Math.ceil(0.05 * m)) - 1]);
      assertThat(q[2]).isEqualTo((double) sorted[(int) Math.ceil(0.95 * m) - 1]);
    }
  }
}
