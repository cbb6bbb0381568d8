package org.aidx.method.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.aidx.model.Direction;
import org.aidx.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MinMaxTest {
  private static double[] apply(MinMax m, double[] raw, Direction direction) {
    double[] out = new double[raw.length];
    m.apply("gpus", new String[raw.length], raw, direction, -1, out);
    return out;
  }

  @Test
  void maps_the_range_onto_zero_one() {
    // min 2, max 6, span 4: (2-2)/4, (4-2)/4, (6-2)/4
    assertThat(apply(MinMax.of(0, 1), new double[] {2, 4, 6}, Direction.POSITIVE))
        .containsExactly(0, 0.5, 1);
  }

  @Test
  void a_negative_direction_maps_the_maximum_to_lo() {
    // (6-2)/4, (6-4)/4, (6-6)/4
    assertThat(apply(MinMax.of(0, 1), new double[] {2, 4, 6}, Direction.NEGATIVE))
        .containsExactly(1, 0.5, 0);
  }

  @Test
  void maps_onto_other_bounds() {
    // 1 + u·99 with u = 0, 0.5, 1
    assertThat(apply(MinMax.of(1, 100), new double[] {2, 4, 6}, Direction.POSITIVE))
        .containsExactly(1, 50.5, 100);
  }

  @Test
  void missing_values_stay_missing_and_do_not_set_the_range() {
    // range from (2, 6) only
    assertThat(apply(MinMax.of(0, 1), new double[] {2, Double.NaN, 6, 3}, Direction.POSITIVE))
        .containsExactly(0, Double.NaN, 1, 0.25);
  }

  @Test
  void a_zero_range_is_an_input_error_naming_the_indicator() {
    InputException e =
        assertThrows(
            InputException.class,
            () -> apply(MinMax.of(0, 1), new double[] {5, 5, Double.NaN}, Direction.POSITIVE));
    assertThat(e)
        .hasMessageContaining("indicator 'gpus'")
        .hasMessageContaining("every present value is 5.0");
  }

  @Test
  void bounds_must_be_increasing() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MinMax.of(1, 1));
    assertThat(e).hasMessageContaining("LO < HI, got 1.0,1.0");
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 25);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void the_minimum_scores_lo_and_the_maximum_hi(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double lo = rnd.nextDouble(-100, 100);
    double hi = lo + rnd.nextDouble(0.1, 100);
    double[] raw = randomValues(rnd);
    double[] out = apply(MinMax.of(lo, hi), raw, Direction.POSITIVE);
    assertThat(out[argMin(raw)]).isEqualTo(lo);
    assertThat(out[argMax(raw)]).isCloseTo(hi, within(1e-9 * Math.max(1, Math.abs(hi))));
    for (double v : out) {
      assertThat(v).isBetween(lo, hi + 1e-9 * Math.max(1, Math.abs(hi)));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void a_negative_direction_gives_the_maximum_lo_and_the_minimum_hi(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] raw = randomValues(rnd);
    double[] out = apply(MinMax.of(0, 1), raw, Direction.NEGATIVE);
    assertThat(out[argMax(raw)]).isEqualTo(0);
    assertThat(out[argMin(raw)]).isCloseTo(1, within(1e-12));
  }

  private static double[] randomValues(SplittableRandom rnd) {
    double[] raw = new double[rnd.nextInt(2, 30)];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = rnd.nextDouble(-1e3, 1e3);
    }
    return raw;
  }

  private static int argMin(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      best = v[i] < v[best] ? i : best;
    }
    return best;
  }

  private static int argMax(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      best = v[i] > v[best] ? i : best;
    }
    return best;
  }
}
