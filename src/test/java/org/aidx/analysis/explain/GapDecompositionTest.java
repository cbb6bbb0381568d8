package org.aidx.analysis.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.aidx.input.Inputs;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GapDecompositionTest {
  private static final IndexResult RESULT = run(PipelineSpec.defaults());

  private static IndexResult run(PipelineSpec spec) {
    Inputs in = Inputs.load(null, List.of(), List.of());
    return Pipeline.run(in.framework(), in.dataset(), Methodology.of(in.framework(), spec));
  }

  @ParameterizedTest
  @ValueSource(strings = {"CHN", "JPN", "IDN", "DEU", "USA"})
  void contributions_of_children_add_up_exactly_to_their_parent(String code) {
    int a = RESULT.economyIndex(code);
    int b = RESULT.economyIndex("USA");
    List<GapDecomposition.Contribution> cs = GapDecomposition.decompose(RESULT, a, b);
    assertThat(cs.get(0).logGap())
        .isCloseTo(Math.log(RESULT.index(a) / RESULT.index(b)), within(1e-12));
    for (int i = 0; i < cs.size(); i++) {
      if (cs.get(i).indicator()) {
        continue;
      }
      int depth = cs.get(i).depth();
      double sum = 0;
      for (int j = i + 1; j < cs.size() && cs.get(j).depth() > depth; j++) {
        if (cs.get(j).depth() == depth + 1) {
          sum += cs.get(j).logGap();
        }
      }
      assertThat(sum).as(cs.get(i).node()).isCloseTo(cs.get(i).logGap(), within(1e-12));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"arithmetic", "geometric", "harmonic"})
  void decomposition_is_exact_under_every_aggregation(String how) {
    IndexResult r =
        run(
            PipelineSpec.defaults()
                .withNormalise(org.aidx.method.normalise.Normalisation.parse("minmax:1,100"))
                .withAggregate(org.aidx.framework.Aggregation.parse(how)));
    int a = r.economyIndex("JPN");
    int b = r.economyIndex("CHN");
    List<GapDecomposition.Contribution> cs = GapDecomposition.decompose(r, a, b);
    double layers =
        cs.stream()
            .filter(c -> c.depth() == 1)
            .mapToDouble(GapDecomposition.Contribution::logGap)
            .sum();
    double indicators =
        cs.stream()
            .filter(GapDecomposition.Contribution::indicator)
            .mapToDouble(GapDecomposition.Contribution::logGap)
            .sum();
    double gap = Math.log(r.index(a) / r.index(b));
    assertThat(layers).isCloseTo(gap, within(1e-12));
    assertThat(indicators).isCloseTo(gap, within(1e-12));
  }

  @org.junit.jupiter.api.Test
  void under_a_score_floor_a_zero_score_has_the_share_of_the_floor_not_nan() {
    // minmax onto [0, 1] gives the lowest economy 0; geometric means raise it to the floor 0.01
    IndexResult r =
        run(
            PipelineSpec.defaults()
                .withNormalise(org.aidx.method.normalise.Normalisation.parse("minmax:0,1"))
                .withAggregate(org.aidx.framework.Aggregation.GEOMETRIC)
                .withGeometricFloor(0.01));
    int a = r.economyIndex("IDN");
    int b = r.economyIndex("USA");
    List<GapDecomposition.Contribution> cs = GapDecomposition.decompose(r, a, b);
    assertThat(cs).allSatisfy(c -> assertThat(c.logGap()).as(c.node()).isFinite());
    assertThat(GapDecomposition.maxResidual(cs)).isLessThan(1e-12);
    // compute_hpc: IDN scores 0 on both of its indicators (no TOP500 system; no cluster capacity,
    // imputed 0), which enter as ln 0.01; the node's gap is split in proportion to
    // w·ln 0.01 − w·ln x_USA
    int at = indexOf(cs, "compute_hpc");
    GapDecomposition.Contribution hpc = cs.get(at);
    int n = 2;
    double[] term = new double[n];
    double total = 0;
    for (int k = 0; k < n; k++) {
      GapDecomposition.Contribution c = cs.get(at + 1 + k);
      assertThat(c.indicator()).as(c.node()).isTrue();
      assertThat(c.score()).as(c.node()).isZero();
      term[k] = c.weight() * (Math.log(0.01) - Math.log(c.other()));
      total += term[k];
    }
    for (int k = 0; k < n; k++) {
      assertThat(cs.get(at + 1 + k).logGap())
          .isCloseTo(hpc.logGap() * term[k] / total, within(1e-12));
    }
  }

  private static int indexOf(List<GapDecomposition.Contribution> cs, String node) {
    for (int i = 0; i < cs.size(); i++) {
      if (cs.get(i).node().equals(node)) {
        return i;
      }
    }
    throw new AssertionError("no node " + node);
  }
}
