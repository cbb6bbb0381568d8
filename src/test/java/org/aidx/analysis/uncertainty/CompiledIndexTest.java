package org.aidx.analysis.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.aidx.framework.Aggregation;
import org.aidx.input.Inputs;
import org.aidx.method.impute.Imputation;
import org.aidx.method.normalise.MinMax;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
import org.aidx.pipeline.treat.Treatment;
import org.junit.jupiter.api.Test;

class CompiledIndexTest {
  private static final Inputs CICC = Inputs.load(null, List.of(), List.of());

  private static void assertReproduces(PipelineSpec spec) {
    IndexResult expected =
        Pipeline.run(CICC.framework(), CICC.dataset(), Methodology.of(CICC.framework(), spec));
    CompiledIndex ci =
        CompiledIndex.compile(
            CICC.framework(),
            CICC.dataset(),
            Methodology.of(CICC.framework(), spec),
            Assumptions.defaults(CICC.framework(), Methodology.of(CICC.framework(), spec))
                .withFloor(null));
    Evaluator ev = ci.evaluator();
    assertThat(ev.evaluateNominal()).isTrue();
    for (int e = 0; e < expected.economies().size(); e++) {
      assertThat(ev.index(e))
          .as(expected.economies().get(e))
          .isCloseTo(expected.index(e), within(1e-12));
      assertThat(ev.rank(e)).as(expected.economies().get(e)).isEqualTo(expected.rank(e));
    }
    int[] tiers = ev.assignTiers();
    for (int e = 0; e < expected.economies().size(); e++) {
      assertThat(tiers[e]).isEqualTo(expected.tier(e));
    }
  }

  @Test
  void an_indicator_choice_evaluates_the_framework_with_the_alternative_measure() {
    // one assumption: the diffusion measure; u near 1 takes the variance at 7 value-added groups
    Assumption.Indicators choice =
        new Assumption.Indicators(
            List.of("nominal", "diffusion_variance_employment=diffusion_variance:-"));
    PipelineSpec spec = PipelineSpec.defaults();
    CompiledIndex ci =
        CompiledIndex.compile(
            CICC.framework(),
            CICC.dataset(),
            Methodology.of(CICC.framework(), spec),
            Assumptions.of(List.of(choice)));
    Evaluator ev = ci.evaluator();
    IndexResult swapped =
        Pipeline.run(
            CICC.framework()
                .withIndicatorSwapped(
                    "diffusion_variance_employment",
                    "diffusion_variance",
                    org.aidx.model.Direction.NEGATIVE),
            CICC.dataset(),
            Methodology.of(
                CICC.framework()
                    .withIndicatorSwapped(
                        "diffusion_variance_employment",
                        "diffusion_variance",
                        org.aidx.model.Direction.NEGATIVE),
                spec));
    assertThat(ev.evaluate(new double[] {0.99})).isTrue();
    for (int e = 0; e < swapped.economies().size(); e++) {
      assertThat(ev.index(e)).isCloseTo(swapped.index(e), within(1e-12));
    }
    IndexResult replayed = ci.replay(new double[] {0.99});
    assertThat(replayed.indicators()).contains("diffusion_variance");
    IndexResult nominal =
        Pipeline.run(CICC.framework(), CICC.dataset(), Methodology.of(CICC.framework(), spec));
    assertThat(ev.evaluate(new double[] {0.01})).isTrue();
    for (int e = 0; e < nominal.economies().size(); e++) {
      assertThat(ev.index(e)).isCloseTo(nominal.index(e), within(1e-12));
    }
  }

