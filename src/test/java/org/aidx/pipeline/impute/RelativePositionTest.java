package org.aidx.pipeline.impute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RelativePositionTest {
  static final double NaN = Double.NaN;

  static double[][] fill(double[][] x, int[] sign, boolean[][] imputed) {
    int[][] siblings = {{1}, {0}};
    RelativePosition.fill(x, siblings, new double[] {1, 1}, sign, imputed);
    return x;
  }

  @Test
  void a_missing_value_stands_as_far_above_the_average_as_the_economy_does_on_its_sibling() {
    // log a = (0, ln 10, ln 100): the third economy is one standard deviation above the mean;
    // log b = (ln 2, ln 20) has mean ln √40 and sd ln 10 / √2, so b = √40 · 10^(1/√2)
    double[][] x = {{1, 10, 100}, {2, 20, NaN}};
    boolean[][] imputed = new boolean[2][3];
    fill(x, new int[] {1, 1}, imputed);
    assertThat(x[1][2]).isCloseTo(Math.sqrt(40) * Math.pow(10, 1 / Math.sqrt(2)), within(1e-9));
    assertThat(imputed[1]).containsExactly(false, false, true);
    assertThat(imputed[0]).containsExactly(false, false, false);
  }

  @Test
  void a_lower_is_better_sibling_counts_with_its_sign_flipped() {
    // a is lower-is-better: the third economy's low a is a good standing, z = +1
    double[][] x = {{100, 10, 1}, {2, 20, NaN}};
    fill(x, new int[] {-1, 1}, new boolean[2][3]);
    assertThat(x[1][2]).isCloseTo(Math.sqrt(40) * Math.pow(10, 1 / Math.sqrt(2)), within(1e-9));
  }

  @Test
  void scaling_an_indicator_scales_the_value_filled_in_the_same_proportion() {
    // a change of reference economy multiplies every ratio of an indicator by one constant
    double[][] x = {{1, 10, 100, 7}, {2, 20, NaN, 3}};
    double[][] y = {{5, 50, 500, 35}, {0.2, 2, NaN, 0.3}};
    fill(x, new int[] {1, 1}, new boolean[2][4]);
    fill(y, new int[] {1, 1}, new boolean[2][4]);
    assertThat(y[1][2] / x[1][2]).isCloseTo(0.1, within(1e-12));
  }

  @Test
  void a_value_whose_siblings_are_all_missing_stays_missing() {
    double[][] x = {{1, NaN}, {2, NaN}};
    boolean[][] imputed = new boolean[2][2];
    fill(x, new int[] {1, 1}, imputed);
    assertThat(x[0][1]).isNaN();
    assertThat(imputed[0][1]).isFalse();
  }

  @Test
  void an_indicator_with_a_zero_is_read_on_its_own_scale_not_in_logs() {
    // a = (0, 1, 2) has mean 1 and sd 1: the third economy stands at +1; b = (0, 4) has mean 2
    // and sd 2√2 on the linear scale, so b = 2 + 2√2
    double[][] x = {{0, 1, 2}, {0, 4, NaN}};
    fill(x, new int[] {1, 1}, new boolean[2][3]);
    assertThat(x[1][2]).isCloseTo(2 + 2 * Math.sqrt(2), within(1e-12));
  }

  @Test
  void on_the_raw_scale_a_value_is_not_filled_below_the_smallest_present_one() {
    // a = (10, 10, 10, 0) has mean 7.5 and sd 5: the fourth economy stands at z = -1.5; b = (10,
    // 10, 0) has mean 20/3 and sd 10/sqrt(3), so the standing alone would give -1.99, below b's 0
    double[][] x = {{10, 10, 10, 0}, {10, 10, 0, NaN}};
    fill(x, new int[] {1, 1}, new boolean[2][4]);
    assertThat(x[1][3]).isZero();
  }
}
