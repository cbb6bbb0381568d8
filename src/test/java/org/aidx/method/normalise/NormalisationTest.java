package org.aidx.method.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.aidx.model.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NormalisationTest {
  static Stream<Normalisation> methods() {
    return Stream.of(
        new Ratio(),
        MinMax.of(0, 1),
        MinMax.of(-1.5, 2.5),
        MinMax.of(1, 100),
        ZScore.of(0, 1),
        ZScore.of(100, 0.25),
        new RankScore(),
        new Frontier());
  }

  @ParameterizedTest
  @MethodSource("methods")
  void parse_reads_back_the_label(Normalisation n) {
    assertThat(Normalisation.parse(n.label())).isEqualTo(n);
  }

  @ParameterizedTest
  @MethodSource("methods")
  void a_missing_value_stays_missing(Normalisation n) {
    // reference at index 0; present values 2, 4, 8 are valid for every method
    double[] out = new double[4];
    n.apply(
        "gpus",
        new String[] {"A", "B", "C", "D"},
        new double[] {2, Double.NaN, 4, 8},
        Direction.POSITIVE,
        0,
        out);
    assertThat(out[1]).isNaN();
    assertThat(out[0]).isNotNaN();
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 25);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void parse_reads_back_the_label_of_any_min_max_bounds(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double lo = rnd.nextDouble(-1e6, 1e6);
    MinMax m = MinMax.of(lo, lo + rnd.nextDouble(1e-6, 1e6));
    assertThat(Normalisation.parse(m.label())).isEqualTo(m);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void parse_reads_back_the_label_of_any_z_score_parameters(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    ZScore z = ZScore.of(rnd.nextDouble(-1e6, 1e6), rnd.nextDouble(1e-6, 1e6));
    assertThat(Normalisation.parse(z.label())).isEqualTo(z);
  }

  @Test
  void parse_without_bounds_gives_zero_one() {
    assertThat(Normalisation.parse("minmax")).isEqualTo(MinMax.of(0, 1));
  }

  @Test
  void parse_ignores_case_and_surrounding_space() {
    assertThat(Normalisation.parse(" MinMax:0,100 ")).isEqualTo(MinMax.of(0, 100));
  }

  @Test
  void parse_rejects_an_unknown_name_listing_the_accepted_ones() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Normalisation.parse("softmax"));
    assertThat(e)
        .hasMessage(
            "normalisation 'softmax' is not one of ratio, minmax[:LO,HI], zscore[:MEAN,SD], rank,"
                + " frontier");
  }

  @Test
  void parse_rejects_a_single_bound() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Normalisation.parse("minmax:5"));
    assertThat(e).hasMessageContaining("needs two numbers after the colon");
  }

  @Test
  void parse_rejects_a_bound_that_is_not_a_number() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Normalisation.parse("zscore:0,x"));
    assertThat(e).hasMessageContaining("'x' is not a number");
  }
}