  @Test
  void the_defaults_vary_the_documented_alternative_measures_when_the_data_have_them() {
    Assumptions a =
        Assumptions.defaults(
            CICC.framework(),
            Methodology.of(CICC.framework(), PipelineSpec.defaults()),
            CICC.dataset());
    assertThat(a.items())
        .filteredOn(x -> x instanceof Assumption.Indicators)
        .singleElement()
        .satisfies(
            x ->
                assertThat(x.labels())
                    .containsExactly(
                        "nominal",
                        "diffusion_variance_employment=diffusion_variance:-",
                        "diffusion_variance_employment=diffusion_effective_industries",
                        "private_ai_investment_2y=private_ai_investment_5y",
                        "newly_funded_ai_companies_2013_2024=notable_ai_models_6y"));
    // the framework's own score floor (a whole dimension at zero) is the floor of every option
    assertThat(a.floor()).isEqualTo(0.001);
  }

  @Test
  void an_indicator_option_that_is_not_a_swap_is_refused_with_the_form() {
    org.aidx.model.InputException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.aidx.model.InputException.class,
            () -> Assumption.parse("--vary", "indicators", List.of("nominal", "diffusion")));
    assertThat(e.getMessage()).contains("OLD=NEW[:-]");
  }

  @Test
  void nominal_evaluation_reproduces_the_pipeline_on_the_shipped_data() {
    assertReproduces(PipelineSpec.defaults());
  }

  @Test
  void nominal_evaluation_reproduces_the_pipeline_with_geometric_means_and_a_floor() {
    assertReproduces(
        PipelineSpec.defaults().withAggregate(Aggregation.GEOMETRIC).withGeometricFloor(0.01));
  }

  @Test
  void nominal_evaluation_reproduces_the_pipeline_with_minmax_imputation_and_treatment() {
    assertReproduces(
        PipelineSpec.defaults()
            .withNormalise(MinMax.of(1, 100))
            .withImpute(new Imputation(Imputation.Kind.MEAN, null))
            .withTreat(Treatment.winsorise(5))
            .withAggregate(Aggregation.HARMONIC));
  }

  @Test
  void a_replication_reproduces_the_pipeline_under_the_options_it_drew() {
    PipelineSpec spec = PipelineSpec.defaults();
    CompiledIndex ci =
        CompiledIndex.compile(
            CICC.framework(),
            CICC.dataset(),
            Methodology.of(CICC.framework(), spec),
            Assumptions.defaults(CICC.framework(), Methodology.of(CICC.framework(), spec)));
    Evaluator ev = ci.evaluator();
    double[] u = new double[ci.dimension()];
    // every weight at its nominal value (u = 0.5 multiplies by 1); discrete options near 1 take the
    // last option: minmax:1,100, the other mean at every level (arithmetic for the index and the
    // layers, geometric for dimensions and sub-items), median imputation, winsorise
    java.util.Arrays.fill(u, 0.5);
    List<String> keys = ci.factorKeys();
    int[][] coords = ci.factorCoordinates();
    for (int k = 0; k < keys.size(); k++) {
      if (!keys.get(k).startsWith("weights") && !keys.get(k).equals("leave-one-out")) {
        u[coords[k][0]] = 0.99;
      } else if (keys.get(k).equals("leave-one-out")) {
        u[coords[k][0]] = 0.0;
      }
    }
    assertThat(ev.evaluate(u)).isTrue();
    // the same choices through the pipeline
    IndexResult expected =
        Pipeline.run(
            CICC.framework(),
            CICC.dataset(),
            Methodology.of(
                CICC.framework(),
                spec.withNormalise(MinMax.of(1, 100))
                    .withAggregateAt(
                        java.util.Map.of(
                            "index", Aggregation.ARITHMETIC,
                            "layer", Aggregation.ARITHMETIC,
                            "dimension", Aggregation.GEOMETRIC,
                            "sub-item", Aggregation.GEOMETRIC))
                    .withImpute(new Imputation(Imputation.Kind.MEDIAN, null))
                    .withTreat(Treatment.winsorise(5))
                    .withGeometricFloor(0.001)));
    for (int e = 0; e < expected.economies().size(); e++) {
      assertThat(ev.index(e)).isCloseTo(expected.index(e), within(1e-12));
      assertThat(ev.rank(e)).isEqualTo(expected.rank(e));
    }
  }
}
