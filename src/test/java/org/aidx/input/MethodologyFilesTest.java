package org.aidx.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.method.impute.Imputation;
import org.aidx.method.normalise.Normalisation;
import org.aidx.model.InputException;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.PipelineSpec;
import org.aidx.pipeline.tier.Tiering;
import org.aidx.pipeline.treat.Treatment;
import org.aidx.report.ResultWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MethodologyFilesTest {
  static final Framework CICC = Inputs.load(null, List.of(), List.of()).framework();

  static Stream<PipelineSpec> specs() {
    return Stream.of(
        PipelineSpec.defaults(),
        PipelineSpec.defaults()
            .withNormalise(Normalisation.parse("minmax:1,100"))
            .withAggregateAt(Map.of("layer", Aggregation.ARITHMETIC))
            .withImpute(Imputation.parse("group-mean:income"))
            .withTreat(Treatment.winsorise(3))
            .withTiers(Tiering.fixed(4))
            .withGeometricFloor(0.01)
            .withZeroFloor(0.0)
            .withYear(2023)
            .withMaxAge(3)
            .withDenominate(true)
            .withReference("CHN"),
        PipelineSpec.defaults()
            .withNormalise(Normalisation.parse("zscore:10,2"))
            .withAggregate(Aggregation.HARMONIC)
            .withTiers(new Tiering(null, 0.8, 4)));
  }

  @ParameterizedTest
  @MethodSource("specs")
  void a_methodology_reads_back_from_its_yaml_as_the_same_value(PipelineSpec spec) {
    Methodology m = Methodology.of(CICC, spec);
    String yaml = MethodologyFiles.yaml(m);
    assertThat(MethodologyFiles.read("m.yaml", yaml)).isEqualTo(m);
  }

  @ParameterizedTest
  @MethodSource("specs")
  void a_methodology_put_onto_its_framework_resolves_to_itself(PipelineSpec spec) {
    Methodology m = Methodology.of(CICC, spec);
    assertThat(Methodology.of(m.onto(CICC), m.spec())).isEqualTo(m);
  }

  @Test
  void the_yaml_names_every_indicator_and_node_with_the_text_its_parser_reads() {
    Methodology m =
        Methodology.of(CICC, PipelineSpec.defaults().withNormalise(Normalisation.parse("rank")));
    String yaml = MethodologyFiles.yaml(m);
    for (var i : CICC.indicators()) {
      assertThat(yaml).contains("  " + i.id() + ": rank");
    }
    assertThat(yaml).contains("reference: USA").contains("year: latest").contains("tiers: auto");
  }

  @Test
  void an_unknown_method_is_reported_with_file_line_key_and_the_accepted_values() {
    String yaml =
        MethodologyFiles.yaml(Methodology.of(CICC, PipelineSpec.defaults()))
            .replace("impute: relative", "impute: knn")
            .replace("tiers: auto", "tiers: many");
    int line = yaml.lines().toList().indexOf("impute: knn") + 1;
    assertThatThrownBy(() -> MethodologyFiles.read("m.yaml", yaml))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("m.yaml, line " + line + ", impute")
        .hasMessageContaining("none, mean, median, group-mean:COLUMN, relative")
        .hasMessageContaining("tiers 'many' is not auto");
  }

  @Test
  void an_unknown_key_is_a_problem_with_a_suggestion() {
    String yaml =
        MethodologyFiles.yaml(Methodology.of(CICC, PipelineSpec.defaults()))
            .replace("treat: none", "treat: none\nnormalize_all: rank");
    assertThatThrownBy(() -> MethodologyFiles.read("m.yaml", yaml))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("normalize_all");
  }

  @Test
  void results_and_manifests_record_the_resolved_methodology() {
    var node = ResultWriter.methodology(CICC, Methodology.of(CICC, PipelineSpec.defaults()));
    assertThat(node.get("resolved"))
        .isEqualTo(MethodologyFiles.tree(Methodology.of(CICC, PipelineSpec.defaults())));
    assertThat(node.at("/resolved/normalise").size()).isEqualTo(CICC.indicators().size());
    assertThat(node.at("/resolved/aggregate").size()).isEqualTo(CICC.aggregates().size());
  }
}
