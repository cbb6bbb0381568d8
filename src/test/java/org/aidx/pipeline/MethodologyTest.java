package org.aidx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.input.FrameworkFiles;
import org.aidx.method.impute.Imputation;
import org.aidx.method.normalise.MinMax;
import org.aidx.method.normalise.Ratio;
import org.aidx.model.InputException;
import org.aidx.testing.TinyIndex;
import org.junit.jupiter.api.Test;

class MethodologyTest {
  static final Framework TINY =
      FrameworkFiles.parse("tiny.yaml", TinyIndex.FRAMEWORK.getBytes(StandardCharsets.UTF_8));

  @Test
  void without_choices_every_method_is_the_frameworks() {
    Methodology m = Methodology.of(TINY, PipelineSpec.defaults());
    assertThat(m.normalisation()).isEqualTo(Map.of("x", new Ratio(), "y", new Ratio()));
    assertThat(m.aggregation())
        .containsExactly(
            Map.entry("index", Aggregation.GEOMETRIC),
            Map.entry("one", Aggregation.ARITHMETIC),
            Map.entry("two", Aggregation.ARITHMETIC));
    assertThat(m.reference()).isEqualTo("USA");
    assertThat(m.relativeToReference()).isTrue();
    assertThat(m.imputation()).isEqualTo(Imputation.none());
    assertThat(m.zeroFloor()).isZero();
    assertThat(m.scoreFloor()).isNull();
  }

  @Test
  void a_choice_of_the_spec_replaces_the_frameworks_everywhere() {
    Methodology m =
        Methodology.of(
            TINY,
            PipelineSpec.defaults()
                .withNormalise(MinMax.of(1, 100))
                .withReference("DEU")
                .withZeroFloor(0.5));
    assertThat(m.normalisation().values()).containsOnly(MinMax.of(1, 100));
    assertThat(m.reference()).isEqualTo("DEU");
    assertThat(m.zeroFloor()).isEqualTo(0.5);
  }

