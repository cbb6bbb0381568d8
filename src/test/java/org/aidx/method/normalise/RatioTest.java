package org.aidx.method.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.aidx.model.Direction;
import org.aidx.model.InputException;
import org.junit.jupiter.api.Test;

class RatioTest {
  private static final String[] ECONOMIES = {"AAA", "BBB", "CCC"};

  private static double[] apply(double[] raw, Direction direction, int reference) {
    double[] out = new double[raw.length];
    new Ratio().apply("gpus", ECONOMIES, raw, direction, reference, out);
    return out;
  }

  @Test
  void divides_by_the_reference_value() {
    // reference BBB = 4: (2/4, 4/4, 8/4)
    assertThat(apply(new double[] {2, 4, 8}, Direction.POSITIVE, 1)).containsExactly(0.5, 1, 2);
  }

  @Test
  void a_negative_direction_divides_the_reference_by_the_value() {
    // (4/2, 4/4, 4/8)
    assertThat(apply(new double[] {2, 4, 8}, Direction.NEGATIVE, 1)).containsExactly(2, 1, 0.5);
  }

  @Test
  void missing_values_stay_missing() {
    assertThat(apply(new double[] {2, 4, Double.NaN}, Direction.POSITIVE, 1))
        .containsExactly(0.5, 1, Double.NaN);
  }

  @Test
  void no_reference_economy_is_an_input_error_naming_the_indicator() {
    InputException e =
        assertThrows(
            InputException.class, () -> apply(new double[] {2, 4, 8}, Direction.POSITIVE, -1));
    assertThat(e)
        .hasMessageContaining("indicator 'gpus'")
        .hasMessageContaining("needs a reference economy and none is set");
  }

  @Test
  void a_missing_reference_value_is_an_input_error_naming_indicator_and_economy() {
    InputException e =
        assertThrows(
            InputException.class,
            () -> apply(new double[] {2, Double.NaN, 8}, Direction.POSITIVE, 1));
    assertThat(e)
        .hasMessageContaining("indicator 'gpus', economy BBB")
        .hasMessageContaining("which is missing");
  }

  @Test
  void a_zero_reference_value_is_an_input_error_naming_indicator_and_economy() {
    InputException e =
        assertThrows(
            InputException.class, () -> apply(new double[] {2, 0, 8}, Direction.POSITIVE, 1));
    assertThat(e)
        .hasMessageContaining("indicator 'gpus', economy BBB")
        .hasMessageContaining("which is 0.0; it must be positive");
  }

  @Test
  void a_negative_reference_value_is_an_input_error() {
    InputException e =
        assertThrows(
            InputException.class, () -> apply(new double[] {2, -4, 8}, Direction.POSITIVE, 1));
    assertThat(e).hasMessageContaining("economy BBB").hasMessageContaining("-4.0");
  }

  @Test
  void a_zero_value_under_a_negative_direction_is_an_input_error_naming_its_economy() {
    // x_ref / x with x = 0 for CCC
    InputException e =
        assertThrows(
            InputException.class, () -> apply(new double[] {2, 4, 0}, Direction.NEGATIVE, 1));
    assertThat(e)
        .hasMessageContaining("indicator 'gpus', economy CCC")
        .hasMessageContaining("x is 0.0");
  }

  @Test
  void the_reference_scores_exactly_one() {
    assertThat(apply(new double[] {3, 7, 11}, Direction.NEGATIVE, 1)[1]).isEqualTo(1.0);
  }

  @Test
  void out_may_be_the_input_array() {
    double[] v = {2, 4, 8};
    new Ratio().apply("gpus", ECONOMIES, v, Direction.POSITIVE, 1, v);
    assertThat(v).containsExactly(0.5, 1, 2);
  }
}
