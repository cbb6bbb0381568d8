package org.aidx.analysis.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/*
 * Estimators checked on functions whose indices are known in closed form (Saltelli et al. 2008,
 * "Global Sensitivity Analysis: The Primer", and Sobol' 1993), with the design's default
 * independent uniform points. Tolerance: 0.03 absolute at N = 32768, about three standard errors
 * of the noisiest estimate (Ishigami's first-order index of x1).
 */
class SobolIndicesTest {
  private static final double TOL = 0.03;

  private static SobolIndices run(int d, int n, ToDoubleFunction<double[]> f, int bootstrap) {
    int[][] groups = new int[d][];
    String[] names = new String[d];
    for (int i = 0; i < d; i++) {
      groups[i] = new int[] {i};
      names[i] = "x" + (i + 1);
    }
    SaltelliDesign design = SaltelliDesign.of(d, groups, n, 7);
    double[] y = new double[(int) design.evaluations()];
    double[] u = new double[d];
    for (int r = 0; r < y.length; r++) {
      design.point(r, u);
      y[r] = f.applyAsDouble(u);
    }
    return SobolIndices.estimate(List.of(names), y, n, bootstrap, 11, 0.95);
  }

  /** Ishigami: sin x1 + a sin² x2 + b x3⁴ sin x1 on [−π, π]³, a = 7, b = 0.1. */
  @Test
  void ishigami_indices_match_the_analytic_values() {
    double a = 7;
    double b = 0.1;
    double pi = Math.PI;
    SobolIndices s =
        run(
            3,
            32768,
            u -> {
              double x1 = -pi + 2 * pi * u[0];
              double x2 = -pi + 2 * pi * u[1];
              double x3 = -pi + 2 * pi * u[2];
              return Math.sin(x1)
                  + a * Math.sin(x2) * Math.sin(x2)
                  + b * Math.pow(x3, 4) * Math.sin(x1);
            },
            0);
    double v1 = 0.5 * Math.pow(1 + b * Math.pow(pi, 4) / 5, 2);
    double v2 = a * a / 8;
    double v13 = 8 * b * b * Math.pow(pi, 8) / 225;
    double v = v1 + v2 + v13;
    assertThat(s.first()[0]).isCloseTo(v1 / v, within(TOL));
    assertThat(s.first()[1]).isCloseTo(v2 / v, within(TOL));
    assertThat(s.first()[2]).isCloseTo(0, within(TOL));
    assertThat(s.total()[0]).isCloseTo((v1 + v13) / v, within(TOL));
    assertThat(s.total()[1]).isCloseTo(v2 / v, within(TOL));
    assertThat(s.total()[2]).isCloseTo(v13 / v, within(TOL));
  }

  /** Sobol' g-function: Π (|4u − 2| + a_i)/(1 + a_i); V_i = 1/(3(1 + a_i)²). */
  @Test
  void g_function_indices_match_the_analytic_values() {
    double[] a = {0, 1, 4.5, 9, 99, 99, 99, 99};
    SobolIndices s =
        run(
            a.length,
            32768,
            u -> {
              double p = 1;
              for (int i = 0; i < a.length; i++) {
                p *= (Math.abs(4 * u[i] - 2) + a[i]) / (1 + a[i]);
              }
              return p;
            },
            0);
    double[] vi = new double[a.length];
    double prod = 1;
    for (int i = 0; i < a.length; i++) {
      vi[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
      prod *= 1 + vi[i];
    }
    double v = prod - 1;
    for (int i = 0; i < a.length; i++) {
      double st = vi[i] * prod / (1 + vi[i]) / v;
      assertThat(s.first()[i]).as("S" + (i + 1)).isCloseTo(vi[i] / v, within(TOL));
      assertThat(s.total()[i]).as("ST" + (i + 1)).isCloseTo(st, within(TOL));
    }
  }

  @Test
  void an_additive_function_has_equal_first_and_total_indices() {
    SobolIndices s = run(2, 16384, u -> u[0] + 2 * u[1], 0);
    assertThat(s.first()[0]).isCloseTo(0.2, within(0.02));
    assertThat(s.first()[1]).isCloseTo(0.8, within(0.02));
    assertThat(s.total()[0]).isCloseTo(0.2, within(0.02));
    assertThat(s.total()[1]).isCloseTo(0.8, within(0.02));
  }

  @Test
  void bootstrap_intervals_contain_the_estimate_and_the_truth() {
    SobolIndices s = run(2, 4096, u -> u[0] + 2 * u[1], 200);
    for (int i = 0; i < 2; i++) {
      assertThat(s.firstLo()[i]).isLessThanOrEqualTo(s.first()[i]);
      assertThat(s.firstHi()[i]).isGreaterThanOrEqualTo(s.first()[i]);
      assertThat(s.totalLo()[i]).isLessThanOrEqualTo(s.total()[i]);
      assertThat(s.totalHi()[i]).isGreaterThanOrEqualTo(s.total()[i]);
    }
    assertThat(0.2).isBetween(s.firstLo()[0] - 0.02, s.firstHi()[0] + 0.02);
  }

  @Test
  void a_constant_output_gives_nan_indices() {
    SobolIndices s = run(2, 64, u -> 3, 10);
    assertThat(s.variance()).isZero();
    assertThat(s.first()[0]).isNaN();
    assertThat(s.total()[1]).isNaN();
  }

  @Test
  void design_point_takes_the_group_from_b() {
    SaltelliDesign d = SaltelliDesign.of(3, new int[][] {{0}, {1, 2}}, 4, 1);
    double[] a = new double[3];
    double[] b = new double[3];
    double[] ab = new double[3];
    d.point(4, a); // row 1, slot 0: A
    d.point(5, b); // row 1, slot 1: B
    d.point(7, ab); // row 1, slot 3: A with group 1 (coordinates 1, 2) from B
    assertThat(ab).containsExactly(a[0], b[1], b[2]);
  }
}
