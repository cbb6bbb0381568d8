package org.aidx.method.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.aidx.model.Direction;
import org.aidx.model.InputException;
import org.junit.jupiter.api.Test;

class ZScoreTest {
  private static double[] apply(ZScore z, double[] raw, Direction direction) {
    double[] out = new double[raw.length];
    z.apply("gpus", new String[raw.length], raw, direction, -1, out);
    return out;
  }

  @Test
  void standardises_with_the_sample_standard_deviation() {
    // mean 4; s = sqrt((4 + 0 + 4) / (3 - 1)) = 2; (2-4)/2, (4-4)/2, (6-4)/2
    assertThat(apply(ZScore.of(0, 1), new double[] {2, 4, 6}, Direction.POSITIVE))
        .containsExactly(-1, 0, 1);
  }

  @Test
  void a_negative_direction_flips_the_sign() {
    assertThat(apply(ZScore.of(0, 1), new double[] {2, 4, 6}, Direction.NEGATIVE))
        .containsExactly(1, 0, -1);
  }

  @Test
  void rescales_to_the_requested_mean_and_sd() {
    // 100 + 10·(−1, 0, 1)
    assertThat(apply(ZScore.of(100, 10), new double[] {2, 4, 6}, Direction.POSITIVE))
        .containsExactly(90, 100, 110);
  }

  @Test
  void missing_values_stay_missing_and_do_not_enter_the_moments() {
    assertThat(apply(ZScore.of(0, 1), new double[] {2, Double.NaN, 4, 6}, Direction.POSITIVE))
        .containsExactly(-1, Double.NaN, 0, 1);
  }

  @Test
  void zero_spread_is_an_input_error_naming_the_indicator() {
    InputException e =
        assertThrows(
            InputException.class,
            () -> apply(ZScore.of(0, 1), new double[] {3, 3, 3}, Direction.POSITIVE));
    assertThat(e)
        .hasMessageContaining("indicator 'gpus'")
        .hasMessageContaining("at least two different values");
  }

  @Test
  void a_single_present_value_is_an_input_error() {
    InputException e =
        assertThrows(
            InputException.class,
            () -> apply(ZScore.of(0, 1), new double[] {3, Double.NaN}, Direction.POSITIVE));
    assertThat(e).hasMessageContaining("indicator 'gpus'");
  }
}
