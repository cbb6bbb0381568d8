package org.aidx.pipeline.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BoundedExpTest {
  /** One of the two paths of {@link BoundedExp#exp}. */
  interface Path {
    void exp(double[] x, int n, double lo, double hi);
  }

  @Test
  void both_paths_are_within_the_error_bound_of_math_exp_on_every_served_range() {
    // the path this machine takes, and the other one (the fused path is exact but slow where
    // Math.fma runs in software)
    assertThat(worst(BoundedExp::plain)).isLessThan(BoundedExp.ERROR_BOUND);
    assertThat(worst(BoundedExp::fused)).isLessThan(BoundedExp.ERROR_BOUND);
    assertThat(worst(BoundedExp::exp)).isLessThan(BoundedExp.ERROR_BOUND);
  }

  @Test
  void the_fused_path_takes_fewer_squarings_and_so_loses_less_to_rounding() {
    // h = 2.30 (min-max onto [1, 100]): 6 squarings on the plain path, 4 on the fused one, so the
    // fused one's worst relative error is at most that of the plain one here
    SplittableRandom rnd = new SplittableRandom(7);
    double lo = 0;
    double hi = Math.log(100);
    int n = 20_000;
    double[] a = new double[n];
    double[] b = new double[n];
    double[] want = new double[n];
    for (int e = 0; e < n; e++) {
      a[e] = b[e] = lo + (hi - lo) * rnd.nextDouble();
      want[e] = Math.exp(a[e]);
    }
    BoundedExp.plain(a, n, lo, hi);
    BoundedExp.fused(b, n, lo, hi);
    double wa = 0;
    double wb = 0;
    for (int e = 0; e < n; e++) {
      wa = Math.max(wa, Math.abs(a[e] - want[e]) / want[e]);
      wb = Math.max(wb, Math.abs(b[e] - want[e]) / want[e]);
    }
    assertThat(wb).isLessThanOrEqualTo(wa).isLessThan(1e-14);
  }

  private static double worst(Path path) {
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
      path.exp(x, n, lo, hi);
      for (int e = 0; e < n; e++) {
        worst = Math.max(worst, Math.abs(x[e] - want[e]) / want[e]);
      }
    }
    return worst;
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
    double[] x = {Double.NaN, Double.NaN};
    BoundedExp.plain(x, 1, 0, 1);
    BoundedExp.fused(x, 2, 0, 1);
    assertThat(x[0]).isNaN();
    assertThat(x[1]).isNaN();
    assertThat(BoundedExp.serves(-10, 10)).isFalse();
    assertThat(BoundedExp.serves(1, 0)).isFalse();
  }
}
