package org.aidx.pipeline.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.aidx.framework.Aggregation;
import org.junit.jupiter.api.Test;

class MeanRuleTest {
  private static final double[] EQUAL = {1, 1};

  @Test
  void the_three_means_of_2_and_8_are_5_4_and_3_2() {
    double[] x = {2, 8};
    assertThat(MeanRule.of(Aggregation.ARITHMETIC, null).mean(x, EQUAL)).isEqualTo(5);
    assertThat(MeanRule.of(Aggregation.GEOMETRIC, null).mean(x, EQUAL)).isCloseTo(4, within(1e-15));
    assertThat(MeanRule.of(Aggregation.HARMONIC, null).mean(x, EQUAL))
        .isCloseTo(3.2, within(1e-15));
  }

  @Test
  void weights_are_renormalised_over_the_values_present() {
    double[] x = {2, Double.NaN, 8};
    double[] w = {1, 5, 3};
    // (1·2 + 3·8) / 4
    assertThat(MeanRule.of(Aggregation.ARITHMETIC, null).mean(x, w)).isEqualTo(6.5);
    assertThat(MeanRule.of(Aggregation.GEOMETRIC, null).mean(new double[] {Double.NaN}, w)).isNaN();
  }

  @Test
  void a_floor_raises_a_zero_before_a_geometric_mean_and_leaves_an_arithmetic_one_alone() {
    MeanRule g = MeanRule.of(Aggregation.GEOMETRIC, 0.01);
    // √(0.01 · 4) = 0.2
    assertThat(g.mean(new double[] {0, 4}, EQUAL)).isCloseTo(0.2, within(1e-15));
    assertThat(g.floors(0)).isTrue();
    assertThat(g.floors(0.5)).isFalse();
    MeanRule a = MeanRule.of(Aggregation.ARITHMETIC, 0.01);
    assertThat(a.input(0)).isZero();
    assertThat(a.mean(new double[] {0, 4}, EQUAL)).isEqualTo(2);
  }

  @Test
  void without_a_floor_a_value_that_is_not_positive_cannot_enter_a_geometric_or_harmonic_mean() {
    assertThat(MeanRule.of(Aggregation.GEOMETRIC, null).accepts(0)).isFalse();
    assertThat(MeanRule.of(Aggregation.HARMONIC, null).accepts(-1)).isFalse();
    assertThat(MeanRule.of(Aggregation.ARITHMETIC, null).accepts(-1)).isTrue();
    assertThatThrownBy(
            () -> MeanRule.of(Aggregation.HARMONIC, null).mean(new double[] {0, 1}, EQUAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a harmonic mean needs positive values, got 0.0");
  }

  @Test
  void a_child_of_weight_zero_adds_no_term_even_when_missing() {
    for (Aggregation how : Aggregation.values()) {
      assertThat(MeanRule.of(how, null).term(0, Double.NaN)).isZero();
    }
  }

  @Test
  void the_floor_must_be_positive() {
    assertThatThrownBy(() -> MeanRule.of(Aggregation.GEOMETRIC, 0.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
  }

  @Test
  void every_mean_agrees_with_the_plain_oracle_on_random_positive_values() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(23);
    for (int t = 0; t < 1000; t++) {
      int n = 1 + rnd.nextInt(6);
      double[] x = new double[n];
      double[] w = new double[n];
      for (int k = 0; k < n; k++) {
        x[k] = rnd.nextInt(5) == 0 ? Double.NaN : Math.exp(rnd.nextDouble(-5, 5));
        w[k] = rnd.nextDouble(0.1, 3);
      }
      for (Aggregation how : Aggregation.values()) {
        double want = org.aidx.testing.PlainMeans.combine(how, x, w, n);
        double got = MeanRule.of(how, null).mean(x, w);
        if (Double.isNaN(want)) {
          assertThat(got).isNaN();
        } else {
          assertThat(got).isCloseTo(want, within(1e-12 * Math.abs(want)));
        }
      }
    }
  }
}
