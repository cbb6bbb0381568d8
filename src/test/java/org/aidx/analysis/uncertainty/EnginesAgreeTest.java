package org.aidx.analysis.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.SplittableRandom;
import org.aidx.model.InputException;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * Differential tests on thousands of random frameworks and datasets (see {@link RandomIndex}): the
 * pipeline ({@link Pipeline#run}) agrees to 1e-12 with a plain per-economy oracle ({@link
 * ReferenceAggregation}, no shared code with the compiled core) and with the compiled Monte Carlo
 * engine ({@link CompiledIndex}): every aggregate score, the ranks and the tiers, under the nominal
 * spec and under replications regenerated through the pipeline by {@link CompiledIndex#replay}.
 */
class EnginesAgreeTest {
  private static final int CASES = 3000;
  private static final double TOLERANCE = 1e-12;

  @Test
  void nominal_evaluation_equals_the_pipeline_on_random_indices() {
    int ran = 0;
    int refused = 0;
    for (long seed = 0; seed < CASES; seed++) {
      RandomIndex ri = RandomIndex.of(seed);
      IndexResult expected;
      try {
        expected =
            Pipeline.run(ri.framework(), ri.dataset(), Methodology.of(ri.framework(), ri.spec()));
      } catch (InputException e) {
        refused++;
        continue;
      }
      CompiledIndex ci =
          CompiledIndex.compile(
              ri.framework(),
              ri.dataset(),
              Methodology.of(ri.framework(), ri.spec()),
              Assumptions.of(java.util.List.of()));
      Evaluator ev = ci.evaluator();
      assertThat(ev.evaluateNominal()).as("case %d: %s", seed, ev.failure()).isTrue();
      assertAgree("case " + seed, expected, ev, true);
      assertMatchesOracle("case " + seed, expected);
      ran++;
    }
    // most random cases must run, or the test checks little
    assertThat(ran).as("cases run (refused: %d)", refused).isGreaterThan(CASES / 2);
  }

  @Test
  void replications_equal_their_regeneration_through_the_pipeline() {
    int ran = 0;
    int reps = 0;
    for (long seed = 0; seed < CASES / 3; seed++) {
      RandomIndex ri = RandomIndex.of(seed);
      CompiledIndex ci;
      try {
        ci =
            CompiledIndex.compile(
                ri.framework(),
                ri.dataset(),
                Methodology.of(ri.framework(), ri.spec()),
                Assumptions.defaults(ri.framework(), Methodology.of(ri.framework(), ri.spec())));
      } catch (InputException e) {
        continue;
      }
      ran++;
      SplittableRandom r = new SplittableRandom(seed);
      double[] u = new double[ci.dimension()];
      Evaluator ev = ci.evaluator();
      for (int k = 0; k < 4; k++) {
        for (int j = 0; j < u.length; j++) {
          u[j] = r.nextDouble();
        }
        boolean ok = ev.evaluate(u);
        IndexResult expected;
        try {
          expected = ci.replay(u);
        } catch (InputException e) {
          assertThat(ok)
              .as("case %d rep %d: pipeline refused %s", seed, k, e.getMessage())
              .isFalse();
          continue;
        }
        if (!ok) {
          fail("case %d rep %d: engine failed (%s) where the pipeline ran", seed, k, ev.failure());
        }
        assertAgree("case " + seed + " rep " + k, expected, ev, false);
        reps++;
      }
    }
    assertThat(ran).isGreaterThan(CASES / 6);
    assertThat(reps).isGreaterThan(CASES / 2);
  }

  /** The pipeline against the plain oracle, which shares no code with the compiled core. */
  private static void assertMatchesOracle(String what, IndexResult r) {
    double[][] oracle = ReferenceAggregation.scores(r);
    int ne = r.economies().size();
    double[] index = new double[ne];
    for (int a = 0; a < oracle.length; a++) {
      for (int e = 0; e < ne; e++) {
        double x = oracle[a][e];
        double y = r.score(r.aggregates().get(a), e);
        if (!(Double.isNaN(x) && Double.isNaN(y))
            && !(Math.abs(x - y) <= TOLERANCE * Math.max(1, Math.abs(x)))) {
          fail(
              "%s: node %s economy %s: oracle %s, pipeline %s",
              what, r.aggregates().get(a), r.economies().get(e), x, y);
        }
      }
    }
    for (int e = 0; e < ne; e++) {
      index[e] = r.index(e);
    }
    double[] ranks = ReferenceAggregation.ranks(index);
    for (int e = 0; e < ne; e++) {
      assertThat(r.rank(e)).as("%s: rank of %s", what, r.economies().get(e)).isEqualTo(ranks[e]);
    }
  }

  private static void assertAgree(String what, IndexResult expected, Evaluator ev, boolean tiers) {
    int ne = expected.economies().size();
    for (int a = 0; a < expected.aggregates().size(); a++) {
      String node = expected.aggregates().get(a);
      for (int e = 0; e < ne; e++) {
        double x = expected.score(node, e);
        double y = ev.score(a, e);
        if (!(Double.isNaN(x) && Double.isNaN(y))
            && !(Math.abs(x - y) <= TOLERANCE * Math.max(1, Math.abs(x)))) {
          fail(
              "%s: node %s economy %s: pipeline %s, engine %s",
              what, node, expected.economies().get(e), x, y);
        }
      }
    }
    for (int e = 0; e < ne; e++) {
      assertThat(ev.rank(e))
          .as("%s: rank of %s", what, expected.economies().get(e))
          .isEqualTo(expected.rank(e));
    }
    if (tiers) {
      int[] t = ev.assignTiers();
      for (int e = 0; e < ne; e++) {
        assertThat(t[e])
            .as("%s: tier of %s", what, expected.economies().get(e))
            .isEqualTo(expected.tier(e));
      }
    }
  }
}
