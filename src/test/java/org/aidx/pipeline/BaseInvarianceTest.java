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
 * economy is the reference (the shipped data include zeros, floored, and missing values, imputed).
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
      for (int e = 0; e < r.economies().size(); e++) {
        int u = USA.economyIndex(r.economies().get(e));
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
