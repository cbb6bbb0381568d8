package org.aidx.analysis.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class SamplerTest {
  @Test
  void unshifted_points_are_hipparchus_sobol_points_after_the_first() {
    SobolSequenceGenerator g = new SobolSequenceGenerator(7);
    g.nextVector(); // the all-zero point, skipped by the sampler
    Sampler.Sobol s = new Sampler.Sobol(7, 0, false);
    double[] u = new double[7];
    for (int r = 0; r < 600; r++) {
      s.point(r, u);
      assertThat(u).as("point " + r).containsExactly(g.nextVector());
    }
  }

  @Test
  void the_seed_changes_the_shifted_points_and_they_stay_in_the_unit_cube() {
    double[] a = new double[5];
    double[] b = new double[5];
    Sampler.SOBOL.points(5, 1).point(10, a);
    Sampler.SOBOL.points(5, 2).point(10, b);
    assertThat(a).isNotEqualTo(b);
    for (double x : a) {
      assertThat(x).isBetween(0.0, 1.0).isNotEqualTo(1.0);
    }
  }

  @Test
  void shifted_sobol_points_have_uniform_coordinate_means() {
    Sampler.Points p = Sampler.SOBOL.points(3, 42);
    double[] u = new double[3];
    double[] sum = new double[3];
    int n = 4095;
    for (int r = 0; r < n; r++) {
      p.point(r, u);
      for (int j = 0; j < 3; j++) {
        sum[j] += u[j];
      }
    }
    for (int j = 0; j < 3; j++) {
      assertThat(sum[j] / n).isBetween(0.499, 0.501);
    }
  }

  @Test
  void random_points_depend_only_on_seed_and_index() {
    double[] a = new double[4];
    double[] b = new double[4];
    Sampler.RANDOM.points(4, 9).point(123, a);
    Sampler.Points p = Sampler.RANDOM.points(4, 9);
    p.point(5, b);
    p.point(123, b);
    assertThat(b).containsExactly(a);
  }

  @Test
  void a_sobol_cursor_gives_the_direct_points_bit_for_bit_in_order_and_after_jumps() {
    Sampler.Points direct = Sampler.SOBOL.points(7, 3);
    Sampler.Points cursor = direct.cursor();
    double[] a = new double[7];
    double[] b = new double[7];
    long[] order = new long[2100];
    for (int k = 0; k < 2000; k++) {
      order[k] = k;
    }
    for (int k = 2000; k < order.length; k++) {
      order[k] = k < 2050 ? 5000 + k : 17 + k; // a jump forward, then back
    }
    for (long r : order) {
      direct.point(r, a);
      cursor.point(r, b);
      org.assertj.core.api.Assertions.assertThat(b).as("point %d", r).containsExactly(a);
    }
  }
}
