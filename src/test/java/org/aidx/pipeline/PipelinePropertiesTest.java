package org.aidx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.aidx.data.Dataset;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.method.normalise.Frontier;
import org.aidx.method.normalise.MinMax;
import org.aidx.method.normalise.Normalisation;
import org.aidx.method.normalise.Ratio;
import org.aidx.model.Observation;
import org.aidx.model.Provenance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of a whole run on random data for the framework of {@link PipelineTest}. */
class PipelinePropertiesTest {
  private static final List<String> IDS = PipelineTest.IDS;
  private static final List<Integer> POSITIVE_INDICATORS = List.of(0, 1, 2, 4);

  /**
   * REF plus 2–7 other economies, each value in 1–3 years between 2018 and 2022; other economies
   * miss a value with probability 0.1, REF never (it is the ratio's denominator).
   */
  static List<Observation> randomObservations(SplittableRandom rnd) {
    int others = rnd.nextInt(2, 8);
    List<Observation> out = new ArrayList<>();
    for (int e = 0; e <= others; e++) {
      String economy = e == 0 ? "REF" : "E" + e;
      for (String indicator : IDS) {
        if (e > 0 && rnd.nextDouble() < 0.1) {
          continue;
        }
        int firstYear = 2018 + rnd.nextInt(3);
        int years = rnd.nextInt(1, 4);
        for (int y = firstYear; y < firstYear + years; y++) {
          out.add(
              new Observation(
                  economy,
                  indicator,
                  y,
                  rnd.nextDouble(0.1, 100),
                  new Provenance("random", "", economy + "/" + indicator + "/" + y, "")));
        }
      }
    }
    return out;
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  static Stream<Arguments> seedsAndAggregations() {
    return seeds()
        .boxed()
        .flatMap(
            s ->
                Stream.of(
                    Arguments.of(s, Aggregation.ARITHMETIC),
                    Arguments.of(s, Aggregation.GEOMETRIC)));
  }

  @ParameterizedTest
  @MethodSource("seedsAndAggregations")
  void raising_a_positive_indicator_never_lowers_that_economys_scores(long seed, Aggregation how) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Dataset before = Dataset.of(randomObservations(rnd), Map.of());
    PipelineSpec spec = PipelineSpec.defaults().withAggregate(how);
    List<String> economies = before.economies();
    Observation raised = null;
    while (raised == null) {
      String economy = economies.get(rnd.nextInt(economies.size()));
      String indicator = IDS.get(POSITIVE_INDICATORS.get(rnd.nextInt(4)));
      raised = before.latest(economy, indicator, null).orElse(null);
    }
    Observation higher =
        new Observation(
            raised.economy(),
            raised.indicator(),
            raised.year(),
            raised.value() * rnd.nextDouble(1.01, 3),
            raised.provenance());
    Dataset after = before.replacing(List.of(higher));

    IndexResult r0 =
        Pipeline.run(
            PipelineTest.framework(), before, Methodology.of(PipelineTest.framework(), spec));
    IndexResult r1 =
        Pipeline.run(
            PipelineTest.framework(), after, Methodology.of(PipelineTest.framework(), spec));
    int e = r0.economyIndex(raised.economy());
    for (String node : r0.aggregates()) {
      double was = r0.score(node, e);
      if (Double.isNaN(was)) {
        // a branch with no data stays without a score
        assertThat(r1.score(node, e)).as(node).isNaN();
      } else {
        assertThat(r1.score(node, e)).as(node).isGreaterThanOrEqualTo(was - 1e-12 * was);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void results_do_not_depend_on_the_order_of_the_observations(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Observation> rows = randomObservations(rnd);
    List<Observation> shuffled = new ArrayList<>(rows);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      shuffled.set(i, shuffled.set(j, shuffled.get(i)));
    }
    IndexResult a =
        Pipeline.run(
            PipelineTest.framework(),
            Dataset.of(rows, Map.of()),
            Methodology.of(PipelineTest.framework(), PipelineSpec.defaults()));
    IndexResult b =
        Pipeline.run(
            PipelineTest.framework(),
            Dataset.of(shuffled, Map.of()),
            Methodology.of(PipelineTest.framework(), PipelineSpec.defaults()));

    assertThat(b.economies()).isEqualTo(a.economies());
    for (int e = 0; e < a.economies().size(); e++) {
      // boxed, so that a missing score (NaN) equals a missing score
      for (String node : a.aggregates()) {
        assertThat(Double.valueOf(b.score(node, e))).isEqualTo(Double.valueOf(a.score(node, e)));
      }
      assertThat(Double.valueOf(b.rank(e))).isEqualTo(Double.valueOf(a.rank(e)));
      assertThat(b.tier(e)).isEqualTo(a.tier(e));
    }
  }

  static Stream<Arguments> seedsAndFramings() {
    // ratio needs no framing to give the reference 1; the others are divided by its score
    List<Arguments> framings =
        List.of(
            Arguments.of(new Ratio(), false),
            Arguments.of(new Ratio(), true),
            Arguments.of(new Frontier(), true),
            Arguments.of(MinMax.of(1, 100), true));
    return seeds()
        .boxed()
        .flatMap(s -> framings.stream().map(f -> Arguments.of(s, f.get()[0], f.get()[1])));
  }

  @ParameterizedTest
  @MethodSource("seedsAndFramings")
  void the_reference_scores_one_on_every_aggregate(
      long seed, Normalisation normalisation, boolean relative) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Framework base = PipelineTest.framework().withNormalisation(normalisation);
    Framework fw =
        new Framework(
            base.id(),
            base.name(),
            base.root(),
            base.normalisation(),
            base.reference(),
            relative,
            base.denominators(),
            base.source());
    IndexResult r =
        Pipeline.run(
            fw,
            Dataset.of(randomObservations(rnd), Map.of()),
            Methodology.of(fw, PipelineSpec.defaults()));
    int ref = r.economyIndex("REF");
    for (String node : r.aggregates()) {
      assertThat(r.score(node, ref)).as(node).isCloseTo(1, within(1e-12));
    }
  }
}
