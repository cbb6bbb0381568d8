package org.aidx.pipeline.treat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/*
 * Skewness G1 = n / ((n−1)(n−2)) · Σd³ / s³ and excess kurtosis
 * G2 = n(n+1) / ((n−1)(n−2)(n−3)) · Σd⁴ / s⁴ − 3(n−1)² / ((n−2)(n−3)), with d = x − mean and
 * s² = Σd² / (n−1), as in Excel's SKEW and KURT.
 */
class TreatmentTest {
  private static final double NAN = Double.NaN;

  // mean 4, d = (−3, −2, −1, 0, 6): Σd² = 50, Σd³ = 180, Σd⁴ = 1394, s² = 50/4 = 12.5
  private static final double[] MILD = {1, 2, 3, 4, 10};

  // mean 42/6 = 7, d = (−6, −5, −4, −3, −2, 20): Σd² = 490, Σd³ = 7560, Σd⁴ = 162274,
  // s² = 490/5 = 98
  private static final double[] OUTLIER = {1, 2, 3, 4, 5, 27};

  @Test
  void skewness_matches_excels_skew() {
    // 5/(4·3) · 180 / 12.5^1.5 = 0.41667 · 180 / 44.194 ≈ 1.6971
    assertThat(Treatment.skewness(MILD))
        .isCloseTo(5.0 / 12 * 180 / Math.pow(12.5, 1.5), within(1e-12))
        .isCloseTo(1.6971, within(1e-4));
  }

  @Test
  void kurtosis_matches_excels_kurt() {
    // 5·6/(4·3·2) · 1394/12.5² − 3·4²/(3·2) = 1.25 · 8.9216 − 8 = 3.152
    assertThat(Treatment.kurtosis(MILD)).isCloseTo(3.152, within(1e-12));
  }

  @Test
  void skewness_of_a_six_point_sample_with_an_outlier() {
    // 6/(5·4) · 7560 / 98^1.5 = 0.3 · 7560 / 970.15 ≈ 2.3378
    assertThat(Treatment.skewness(OUTLIER))
        .isCloseTo(0.3 * 7560 / Math.pow(98, 1.5), within(1e-12))
        .isCloseTo(2.3378, within(1e-4));
  }

  @Test
  void kurtosis_of_a_six_point_sample_with_an_outlier() {
    // 6·7/(5·4·3) · 162274/98² − 3·5²/(4·3) = 0.7 · 16.8965 − 6.25 ≈ 5.5776
    assertThat(Treatment.kurtosis(OUTLIER))
        .isCloseTo(0.7 * 162274 / (98.0 * 98) - 6.25, within(1e-12))
        .isCloseTo(5.5776, within(1e-4));
  }

  @Test
  void missing_values_are_left_out_of_the_moments() {
    assertThat(Treatment.skewness(new double[] {1, NAN, 2, 3, 4, 10}))
        .isEqualTo(Treatment.skewness(MILD));
  }

  @Test
  void skewness_needs_three_values() {
    assertThat(Treatment.skewness(new double[] {1, 2})).isNaN();
  }

  @Test
  void kurtosis_needs_four_values() {
    assertThat(Treatment.kurtosis(new double[] {1, 2, 4})).isNaN();
  }

  @Test
  void one_huge_outlier_is_winsorised_to_the_next_value() {
    // skew 2.34 > 2 and kurtosis 5.58 > 3.5; after 27 → 5 the sample (1, 2, 3, 4, 5, 5) has
    // mean 10/3 and a small negative skew, so one point is enough
    double[] v = OUTLIER.clone();
    boolean[] changed = new boolean[6];
    assertThat(Treatment.winsorise(5).treat(v, changed)).isEqualTo(Treatment.Outcome.WINSORISED);
    assertThat(v).containsExactly(1, 2, 3, 4, 5, 5);
    assertThat(changed).containsExactly(false, false, false, false, false, true);
  }

  @Test
  void a_negative_skew_winsorises_the_lowest_value_upwards() {
    // the mirror image of OUTLIER: skew −2.34, kurtosis 5.58; −27 → −5
    double[] v = {-1, -2, -27, -3, -4, -5};
    boolean[] changed = new boolean[6];
    assertThat(Treatment.winsorise(5).treat(v, changed)).isEqualTo(Treatment.Outcome.WINSORISED);
    assertThat(v).containsExactly(-1, -2, -5, -3, -4, -5);
    assertThat(changed).containsExactly(false, false, true, false, false, false);
  }

  @Test
  void a_series_within_the_limits_is_untouched() {
    // skew 1.70 ≤ 2
    double[] v = MILD.clone();
    boolean[] changed = new boolean[5];
    assertThat(Treatment.winsorise(5).treat(v, changed)).isEqualTo(Treatment.Outcome.UNTOUCHED);
    assertThat(v).containsExactly(MILD);
    assertThat(changed).containsOnly(false);
  }

  @Test
  void a_disabled_treatment_leaves_an_outlier_alone() {
    double[] v = OUTLIER.clone();
    assertThat(Treatment.none().treat(v, new boolean[6])).isEqualTo(Treatment.Outcome.UNTOUCHED);
    assertThat(v).containsExactly(OUTLIER);
  }

  @Test
  void with_no_points_allowed_a_skewed_series_is_logged() {
    // min 1, so ln(x − 1 + 1) = ln x
    double[] v = OUTLIER.clone();
    boolean[] changed = new boolean[6];
    assertThat(Treatment.winsorise(0).treat(v, changed)).isEqualTo(Treatment.Outcome.LOGGED);
    assertThat(v)
        .containsExactly(
            new double[] {0, Math.log(2), Math.log(3), Math.log(4), Math.log(5), Math.log(27)},
            within(1e-12));
    assertThat(changed).containsOnly(false);
  }

  @Test
  void a_negatively_skewed_series_that_stays_skewed_is_logged_from_the_top() {
    // max −1: −ln(−1 − x + 1) = −ln(−x)
    double[] v = {-1, -2, -27, -3, -4, -5};
    assertThat(Treatment.winsorise(0).treat(v, new boolean[6])).isEqualTo(Treatment.Outcome.LOGGED);
    assertThat(v)
        .containsExactly(
            new double[] {0, -Math.log(2), -Math.log(27), -Math.log(3), -Math.log(4), -Math.log(5)},
            within(1e-12));
  }

  @Test
  void parse_reads_a_point_count() {
    assertThat(Treatment.parse("winsorise:3")).isEqualTo(Treatment.winsorise(3));
  }

  @Test
  void parse_rejects_a_negative_point_count() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Treatment.parse("winsorise:-1"));
    assertThat(e).hasMessageContaining("MAX_POINTS must be a whole number >= 0");
  }
}
