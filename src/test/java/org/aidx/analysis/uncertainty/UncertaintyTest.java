package org.aidx.analysis.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aidx.input.Inputs;
import org.aidx.method.normalise.MinMax;
import org.aidx.model.InputException;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.PipelineSpec;
import org.junit.jupiter.api.Test;

class UncertaintyTest {
  private static final Inputs CICC = Inputs.load(null, List.of(), List.of());
  private static final PipelineSpec SPEC = PipelineSpec.defaults();

  private static CompiledIndex cicc(Assumptions a) {
    return CompiledIndex.compile(
        CICC.framework(), CICC.dataset(), Methodology.of(CICC.framework(), SPEC), a);
  }

  private static CompiledIndex defaults() {
    return cicc(Assumptions.defaults(CICC.framework(), Methodology.of(CICC.framework(), SPEC)));
  }

  @Test
  void the_summary_does_not_depend_on_the_thread_count() {
    CompiledIndex ci = defaults();
    var one =
        Uncertainty.run(ci, new Uncertainty.Options(300, 5, Sampler.SOBOL, 1, false, true), null);
    var two =
        Uncertainty.run(ci, new Uncertainty.Options(300, 5, Sampler.SOBOL, 2, false, true), null);
    var three =
        Uncertainty.run(ci, new Uncertainty.Options(300, 5, Sampler.SOBOL, 3, false, true), null);
    assertThat(two).isEqualTo(one);
    assertThat(three).isEqualTo(one);
  }

  @Test
  void beyond_the_pilot_the_summary_still_does_not_depend_on_the_thread_count() {
    CompiledIndex ci = defaults();
    int runs = Uncertainty.PILOT + 1000;
    var one =
        Uncertainty.run(ci, new Uncertainty.Options(runs, 5, Sampler.SOBOL, 1, false, true), null);
    var two =
        Uncertainty.run(ci, new Uncertainty.Options(runs, 5, Sampler.SOBOL, 2, false, true), null);
    assertThat(two).isEqualTo(one);
    assertThat(one.notes()).anyMatch(n -> n.contains("bins per economy"));
  }

  @Test
  void the_seed_matters() {
    CompiledIndex ci = defaults();
    var a =
        Uncertainty.run(ci, new Uncertainty.Options(300, 1, Sampler.SOBOL, 2, false, true), null);
    var b =
        Uncertainty.run(ci, new Uncertainty.Options(300, 2, Sampler.SOBOL, 2, false, true), null);
    assertThat(a.economies()).isNotEqualTo(b.economies());
  }

  @Test
  void a_replayed_replication_gives_the_ranks_of_the_full_run() {
    CompiledIndex ci = defaults();
    var o =
        Uncertainty.runKeeping(
            ci, new Uncertainty.Options(200, 3, Sampler.RANDOM, 2, true, false), null);
    for (long r : new long[] {0, 57, 199}) {
      Evaluator ev = Uncertainty.replay(ci, Sampler.RANDOM, 3, r);
      for (int e = 0; e < ci.economies().size(); e++) {
        assertThat(ev.rank(e)).isEqualTo(o.rank(r, e));
      }
    }
  }

  @Test
  void with_nothing_uncertain_every_replication_is_the_nominal_result() {
    // one option only, the nominal one: every replication equals the nominal ranking
    CompiledIndex ci =
        cicc(
            Assumptions.of(
                List.of(
                    new Assumption.Normalisations(
                        List.of(new org.aidx.method.normalise.Frontier())))));
    var s =
        Uncertainty.run(ci, new Uncertainty.Options(50, 1, Sampler.SOBOL, 2, false, true), null);
    for (var e : s.economies()) {
      assertThat(e.rank().median()).isEqualTo(e.rank().nominal());
      assertThat(e.rank().q05()).isEqualTo(e.rank().nominal());
      assertThat(e.rank().q95()).isEqualTo(e.rank().nominal());
      assertThat(e.meanAbsRankShift()).isZero();
      assertThat(e.index().median())
          .isCloseTo(e.index().nominal(), org.assertj.core.data.Offset.offset(1e-6));
    }
    assertThat(s.economies().get(0).tierProbabilities().get(0)).isEqualTo(1.0);
  }

  @Test
  void rank_quantiles_bracket_the_median_and_tier_probabilities_sum_to_one() {
    var s =
        Uncertainty.run(
            defaults(), new Uncertainty.Options(256, 1, Sampler.SOBOL, 2, false, true), null);
    assertThat(s.economies()).hasSize(20);
    for (var e : s.economies()) {
      assertThat(e.rank().q05()).isLessThanOrEqualTo(e.rank().median());
      assertThat(e.rank().median()).isLessThanOrEqualTo(e.rank().q95());
      assertThat(e.tierProbabilities().stream().mapToDouble(Double::doubleValue).sum())
          .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }
    // the reference's gap to itself is always 0 and its index always 1 (CICC is relative to USA)
    var usa = s.economies().stream().filter(e -> e.iso3().equals("USA")).findFirst().orElseThrow();
    assertThat(usa.gap().q95()).isZero();
    assertThat(usa.index().q05()).isEqualTo(1.0);
  }

