package org.aidx.analysis.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.SplittableRandom;
import org.aidx.model.InputException;
import org.aidx.pipeline.Methodology;
import org.junit.jupiter.api.Test;

/**
 * Differential test of the Monte Carlo's fast kernel (bounded exp, square roots of products)
 * against the exact one on the same points: every aggregate score within {@link
 * CompiledIndex#FAST_TOLERANCE}, every rank equal but for near-ties, the same failures.
 */
class FastKernelTest {
  /**
   * @return the number of scores where the two kernels differ at all
   */
  private static int assertFastEqualsExact(String what, CompiledIndex ci, double[] u) {
    Evaluator fast = ci.evaluator();
    Evaluator exact = ci.evaluator();
    boolean ok = exact.evaluate(u, false);
    assertThat(fast.evaluate(u, true)).as("%s: %s", what, fast.failure()).isEqualTo(ok);
    if (!ok) {
      return 0;
    }
    int differ = 0;
    int ne = ci.economies().size();
    for (int a = 0; a < ci.nominal().aggregates().size(); a++) {
      for (int e = 0; e < ne; e++) {
        double x = exact.score(a, e);
        double y = fast.score(a, e);
        differ += Double.compare(x, y) != 0 ? 1 : 0;
        if (!(Double.isNaN(x) && Double.isNaN(y))
            && !(Math.abs(x - y)
                <= CompiledIndex.FAST_TOLERANCE * Math.max(Double.MIN_NORMAL, Math.abs(x)))) {
          fail("%s: node %d economy %d: exact %s, fast %s", what, a, e, x, y);
        }
      }
    }
    for (int e = 0; e < ne; e++) {
      if (Double.compare(exact.rank(e), fast.rank(e)) != 0) {
        assertThat(Uncertainty.nearTie(exact, e, ne))
            .as("%s: rank of %d, exact %s, fast %s", what, e, exact.rank(e), fast.rank(e))
            .isTrue();
      }
    }
    return differ;
  }

  @Test
  void fast_replications_equal_exact_ones_on_random_indices() {
    int reps = 0;
    for (long seed = 0; seed < 600; seed++) {
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
      SplittableRandom r = new SplittableRandom(seed);
      double[] u = new double[ci.dimension()];
      for (int k = 0; k < 4; k++) {
        for (int j = 0; j < u.length; j++) {
          u[j] = r.nextDouble();
        }
        assertFastEqualsExact("case " + seed + " rep " + k, ci, u);
        reps++;
      }
    }
    assertThat(reps).isGreaterThan(600);
  }

  @Test
  void fast_replications_equal_exact_ones_on_the_synthetic_scale_case() {
    // the case the fast paths are for: geometric dimensions of indicators, a geometric index of
    // two equally weighted layers
    SyntheticIndex s = SyntheticIndex.of(200, 60, 1);
    CompiledIndex ci =
        CompiledIndex.compile(
            s.framework(),
            s.dataset(),
            Methodology.of(s.framework(), org.aidx.pipeline.PipelineSpec.defaults()),
            s.assumptions());
    Sampler.Points points = Sampler.SOBOL.points(ci.dimension(), 3);
    double[] u = new double[ci.dimension()];
    int differ = 0;
    for (long r = 0; r < 64; r++) {
      points.point(r, u);
      differ += assertFastEqualsExact("replication " + r, ci, u);
    }
    // the fast paths did run: their last bits differ from the exact functions'
    assertThat(differ).isGreaterThan(1000);
  }
}
