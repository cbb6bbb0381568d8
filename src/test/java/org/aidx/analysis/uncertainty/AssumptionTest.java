package org.aidx.analysis.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.input.AssumptionFiles;
import org.aidx.input.Inputs;
import org.aidx.method.impute.Imputation;
import org.aidx.method.normalise.MinMax;
import org.aidx.method.normalise.Ratio;
import org.aidx.model.Direction;
import org.aidx.model.InputException;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.PipelineSpec;
import org.junit.jupiter.api.Test;

/** Each assumption owns its meaning: a typed level, and how each option changes a methodology. */
class AssumptionTest {
  static final Framework CICC = Inputs.load(null, List.of(), List.of()).framework();

  @Test
  void a_level_is_the_indicators_or_the_aggregate_nodes_of_one_label() {
    assertThat(Assumption.Level.parse("indicator")).isEqualTo(new Assumption.Level.Indicators());
    assertThat(Assumption.Level.parse(" Dimension "))
        .isEqualTo(new Assumption.Level.Aggregates("dimension"));
    var w = (Assumption.UniformWeights) Assumption.parse("--vary", "weights:layer", List.of("25%"));
    assertThat(w.level()).isEqualTo(new Assumption.Level.Aggregates("layer"));
    assertThat(w.key()).isEqualTo("weights:layer");
  }

  @Test
  void a_level_resolves_to_the_positions_of_its_nodes_in_the_framework() {
    int[] dims = new Assumption.Level.Aggregates("dimension").resolve(CICC, false, "here");
    List<Node.Aggregate> aggs = CICC.aggregates();
    assertThat(dims).isNotEmpty();
    List<Integer> listed = java.util.Arrays.stream(dims).boxed().toList();
    for (int a = 0; a < aggs.size(); a++) {
      assertThat(listed.contains(a)).isEqualTo(aggs.get(a).level().equals("dimension"));
    }
    assertThat(new Assumption.Level.Indicators().resolve(CICC, false, "here"))
        .hasSize(CICC.indicators().size());
    // the root takes part in aggregation but has no sibling weight
    assertThat(new Assumption.Level.Aggregates("index").resolve(CICC, true, "here"))
        .containsExactly(0);
    assertThat(new Assumption.Level.Aggregates("index").resolve(CICC, false, "here")).isEmpty();
  }

  @Test
  void an_unknown_level_names_where_it_was_written_and_the_levels_of_the_framework() {
    assertThatThrownBy(
            () ->
                new Assumption.Level.Aggregates("dimensoin").resolve(CICC, true, "a.yaml, line 3"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("a.yaml, line 3: unknown level 'dimensoin'")
        .hasMessageContaining("did you mean 'dimension'?")
        .hasMessageContaining("use one of index, layer, dimension");
  }

  @Test
  void indicators_are_not_a_level_of_aggregation() {
    assertThatThrownBy(
            () -> Assumption.parse("--vary", "aggregation:indicator", List.of("arithmetic")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("indicators are not aggregated");
  }

  @Test
  void each_data_option_applies_itself_to_the_methodology() {
    Methodology nominal = Methodology.of(CICC, PipelineSpec.defaults());
    var n = new Assumption.Normalisations(List.of(new Ratio(), MinMax.of(1, 100)));
    assertThat(n.applyTo(nominal, 1).normalisation().values()).containsOnly(MinMax.of(1, 100));
    assertThat(n.describe(1)).isEqualTo("normalisation=minmax:1,100");
    var y = new Assumption.Years(List.of(Optional.empty(), Optional.of(2022)));
    assertThat(y.applyTo(nominal, 1).year()).isEqualTo(2022);
    assertThat(y.applyTo(nominal.withYear(2020), 0).year()).isNull();
    var i = new Assumption.Imputations(List.of(Imputation.none(), Imputation.parse("median")));
    assertThat(i.applyTo(nominal, 1).imputation()).isEqualTo(Imputation.parse("median"));
    // options of the data leave the framework alone; the indicator choice changes only it
    assertThat(n.applyTo(CICC, 1)).isSameAs(CICC);
  }

  @Test
  void an_indicator_option_swaps_indicators_in_place() {
    String old = CICC.indicators().get(0).id();
    var choice = new Assumption.Indicators(List.of("nominal", old + "=other_measure:-"));
    Framework fw = choice.applyTo(CICC, 1);
    assertThat(fw.indicators().get(0).id()).isEqualTo("other_measure");
    assertThat(fw.indicators().get(0).direction()).isEqualTo(Direction.NEGATIVE);
    assertThat(choice.applyTo(CICC, 0)).isSameAs(CICC);
    // the methodology follows: the new indicator takes the old one's normalisation and weight
    Methodology m = Methodology.of(CICC, nominalSpec());
    Methodology swapped = choice.applyTo(m, 1);
    assertThat(swapped.normalisation()).containsKey("other_measure").doesNotContainKey(old);
    assertThat(swapped.normalisationOf("other_measure")).isEqualTo(m.normalisationOf(old));
    assertThat(swapped.weightOf("other_measure")).isEqualTo(m.weightOf(old));
    assertThat(choice.applyTo(m, 0)).isSameAs(m);
  }

  @Test
  void a_problem_in_an_assumptions_file_names_its_line() {
    String yaml =
        "floor: 0.01\nvary:\n  imputation: [none, mean]\n  aggregation:layer: [arithmetic, softmax]\n";
    assertThatThrownBy(
            () ->
                AssumptionFiles.read(
                    "a.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("a.yaml, line 4, vary, aggregation:layer")
        .hasMessageContaining("arithmetic, geometric, harmonic");
  }

  private static PipelineSpec nominalSpec() {
    return PipelineSpec.defaults();
  }

  @Test
  void the_default_nominal_normalisation_is_the_methodologys_own_per_indicator() {
    String first = CICC.indicators().get(0).id();
    Methodology m = Methodology.of(CICC, PipelineSpec.defaults()); // frontier for every indicator
    Assumption.Normalisations one = normalisations(Assumptions.defaults(CICC, m));
    assertThat(one.labels()).containsExactly("frontier", "minmax:1,100");

    // one indicator normalised differently: option 0 keeps each indicator's own method
    Framework mixed =
        CICC.withRoot((Node.Aggregate) swapNormalisation(CICC.root(), first, MinMax.of(1, 100)));
    Methodology own = Methodology.of(mixed, PipelineSpec.defaults());
    Assumption.Normalisations n = normalisations(Assumptions.defaults(mixed, own));
    assertThat(n.labels()).containsExactly("nominal", "minmax:1,100");
    assertThat(n.applyTo(own, 0)).isSameAs(own);
    assertThat(n.applyTo(own, 1).normalisation().values()).containsOnly(MinMax.of(1, 100));
  }

  private static Assumption.Normalisations normalisations(Assumptions a) {
    return a.items().stream()
        .filter(Assumption.Normalisations.class::isInstance)
        .map(Assumption.Normalisations.class::cast)
        .findFirst()
        .orElseThrow();
  }

  private static Node swapNormalisation(
      Node n, String id, org.aidx.method.normalise.Normalisation how) {
    if (n instanceof Node.Indicator i) {
      return i.id().equals(id) ? i.withNormalisation(how) : i;
    }
    Node.Aggregate a = (Node.Aggregate) n;
    return a.withChildren(a.children().stream().map(c -> swapNormalisation(c, id, how)).toList());
  }
}
