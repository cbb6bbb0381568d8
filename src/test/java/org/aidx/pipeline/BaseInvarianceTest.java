package org.aidx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.aidx.data.Dataset;
import org.aidx.framework.Framework;
import org.aidx.input.Inputs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Under the default method the ranking and every ratio between two economies do not depend on which
 * economy is the reference (the shipped data include zeros, averaged inside dimensions, and missing
 * values, imputed), on every node: index, layers, dimensions and sub-items.
 */
class BaseInvarianceTest {
  static final Inputs IN = Inputs.load(null, List.of(), null, null);
  static final IndexResult USA =
      Pipeline.run(fw(), data(), Methodology.of(fw(), PipelineSpec.defaults()));

  static Framework fw() {
    return IN.framework();
  }

  static Dataset data() {
    return IN.dataset();
  }

  static Stream<String> references() {
    return USA.economies().stream();
  }

  @ParameterizedTest
  @MethodSource("references")
  void ranks_and_ratios_are_those_of_the_usa_reference(String reference) {
    IndexResult r =
        Pipeline.run(
            fw(), data(), Methodology.of(fw(), PipelineSpec.defaults().withReference(reference)));
    int usa = r.economyIndex("USA");
    assertThat(r.score("index", r.economyIndex(reference))).isCloseTo(1, within(1e-12));
    for (String node : r.aggregates()) {
      if (USA.score(node, USA.economyIndex(reference)) == 0) {
        // IDN and MEX score zero on compute_hpc: that node cannot be shown relative to them
        // (every score on it is missing), while its parents are unaffected
        assertThat(r.score(node, r.economyIndex(reference))).as(node).isNaN();
        continue;
      }
      for (int e = 0; e < r.economies().size(); e++) {
        int u = USA.economyIndex(r.economies().get(e));
        if (USA.score(node, u) == 0) {
          // a sub-item at zero (no cluster and no TOP500 system) stays zero under every reference
          assertThat(r.score(node, e)).as(node + " " + r.economies().get(e)).isZero();
          continue;
        }
        double ratio = r.score(node, e) / r.score(node, usa);
        assertThat(ratio / USA.score(node, u))
            .as(node + " " + r.economies().get(e))
            .isCloseTo(1, within(1e-9));
      }
    }
    for (int e = 0; e < r.economies().size(); e++) {
      assertThat(r.rank(e)).isEqualTo(USA.rank(USA.economyIndex(r.economies().get(e))));
    }
  }
}
