package org.aidx.method.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.aidx.model.Direction;
import org.aidx.model.InputException;
import org.junit.jupiter.api.Test;

class FrontierTest {
  private static double[] apply(double[] raw, Direction direction) {
    double[] out = new double[raw.length];
    new Frontier().apply("gpus", new String[raw.length], raw, direction, -1, out);
    return out;
  }

  @Test
  void divides_by_the_maximum() {
    // (2/8, 4/8, 8/8)
    assertThat(apply(new double[] {2, 4, 8}, Direction.POSITIVE)).containsExactly(0.25, 0.5, 1);
  }

  @Test
  void a_negative_direction_divides_the_minimum_by_the_value() {
    // (2/2, 2/4, 2/8)
    assertThat(apply(new double[] {2, 4, 8}, Direction.NEGATIVE)).containsExactly(1, 0.5, 0.25);
  }

  @Test
  void missing_values_stay_missing() {
    assertThat(apply(new double[] {Double.NaN, 4, 8}, Direction.POSITIVE))
        .containsExactly(Double.NaN, 0.5, 1);
  }

  @Test
  void a_best_value_of_zero_is_an_input_error_naming_the_indicator() {
    InputException e =
        assertThrows(
            InputException.class, () -> apply(new double[] {-3, -1, 0}, Direction.POSITIVE));
    assertThat(e)
        .hasMessageContaining("indicator 'gpus'")
        .hasMessageContaining("which is 0.0; it must be positive");
  }

  @Test
  void a_zero_minimum_under_a_negative_direction_is_an_input_error() {
    InputException e =
        assertThrows(InputException.class, () -> apply(new double[] {0, 1}, Direction.NEGATIVE));
    assertThat(e).hasMessageContaining("indicator 'gpus'");
  }
}
