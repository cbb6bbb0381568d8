package org.aidx.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.aidx.framework.Framework;
import org.aidx.framework.Weights;
import org.aidx.input.Inputs;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  static IndexResult base;
  static IndexResult noDiffusion;

  @BeforeAll
  static void run() {
    Inputs in = Inputs.load(null, List.of(), List.of());
    base =
        Pipeline.run(
            in.framework(), in.dataset(), Methodology.of(in.framework(), PipelineSpec.defaults()));
    Framework fw = Weights.parse(List.of("diffusion=0")).apply(in.framework(), "--weight ");
    noDiffusion = Pipeline.run(fw, in.dataset(), Methodology.of(fw, PipelineSpec.defaults()));
  }

  @Test
  void a_version_compared_with_itself_moves_nobody() {
    Comparison c = Comparison.of(base, base);
    assertThat(c.spearman()).isCloseTo(1, within(1e-12));
    assertThat(c.rows()).allSatisfy(r -> assertThat(r.rankChange()).isZero());
    assertThat(c.movers(5)).isEmpty();
  }

  @Test
  void the_dimensions_changes_add_up_to_the_change_of_the_log_gap_to_the_reference() {
    // both versions are relative to the USA = 1, so the log gap is ln(index)
    Comparison c = Comparison.of(base, noDiffusion);
    assertThat(c.comparator()).isEqualTo("USA");
    for (Comparison.Row r : c.rows()) {
      if (!r.iso3().equals("USA")) {
        assertThat(r.gapChange())
            .as(r.iso3())
            .isCloseTo(Math.log(r.indexB()) - Math.log(r.indexA()), within(1e-9));
      }
    }
  }

  @Test
  void rank_changes_are_rank_a_minus_rank_b_and_movers_are_sorted_by_size() {
    Comparison c = Comparison.of(base, noDiffusion);
    c.rows().forEach(r -> assertThat(r.rankChange()).isEqualTo(r.rankA() - r.rankB()));
    List<Comparison.Row> m = c.movers(3);
    assertThat(m).hasSize(3);
    assertThat(Math.abs(m.get(0).rankChange()))
        .isGreaterThanOrEqualTo(Math.abs(m.get(2).rankChange()));
  }
}
