package org.aidx.pipeline.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BoundedExpTest {
  @Test
  void is_within_the_error_bound_of_math_exp_on_every_served_range() {
    SplittableRandom rnd = new SplittableRandom(42);
    double worst = 0;
    for (int t = 0; t < 2000; t++) {
      double c = 40 * rnd.nextDouble() - 20;
      double h = BoundedExp.MAX_HALF_RANGE * rnd.nextDouble() * (t % 10 == 0 ? 1e-6 : 1);
      double lo = c - h;
      double hi = t % 7 == 0 ? c - h : c + h;
      assertThat(BoundedExp.serves(lo, hi)).isTrue();
      int n = 37;
      double[] x = new double[n];
      double[] want = new double[n];
      for (int e = 0; e < n; e++) {
        // the ends of the range included
        x[e] = e == 0 ? lo : e == 1 ? hi : lo + (hi - lo) * rnd.nextDouble();
        want[e] = Math.exp(x[e]);
      }
      BoundedExp.exp(x, n, lo, hi);
      for (int e = 0; e < n; e++) {
        worst = Math.max(worst, Math.abs(x[e] - want[e]) / want[e]);
      }
    }
    assertThat(worst).isLessThan(BoundedExp.ERROR_BOUND);
  }

  @Test
  void example_of_the_javadoc_min_max_onto_1_to_100() {
    double[] x = {0, Math.log(2), Math.log(50), Math.log(100)};
    BoundedExp.exp(x, 4, 0, Math.log(100));
    assertThat(x[0]).isCloseTo(1, org.assertj.core.data.Offset.offset(2e-14));
    assertThat(x[1]).isCloseTo(2, org.assertj.core.data.Offset.offset(4e-14));
    assertThat(x[2]).isCloseTo(50, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(x[3]).isCloseTo(100, org.assertj.core.data.Offset.offset(2e-12));
  }

  @Test
  void nan_stays_nan_and_wide_ranges_are_not_served() {
    double[] x = {Double.NaN};
    BoundedExp.exp(x, 1, 0, 1);
    assertThat(x[0]).isNaN();
    assertThat(BoundedExp.serves(-10, 10)).isFalse();
    assertThat(BoundedExp.serves(1, 0)).isFalse();
  }
}
