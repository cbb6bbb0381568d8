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
}
