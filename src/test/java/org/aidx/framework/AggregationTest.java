package org.aidx.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.aidx.testing.PlainMeans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class AggregationTest {
  private static final double[] EQUAL = {1, 1};
  private static final double NAN = Double.NaN;

  @Test
  void arithmetic_mean_of_two_and_eight_is_five() {
    // (2 + 8) / 2
    assertThat(PlainMeans.combine(Aggregation.ARITHMETIC, new double[] {2, 8}, EQUAL, 2))
        .isEqualTo(5);
  }

  @Test
  void geometric_mean_of_two_and_eight_is_four() {
    // sqrt(2 · 8) = sqrt(16)
    assertThat(PlainMeans.combine(Aggregation.GEOMETRIC, new double[] {2, 8}, EQUAL, 2))
        .isCloseTo(4, within(1e-12));
  }

  @Test
  void harmonic_mean_of_two_and_eight_is_three_point_two() {
    // 2 / (1/2 + 1/8) = 2 / 0.625
    assertThat(PlainMeans.combine(Aggregation.HARMONIC, new double[] {2, 8}, EQUAL, 2))
        .isCloseTo(3.2, within(1e-12));
  }

  static Stream<Arguments> weightedMeansOfTwoAndEight() {
    // weights 1 and 3 → 0.25 and 0.75
    return Stream.of(
        // 0.25·2 + 0.75·8 = 6.5
        Arguments.of(Aggregation.ARITHMETIC, 6.5),
        // 2^0.25 · 8^0.75 = 2^(0.25 + 2.25) = 2^2.5 ≈ 5.657
        Arguments.of(Aggregation.GEOMETRIC, Math.pow(2, 2.5)),
        // 1 / (0.25/2 + 0.75/8) = 1 / 0.21875 = 32/7 ≈ 4.571
        Arguments.of(Aggregation.HARMONIC, 32.0 / 7));
  }

  @ParameterizedTest
  @MethodSource("weightedMeansOfTwoAndEight")
  void weights_are_divided_by_their_sum(Aggregation a, double expected) {
    assertThat(PlainMeans.combine(a, new double[] {2, 8}, new double[] {1, 3}, 2))
        .isCloseTo(expected, within(1e-12));
  }

  static Stream<Arguments> meansOfTwoAndEight() {
    return Stream.of(
        Arguments.of(Aggregation.ARITHMETIC, 5.0),
        Arguments.of(Aggregation.GEOMETRIC, 4.0),
        Arguments.of(Aggregation.HARMONIC, 3.2));
  }

  @ParameterizedTest
  @MethodSource("meansOfTwoAndEight")
  void a_missing_value_is_skipped_and_the_other_weights_renormalised(
      Aggregation a, double expected) {
    // the NaN's weight 5 drops out; 2 and 8 keep weights 1 and 1, as in the plain examples
    assertThat(PlainMeans.combine(a, new double[] {2, NAN, 8}, new double[] {1, 5, 1}, 3))
        .isCloseTo(expected, within(1e-12));
  }

  @ParameterizedTest
  @EnumSource(Aggregation.class)
  void all_missing_gives_missing(Aggregation a) {
    assertThat(PlainMeans.combine(a, new double[] {NAN, NAN}, EQUAL, 2)).isNaN();
  }

  @Test
  void only_the_first_n_entries_count() {
    // (2, 8) with 100 beyond n = 2
    assertThat(
            PlainMeans.combine(
                Aggregation.ARITHMETIC, new double[] {2, 8, 100}, new double[] {1, 1, 1}, 2))
        .isEqualTo(5);
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 50);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void for_positive_inputs_harmonic_is_at_most_geometric_is_at_most_arithmetic(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = rnd.nextInt(1, 10);
    double[] x = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rnd.nextDouble(0.01, 100);
      w[i] = rnd.nextDouble(0.1, 5);
    }
    double h = PlainMeans.combine(Aggregation.HARMONIC, x, w, n);
    double g = PlainMeans.combine(Aggregation.GEOMETRIC, x, w, n);
    double a = PlainMeans.combine(Aggregation.ARITHMETIC, x, w, n);
    double slack = 1e-12 * a;
    assertThat(h).isLessThanOrEqualTo(g + slack);
    assertThat(g).isLessThanOrEqualTo(a + slack);
  }
}