  @Test
  void unknown_indicator_in_leave_one_out_is_reported_with_a_suggestion() {
    assertThatThrownBy(
            () ->
                cicc(
                    Assumptions.of(
                        List.of(new Assumption.LeaveOneOut(List.of("top500_rmax_tflop"))))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown indicator 'top500_rmax_tflop'")
        .hasMessageContaining("did you mean 'top500_rmax_tflops'");
  }

  @Test
  void swapping_out_an_indicator_the_framework_lacks_is_reported_with_a_suggestion() {
    // the default framework measures diffusion by diffusion_variance_employment; a typo in the
    // indicator to swap out is caught when the assumptions are compiled, not deep in a data variant
    assertThatThrownBy(
            () ->
                cicc(
                    Assumptions.of(
                        List.of(
                            new Assumption.Indicators(
                                List.of(
                                    "nominal",
                                    "diffusion_variance_employmnt=diffusion_variance:-"))))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown indicator 'diffusion_variance_employmnt'")
        .hasMessageContaining("did you mean 'diffusion_variance_employment'");
  }

  @Test
  void leaving_out_the_only_indicator_of_a_dimension_is_refused() {
    assertThatThrownBy(
            () ->
                cicc(
                    Assumptions.of(
                        List.of(new Assumption.LeaveOneOut(List.of("private_ai_investment_2y"))))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("would empty its sub-item 'finance_amounts'");
  }

  @Test
  void unknown_level_is_reported_with_a_suggestion() {
    assertThatThrownBy(
            () -> cicc(Assumptions.of(List.of(new Assumption.UniformWeights("dimensoin", 0.2)))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown level 'dimensoin'")
        .hasMessageContaining("did you mean 'dimension'");
  }

  @Test
  void the_index_has_no_weight_to_vary() {
    assertThatThrownBy(
            () -> cicc(Assumptions.of(List.of(new Assumption.UniformWeights("index", 0.2)))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no weight to vary");
  }

  @Test
  void a_geometric_option_meeting_a_zero_without_floor_fails_with_the_replication() {
    // no floor (--floor none) and arithmetic means nominally: only the geometric option meets
    // Indonesia's zero high-performance compute (no TOP500 system, cluster capacity unknown)
    CompiledIndex ci =
        CompiledIndex.compile(
            CICC.framework(),
            CICC.dataset(),
            Methodology.of(
                CICC.framework(),
                SPEC.withZeroFloor(0.0).withAggregate(org.aidx.framework.Aggregation.ARITHMETIC)),
            Assumptions.of(
                List.of(
                    new Assumption.Aggregations(
                        "dimension",
                        List.of(
                            org.aidx.framework.Aggregation.ARITHMETIC,
                            org.aidx.framework.Aggregation.GEOMETRIC)))));
    assertThatThrownBy(
            () ->
                Uncertainty.run(
                    ci, new Uncertainty.Options(20, 1, Sampler.SOBOL, 1, false, true), null))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("geometric mean of 'compute'")
        .hasMessageContaining("floor");
  }

  @Test
  void an_option_combination_the_pipeline_refuses_is_named() {
    // the shipped series start long after 1990: by then no economy has any value
    assertThatThrownBy(
            () ->
                cicc(
                    Assumptions.of(
                        List.of(
                            new Assumption.Years(
                                List.of(
                                    java.util.Optional.empty(), java.util.Optional.of(1990)))))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("year=1990");
  }

  @Test
  void dirichlet_weights_keep_the_nominal_ranks_on_average_and_vary() {
    CompiledIndex ci =
        cicc(Assumptions.of(List.of(new Assumption.DirichletWeights("dimension", 50))));
    var s =
        Uncertainty.run(ci, new Uncertainty.Options(400, 1, Sampler.SOBOL, 2, false, false), null);
    double shift = s.economies().stream().mapToDouble(e -> e.meanAbsRankShift()).sum();
    assertThat(shift).isPositive();
    assertThat(s.economies().get(0).rank().median()).isEqualTo(1.0);
  }

  @Test
  void synthetic_index_runs_and_has_the_stated_shape() {
    SyntheticIndex si = SyntheticIndex.of(30, 23, 4);
    assertThat(si.framework().indicators()).hasSize(23);
    assertThat(si.framework().aggregates()).hasSize(1 + 2 + 10);
    CompiledIndex ci =
        CompiledIndex.compile(
            si.framework(),
            si.dataset(),
            Methodology.of(si.framework(), PipelineSpec.defaults()),
            si.assumptions());
    assertThat(ci.variants()).isEqualTo(3);
    var s =
        Uncertainty.run(ci, new Uncertainty.Options(64, 1, Sampler.SOBOL, 2, false, true), null);
    assertThat(s.economies()).hasSize(30);
    assertThat(s.notes()).isEmpty();
    assertThat(MinMax.of(1, 100)).isEqualTo(si.framework().normalisation());
  }

  @Test
  void synthetic_codes_are_zero_padded_as_format_would() {
    for (int n : new int[] {0, 1, 9, 10, 99, 100, 999, 1000, 12345}) {
      assertThat(SyntheticIndex.padded("U", n, 4))
          .isEqualTo(String.format(java.util.Locale.ROOT, "U%04d", n));
      assertThat(SyntheticIndex.padded("x", n, 3))
          .isEqualTo(String.format(java.util.Locale.ROOT, "x%03d", n));
    }
  }
}