  @Test
  void an_indicators_own_normalisation_beats_the_frameworks_and_the_specs_beats_both() {
    String yaml =
        TinyIndex.FRAMEWORK
            .replace(
                "normalisation: ratio", "normalisation: ratio\nimputation: mean\nzero_floor: 0.2")
            .replace(
                "        - indicator: x",
                "        - indicator: x\n          normalisation: minmax:1,100");
    Framework fw = FrameworkFiles.parse("tiny.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    Methodology own = Methodology.of(fw, PipelineSpec.defaults());
    assertThat(own.normalisation())
        .containsExactly(Map.entry("x", MinMax.of(1, 100)), Map.entry("y", new Ratio()));
    assertThat(own.imputation()).isEqualTo(Imputation.parse("mean"));
    assertThat(own.zeroFloor()).isEqualTo(0.2);

    Methodology asked =
        Methodology.of(
            fw,
            PipelineSpec.defaults()
                .withNormalise(new Ratio())
                .withImpute(Imputation.none())
                .withZeroFloor(0.0));
    assertThat(asked.normalisation().values()).containsOnly(new Ratio());
    assertThat(asked.imputation()).isEqualTo(Imputation.none());
    assertThat(asked.zeroFloor()).isZero();
  }

  @Test
  void aggregate_at_a_level_changes_the_nodes_of_that_level_only_and_aggregate_overrides_it() {
    // the tiny framework's nodes have no level: give them one
    String yaml =
        TinyIndex.FRAMEWORK
            .replace("  aggregation: geometric", "  level: index\n  aggregation: geometric")
            .replace(
                "      aggregation: arithmetic",
                "      level: dimension\n      aggregation: arithmetic");
    Framework fw = FrameworkFiles.parse("tiny.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    PipelineSpec at =
        PipelineSpec.defaults().withAggregateAt(Map.of("dimension", Aggregation.HARMONIC));
    assertThat(Methodology.of(fw, at).aggregation())
        .containsExactly(
            Map.entry("index", Aggregation.GEOMETRIC),
            Map.entry("one", Aggregation.HARMONIC),
            Map.entry("two", Aggregation.HARMONIC));
    assertThat(Methodology.of(fw, at.withAggregate(Aggregation.ARITHMETIC)).aggregation().values())
        .containsOnly(Aggregation.ARITHMETIC);
  }

  @Test
  void aggregate_at_an_unknown_level_names_the_levels_of_the_framework() {
    PipelineSpec s =
        PipelineSpec.defaults().withAggregateAt(Map.of("dimensoin", Aggregation.HARMONIC));
    String yaml =
        TinyIndex.FRAMEWORK.replace(
            "      aggregation: arithmetic",
            "      level: dimension\n      aggregation: arithmetic");
    Framework fw = FrameworkFiles.parse("tiny.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> Methodology.of(fw, s))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no aggregate node has level 'dimensoin'")
        .hasMessageContaining("did you mean 'dimension'?");
  }

  @Test
  void every_result_carries_the_methodology_its_run_resolved() {
    var data =
        org.aidx.input.DataFiles.read(
            "tiny.csv", TinyIndex.data("2").getBytes(StandardCharsets.UTF_8));
    PipelineSpec spec = PipelineSpec.defaults().withAggregate(Aggregation.ARITHMETIC);
    IndexResult r = Pipeline.run(TINY, data, Methodology.of(TINY, spec));
    assertThat(r.methodology()).isEqualTo(Methodology.of(TINY, spec));
  }

  @Test
  void the_weights_are_the_frameworks_for_every_node_below_the_root_in_tree_order() {
    Methodology m = Methodology.of(TINY, PipelineSpec.defaults());
    assertThat(m.weights())
        .containsExactly(
            Map.entry("one", 1.0), Map.entry("x", 1.0), Map.entry("two", 1.0), Map.entry("y", 1.0));
  }

  @Test
  void the_run_aggregates_with_the_methodologys_weights_not_the_trees() {
    var data =
        org.aidx.input.DataFiles.read(
            "tiny.csv", TinyIndex.data("2").getBytes(StandardCharsets.UTF_8));
    Methodology m = Methodology.of(TINY, PipelineSpec.defaults()).withWeights(Map.of("one", 3.0));
    IndexResult r = Pipeline.run(TINY, data, m);
    // the index is the geometric mean of its two dimensions weighted 3 : 1
    for (int e = 0; e < r.economies().size(); e++) {
      double want = Math.pow(r.score("one", e), 0.75) * Math.pow(r.score("two", e), 0.25);
      assertThat(r.index(e)).isCloseTo(want, org.assertj.core.data.Offset.offset(1e-12));
    }
    assertThat(r.methodology()).isEqualTo(m);
    assertThat(r.framework().find("one").orElseThrow().weight()).isEqualTo(3.0);
    // the same weight set in the tree, resolved at the edge, gives the same index
    Framework reweighted = new org.aidx.framework.Weights(Map.of("one", 3.0)).apply(TINY, "");
    IndexResult viaTree =
        Pipeline.run(reweighted, data, Methodology.of(reweighted, PipelineSpec.defaults()));
    for (int e = 0; e < r.economies().size(); e++) {
      assertThat(viaTree.index(e)).isEqualTo(r.index(e));
    }
  }

  @Test
  void a_weight_must_be_positive_and_belong_to_a_node_of_the_tree() {
    Methodology m = Methodology.of(TINY, PipelineSpec.defaults());
    assertThatThrownBy(() -> m.withWeights(Map.of("one", 0.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the weight of 'one' must be a positive number, got 0.0");
    assertThatThrownBy(() -> m.withWeights(Map.of("three", 1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no node 'three'");
  }

  @Test
  void a_methodology_without_a_weight_for_a_node_of_the_tree_is_refused_by_name() {
    Methodology m = Methodology.of(TINY, PipelineSpec.defaults());
    Methodology less =
        new Methodology(
            m.reference(),
            m.relativeToReference(),
            m.year(),
            m.maxAge(),
            m.denominate(),
            m.imputation(),
            m.treatment(),
            m.normalisation(),
            m.aggregation(),
            Map.of("one", 1.0, "x", 1.0, "two", 1.0),
            m.zeroFloor(),
            m.scoreFloor(),
            m.tiers());
    assertThatThrownBy(() -> less.onto(TINY))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(
            "methodology, weight y: has no weight, but the framework has this node");
  }

  @Test
  void an_edited_methodology_resolved_onto_its_tree_is_itself() {
    Methodology m =
        Methodology.of(TINY, PipelineSpec.defaults())
            .withWeights(Map.of("x", 2.5, "two", 0.5))
            .withAggregations(Map.of("index", Aggregation.HARMONIC));
    assertThat(Methodology.of(m.onto(TINY), m.spec())).isEqualTo(m);
  }
}
