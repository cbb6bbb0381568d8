package org.aidx.analysis.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Quantiles from fixed bins are within one bin width of the exact nearest-rank quantiles. */
class ScoreBinsTest {
  private static final int PILOT = 500;

  /** Two economies, scores log-normal and normal; economy 0 is the reference. */
  private static double[][] draws(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[][] x = new double[n][2];
    for (int r = 0; r < n; r++) {
      // two modes, two orders of magnitude apart, as min-max and frontier scores are
      x[r][0] = (rnd.nextBoolean() ? 50 : 0.5) * Math.exp(0.3 * rnd.nextGaussian());
      x[r][1] = 40 + 2 * rnd.nextGaussian();
    }
    return x;
  }

  private static ScoreBins bins(double[][] x, float[] pilot, ScoreBins.Ranges ranges) {
    ScoreBins b = new ScoreBins(ranges);
    b.addPilot(pilot, PILOT, 0);
    ScoreBins rest = new ScoreBins(ranges);
    for (int r = PILOT; r < x.length; r++) {
      rest.add(x[r], 0);
    }
    b.merge(rest);
    return b;
  }

  private static float[] pilot(double[][] x) {
    float[] p = new float[2 * PILOT];
    for (int r = 0; r < PILOT; r++) {
      p[r] = (float) x[r][0];
      p[PILOT + r] = (float) x[r][1];
    }
    return p;
  }

  /** The exact nearest-rank quantile (the ⌈pN⌉-th smallest) of economy e's scores or gaps. */
  private static double exact(double[][] x, float[] pilot, int e, boolean gap, double p) {
    double[] v = new double[x.length];
    for (int r = 0; r < x.length; r++) {
      double s0 = r < PILOT ? pilot[r] : x[r][0];
      double se = r < PILOT ? pilot[e * PILOT + r] : x[r][e];
      v[r] = gap ? (r < PILOT ? (float) s0 - (float) se : s0 - se) : se;
    }
    Arrays.sort(v);
    return v[(int) Math.ceil(p * v.length) - 1];
  }

  @Test
  void each_quantile_is_within_one_bin_width_of_the_exact_one() {
    double[][] x = draws(20_000, 7);
    float[] p = pilot(x);
    ScoreBins.Ranges ranges = ScoreBins.ranges(p, PILOT, 2, 0);
    ScoreBins b = bins(x, p, ranges);
    for (int e = 0; e < 2; e++) {
      for (boolean gap : new boolean[] {false, true}) {
        boolean log = gap ? ranges.gapLog()[e] : ranges.log()[e];
        double width = 1 / (gap ? ranges.gapInv()[e] : ranges.inv()[e]);
        for (double q : new double[] {0.05, 0.5, 0.95}) {
          if (gap && e == 0) {
            continue;
          }
          double want = exact(x, p, e, gap, q);
          // a logarithmic bin spans `width` float-bit steps: a relative 2^-23 each, doubled
          // within the lower half of a binade
          double tolerance = log ? Math.abs(want) * width * 0x1.0p-22 : width;
          assertThat(b.quantile(e, gap, x.length, q))
              .as("economy %d, gap %s, q%s", e, gap, q)
              .isCloseTo(want, org.assertj.core.data.Offset.offset(tolerance));
        }
      }
    }
    assertThat(ranges.log()[0]).isTrue();
    assertThat(ranges.log()[1]).isFalse();
    assertThat(b.outside(List.of("A", "B"))).isNull();
  }

  @Test
  void a_constant_score_gives_that_value_exactly() {
    // the reference's gap to itself is 0 in every replication
    double[][] x = draws(2_000, 3);
    float[] p = pilot(x);
    ScoreBins b = bins(x, p, ScoreBins.ranges(p, PILOT, 2, 0));
    assertThat(b.spread(0, true, 0)).isEqualTo(new UncertaintySummary.Spread(0, 0, 0, 0));
  }

  @Test
  void merging_is_exact_whatever_the_split() {
    double[][] x = draws(3_000, 11);
    float[] p = pilot(x);
    ScoreBins.Ranges ranges = ScoreBins.ranges(p, PILOT, 2, 0);
    ScoreBins whole = bins(x, p, ranges);
    ScoreBins split = new ScoreBins(ranges);
    split.addPilot(p, PILOT, 0);
    ScoreBins odd = new ScoreBins(ranges);
    ScoreBins even = new ScoreBins(ranges);
    for (int r = PILOT; r < x.length; r++) {
      (r % 2 == 0 ? even : odd).add(x[r], 0);
    }
    split.merge(odd);
    split.merge(even);
    for (int e = 0; e < 2; e++) {
      assertThat(split.spread(e, false, 1)).isEqualTo(whole.spread(e, false, 1));
      assertThat(split.spread(e, true, 1)).isEqualTo(whole.spread(e, true, 1));
    }
  }

  @Test
  void a_quantile_beyond_the_bins_is_the_exact_extreme_and_is_reported() {
    // the pilot sees scores near 1; later replications all lie far above
    float[] p = new float[PILOT];
    for (int r = 0; r < PILOT; r++) {
      p[r] = 1 + r / (float) PILOT;
    }
    ScoreBins b = new ScoreBins(ScoreBins.ranges(p, PILOT, 1, -1));
    b.addPilot(p, PILOT, -1);
    for (int r = 0; r < 2 * PILOT; r++) {
      b.add(new double[] {10 + r}, -1);
    }
    assertThat(b.quantile(0, false, 3 * PILOT, 0.95)).isEqualTo(10 + 2 * PILOT - 1);
    assertThat(b.outside(List.of("A"))).contains("A").contains("exact minimum or maximum");
  }
}
