package org.aidx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.aidx.data.Dataset;
import org.aidx.method.normalise.MinMax;
import org.aidx.method.normalise.ZScore;
import org.aidx.model.InputException;
import org.junit.jupiter.api.Test;

/**
 * A ratio, inverse, product or sum that overflows stops the run naming the economy, the indicator
 * or node and the step, instead of ranking economies at +Infinity (on the fixture of {@link
 * PipelineTest}: REF, AAA, BBB; compute, talent (weight 3), patents, energy_price (negative),
 * adoption).
 */
class NonFiniteTest {
  static final double SUBNORMAL = 4.9e-324;
  static final double MAX = Double.MAX_VALUE;

  private static String failure(Dataset d, PipelineSpec spec) {
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                Pipeline.run(
                    PipelineTest.framework(), d, Methodology.of(PipelineTest.framework(), spec)));
    return e.getMessage();
  }

  /** The fixture with values replaced: {row, column, value} triples. */
  private static Dataset with(double[]... changes) {
    double[][] v = new double[PipelineTest.VALUES.length][];
    for (int r = 0; r < v.length; r++) {
      v[r] = PipelineTest.VALUES[r].clone();
    }
    for (double[] c : changes) {
      v[(int) c[0]][(int) c[1]] = c[2];
    }
    return Dataset.of(PipelineTest.table(v), Map.of());
  }

  @Test
  void a_subnormal_reference_value_stops_the_ratio_naming_economy_indicator_and_step() {
    // AAA: 20 / 4.9e-324 = +Infinity
    String m = failure(PipelineTest.dataWith(0, 0, SUBNORMAL), PipelineSpec.defaults());
    assertThat(m)
        .contains("economy AAA")
        .contains("indicator 'compute'")
        .contains("ratio normalisation")
        .contains("+Infinity");
  }

  @Test
  void a_subnormal_value_of_a_negative_indicator_stops_the_inverse() {
    // energy_price is lower-is-better: REF / AAA = 6 / 4.9e-324 = +Infinity
    String m = failure(PipelineTest.dataWith(1, 3, SUBNORMAL), PipelineSpec.defaults());
    assertThat(m).contains("economy AAA").contains("indicator 'energy_price'").contains("ratio");
  }

  @Test
  void a_subnormal_value_whose_ratio_stays_finite_is_accepted() {
    // AAA compute 4.9e-324 / 10 underflows to 0: a finite, correctly rounded score
    IndexResult r =
        Pipeline.run(
            PipelineTest.framework(),
            PipelineTest.dataWith(1, 0, SUBNORMAL),
            Methodology.of(PipelineTest.framework(), PipelineSpec.defaults()));
    assertThat(r.normalised(0, r.economyIndex("AAA"))).isZero();
    for (int e = 0; e < r.economies().size(); e++) {
      assertThat(r.score("index", e)).isFinite();
    }
  }

  @Test
  void a_mean_of_values_near_the_largest_double_stays_finite_with_prenormalised_weights() {
    // REF compute = talent = 1, AAA compute = talent = MAX: ratios MAX and MAX. The one-engine
    // core folds the weights first, D1 = (1/4)·MAX + (3/4)·MAX = MAX, so no sum overflows and the
    // score is exact; the old engine summed 1·MAX + 3·MAX first and had to stop here
    IndexResult r =
        Pipeline.run(
            PipelineTest.framework(),
            with(
                new double[] {0, 0, 1},
                new double[] {0, 1, 1},
                new double[] {1, 0, MAX},
                new double[] {1, 1, MAX}),
            Methodology.of(PipelineTest.framework(), PipelineSpec.defaults()));
    assertThat(r.unscaledScore("D1", r.economyIndex("AAA"))).isEqualTo(MAX);
  }

  @Test
  void a_range_beyond_the_largest_double_stops_min_max() {
    // max − min = MAX − (−MAX) = +Infinity: every other value would map to the bottom silently
    String m =
        failure(
            with(new double[] {1, 0, -MAX}, new double[] {2, 0, MAX}),
            PipelineSpec.defaults().withNormalise(MinMax.of(0, 1)));
    assertThat(m).contains("indicator 'compute'").contains("min-max");
  }

  @Test
  void a_standard_deviation_beyond_the_largest_double_stops_z_scores() {
    // (x − mean)² of values near ±MAX/2 overflows the sum of squares
    String m =
        failure(
            with(new double[] {1, 0, -MAX / 2}, new double[] {2, 0, MAX / 2}),
            PipelineSpec.defaults().withNormalise(ZScore.of(0, 1)));
    assertThat(m).contains("indicator 'compute'").contains("z-score");
  }
}
