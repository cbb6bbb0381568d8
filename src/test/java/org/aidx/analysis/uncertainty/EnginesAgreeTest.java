package org.aidx.analysis.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.SplittableRandom;
import org.aidx.model.InputException;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.tier.Tiering;
import org.aidx.testing.PlainJenks;
import org.junit.jupiter.api.Test;

/**
 * Differential tests on thousands of random frameworks and datasets (see {@link RandomIndex}): the
 * pipeline ({@link Pipeline#run}) agrees to 1e-12 with a plain per-economy oracle ({@link
 * ReferenceAggregation} for scores and ranks, {@link PlainJenks} for tiers: no code shared with the
 * compiled core) and with the compiled Monte Carlo engine ({@link CompiledIndex}): every aggregate
 * score, the ranks and the tiers, under the nominal spec and under replications, each regenerated
 * through the pipeline as an edited methodology by {@link CompiledIndex#replay} and checked against
 * the oracle run on that methodology.
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

  @Test
  void replications_agree_with_the_oracle_on_their_edited_methodology() {
    int reps = 0;
    int tiered = 0;
    for (long seed = 0; seed < CASES / 6; seed++) {
      RandomIndex ri = RandomIndex.of(seed);
      CompiledIndex ci;
      try {
        Methodology m = Methodology.of(ri.framework(), ri.spec());
        ci =
            CompiledIndex.compile(
                ri.framework(), ri.dataset(), m, Assumptions.defaults(ri.framework(), m));
      } catch (InputException e) {
        continue;
      }
      SplittableRandom r = new SplittableRandom(~seed);
      double[] u = new double[ci.dimension()];
      Evaluator ev = ci.evaluator();
      for (int k = 0; k < 3; k++) {
        for (int j = 0; j < u.length; j++) {
          u[j] = r.nextDouble();
        }
        String what = "case " + seed + " rep " + k;
        IndexResult replayed;
        try {
          replayed = ci.replay(u);
        } catch (InputException e) {
          continue;
        }
        // the pipeline under the replication's methodology (drawn weights, methods, data choices,
        // left-out indicator), against the oracle reading that same methodology
        assertMatchesOracle(what, replayed);
        // the Monte Carlo's fast evaluation of the same point, against the oracle's scores, and
        // ranks and tiers (the nominal count, fixed) by the oracle's rules on its own scores
        assertThat(ev.evaluate(u)).as("%s: %s", what, ev.failure()).isTrue();
        double[][] oracle = ReferenceAggregation.scores(replayed);
        int ne = replayed.economies().size();
        double[] index = new double[ne];
        for (int a = 0; a < oracle.length; a++) {
          for (int e = 0; e < ne; e++) {
            double x = oracle[a][e];
            double y = ev.score(a, e);
            if (!(Double.isNaN(x) && Double.isNaN(y))
                && !(Math.abs(x - y)
                    <= 10 * CompiledIndex.FAST_TOLERANCE * Math.max(1, Math.abs(x)))) {
              fail("%s: node %d economy %d: oracle %s, engine %s", what, a, e, x, y);
            }
          }
        }
        for (int e = 0; e < ne; e++) {
          index[e] = ev.index(e);
        }
        double[] ranks = ReferenceAggregation.ranks(index);
        for (int e = 0; e < ne; e++) {
          assertThat(ev.rank(e)).as("%s: engine rank of %d", what, e).isEqualTo(ranks[e]);
        }
        if (ci.tierCount() >= 1) {
          int[] got = ev.assignTiers().clone();
          assertTiers(what + " (engine)", index, got, Tiering.fixed(ci.tierCount()));
          tiered++;
        }
        reps++;
      }
    }
    assertThat(reps).isGreaterThan(CASES / 4);
    assertThat(tiered).isGreaterThan(CASES / 8);
  }

  /**
   * Tiers against {@link PlainJenks}: the same tiers, or (when two partitions are equally good to
   * rounding) tiers in score order, as many, with the same within-tier sum of squares.
   */
  private static void assertTiers(String what, double[] scores, int[] got, Tiering rule) {
    int[] want = PlainJenks.tiers(scores, rule);
    if (java.util.Arrays.equals(got, want)) {
      return;
    }
    for (int e = 0; e < scores.length; e++) {
      assertThat(got[e] == 0)
          .as("%s: tier of %d is 0 iff missing", what, e)
          .isEqualTo(Double.isNaN(scores[e]));
      for (int f = 0; f < scores.length; f++) {
        if (scores[e] > scores[f]) {
          assertThat(got[e])
              .as("%s: a higher score is in the same or a higher tier", what)
              .isLessThanOrEqualTo(got[f]);
        } else if (scores[e] == scores[f]) {
          assertThat(got[e]).as("%s: equal scores share a tier", what).isEqualTo(got[f]);
        }
      }
    }
    double a = PlainJenks.sdcm(scores, got);
    double b = PlainJenks.sdcm(scores, want);
    int kGot = java.util.Arrays.stream(got).max().orElse(0);
    int kWant = java.util.Arrays.stream(want).max().orElse(0);
    double scale = Math.max(PlainJenks.sdam(scores), Double.MIN_NORMAL);
    if (kGot != kWant || !(Math.abs(a - b) <= 1e-9 * scale)) {
      fail(
          "%s: tiers %s (SDCM %s), oracle %s (SDCM %s)",
          what, java.util.Arrays.toString(got), a, java.util.Arrays.toString(want), b);
    }
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
    int[] tiers = new int[ne];
    for (int e = 0; e < ne; e++) {
      tiers[e] = r.tier(e);
    }
    assertTiers(what, index, tiers, r.methodology().tiers());
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
