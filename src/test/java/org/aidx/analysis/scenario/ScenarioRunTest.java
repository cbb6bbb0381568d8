package org.aidx.analysis.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.aidx.data.Dataset;
import org.aidx.framework.Framework;
import org.aidx.input.Inputs;
import org.aidx.input.ScenarioFiles;
import org.aidx.model.InputException;
import org.aidx.model.Observation;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.PipelineSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScenarioRunTest {
  static Framework fw;
  static Dataset data;
  static final PipelineSpec SPEC = PipelineSpec.defaults();

  @BeforeAll
  static void load() {
    Inputs in = Inputs.load(null, List.of(), List.of());
    fw = in.framework();
    data = in.dataset();
  }

  private static ScenarioRun run(String... changes) {
    return ScenarioRun.run(
        fw,
        data,
        Methodology.of(fw, SPEC),
        Scenario.of("test", List.of(changes).stream().map(Scenarios::parseChange).toList()));
  }

  private static void assertSameScores(IndexResult a, String ea, IndexResult b, String eb) {
    int x = a.economyIndex(ea);
    int y = b.economyIndex(eb);
    for (String node : a.aggregates()) {
      assertThat(a.score(node, x)).as(node).isEqualTo(b.score(node, y));
    }
  }

  @Test
  void a_scenario_without_changes_reproduces_the_baseline() {
    ScenarioRun r =
        ScenarioRun.run(fw, data, Methodology.of(fw, SPEC), Scenario.of("none", List.of()));
    for (String e : r.economies()) {
      assertSameScores(r.baseline(), e, r.result(), e);
      assertThat(r.scenarioRank(e)).isEqualTo(r.baselineRank(e));
      assertThat(r.scenarioTier(e)).isEqualTo(r.baselineTier(e));
    }
    assertThat(r.changed()).isEmpty();
  }

  @Test
  void scaling_by_one_changes_no_score() {
    ScenarioRun r = run("JPN:index=scale(1)");
    assertThat(r.changed()).hasSize(fw.indicators().size());
    for (String e : r.economies()) {
      assertSameScores(r.baseline(), e, r.result(), e);
    }
  }

  @Test
  void copying_every_indicator_from_another_economy_gives_exactly_its_scores() {
    ScenarioRun r = run("JPN:index=copy(DEU)");
    assertSameScores(r.result(), "JPN", r.baseline(), "DEU");
    assertThat(r.scenarioIndex("JPN")).isEqualTo(r.baselineIndex("DEU"));
    assertThat(r.scenarioRank("JPN")).isEqualTo(r.scenarioRank("DEU"));
  }

  @Test
  void changing_one_economy_leaves_the_others_scores_unchanged_under_ratio_normalisation() {
    // except where a value was imputed from the other economies' values (relative imputation
    // reads the means and spreads of the changed indicators): MEX and IDN in compute
    ScenarioRun r = run("JPN:compute=copy(USA)");
    IndexResult base = r.baseline();
    for (String e : r.economies()) {
      int x = base.economyIndex(e);
      boolean imputed = false;
      for (int i = 0; i < base.indicators().size(); i++) {
        imputed |= base.imputed(i, x);
      }
      if (!e.equals("JPN") && !imputed) {
        assertSameScores(r.baseline(), e, r.result(), e);
      }
      if (imputed) {
        for (String node : List.of("algorithms", "data", "finance", "market_friendliness")) {
          assertThat(r.result().score(node, r.result().economyIndex(e)))
              .as(e + " " + node)
              .isEqualTo(base.score(node, x));
        }
      }
    }
    assertThat(r.scenarioScore("compute", "JPN")).isEqualTo(1.0);
    assertThat(r.scenarioIndex("JPN")).isGreaterThan(r.baselineIndex("JPN"));
  }

  @Test
  void a_gap_of_one_half_moves_each_value_half_way_and_marks_it_scenario_made() {
    ScenarioRun r = run("JPN:data=gap(USA,0.5)");
    assertThat(r.changed()).hasSize(3);
    for (Observation o : r.changed()) {
      double jpn = data.latest("JPN", o.indicator(), null).orElseThrow().value();
      double usa = data.latest("USA", o.indicator(), null).orElseThrow().value();
      assertThat(o.value()).isCloseTo((jpn + usa) / 2, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(o.year()).isEqualTo(data.latest("JPN", o.indicator(), null).orElseThrow().year());
      assertThat(o.provenance().note()).startsWith("scenario-made by JPN:data=gap(USA,0.5)");
      assertThat(o.provenance().source()).isEqualTo("scenario 'test'");
    }
  }

  @Test
  void changes_act_on_the_value_selected_for_the_year() {
    PipelineSpec y2019 = SPEC.withYear(2019);
    Scenarios.Applied a =
        Scenarios.apply(
            fw,
            data,
            Methodology.of(fw, y2019),
            Scenario.of("y", List.of(Scenarios.parseChange("JPN:internet_users=scale(2)"))));
    Observation before = data.latest("JPN", "internet_users", 2019).orElseThrow();
    assertThat(a.changed())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.year()).isEqualTo(before.year());
              assertThat(o.value()).isEqualTo(2 * before.value());
            });
  }

  @Test
  void scale_on_a_dimension_skips_a_missing_value_with_a_note() {
    ScenarioRun r = run("MEX:compute=scale(2)");
    assertThat(r.changed())
        .extracting(Observation::indicator)
        .containsExactly("top500_rmax_tflops", "hyperscale_cloud_regions");
    assertThat(r.notes())
        .singleElement()
        .satisfies(n -> assertThat(n).contains("ai_supercomputers_h100e_operational_all_records"));
  }

  @Test
  void copying_from_an_economy_without_the_value_is_an_error() {
    assertThatThrownBy(() -> run("JPN:compute=copy(MEX)"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(
            "MEX has no value for ai_supercomputers_h100e_operational_all_records");
  }

  @Test
  void two_changes_of_one_value_conflict() {
    assertThatThrownBy(() -> run("JPN:compute=copy(USA)", "JPN:top500_rmax_tflops=scale(2)"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("change 2 'JPN:top500_rmax_tflops=scale(2)'")
        .hasMessageContaining("which change 1 'JPN:compute=copy(USA)' already changes");
  }

  @Test
  void a_negative_factor_on_a_non_negative_quantity_is_an_error() {
    assertThatThrownBy(() -> run("JPN:top500_rmax_tflops=scale(-1)"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("would become -")
        .hasMessageContaining("non-negative");
  }

  @Test
  void zero_variance_for_the_negative_diffusion_indicator_is_an_error_under_ratios() {
    // the shipped diffusion measure is a variance (lower is better): a zero cannot be divided by
    Scenario zero =
        Scenario.of(
            "test", List.of(Scenarios.parseChange("JPN:diffusion_variance_employment=set(0)")));
    assertThatThrownBy(() -> ScenarioRun.run(fw, data, Methodology.of(fw, SPEC), zero))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("divides by the best value, which is 0.0");
    assertThatThrownBy(
            () ->
                ScenarioRun.run(
                    fw,
                    data,
                    Methodology.of(fw, SPEC.withNormalise(new org.aidx.method.normalise.Ratio())),
                    zero))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("reference / value");
  }

  @Test
  void unknown_names_are_reported_with_the_nearest_known_one() {
    assertThatThrownBy(
            () -> run("JPM:compute=scale(2)", "JPN:comptue=scale(2)", "JPN:data=copy(USS)"))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).problems()).hasSize(3))
        .hasMessageContaining("unknown economy 'JPM'")
        .hasMessageContaining("did you mean JPN?")
        .hasMessageContaining("did you mean compute?")
        .hasMessageContaining("did you mean USA?");
  }

  @Test
  void baseline_breaks_place_a_score_in_the_highest_tier_it_reaches() {
    double[] breaks = {0.8, 0.3};
    assertThat(TierRule.tierUnder(breaks, 0.85)).isEqualTo(1);
    assertThat(TierRule.tierUnder(breaks, 0.8)).isEqualTo(1);
    assertThat(TierRule.tierUnder(breaks, 0.5)).isEqualTo(2);
    assertThat(TierRule.tierUnder(breaks, 0.1)).isEqualTo(2);
    assertThat(TierRule.tierUnder(breaks, Double.NaN)).isZero();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {2, 3, 4, 5, 6})
  void a_runs_own_breaks_give_back_every_economys_tier(int k) {
    org.aidx.input.Inputs in = org.aidx.input.Inputs.load(null, List.of(), List.of());
    IndexResult r =
        org.aidx.pipeline.Pipeline.run(
            in.framework(),
            in.dataset(),
            org.aidx.pipeline.Methodology.of(
                in.framework(), SPEC.withTiers(org.aidx.pipeline.tier.Tiering.fixed(k))));
    for (int e = 0; e < r.economies().size(); e++) {
      assertThat(TierRule.tierUnder(r.tiering().breaks(), r.index(e)))
          .as(r.economies().get(e))
          .isEqualTo(r.tier(e));
    }
  }

  @Test
  void the_shipped_japan_example_raises_japan_and_no_one_else() {
    List<Scenario> s = ScenarioFiles.read(Path.of("examples/scenarios/japan-us-sharing.yaml"));
    assertThat(s)
        .extracting(Scenario::name)
        .containsExactly("us-shares-half", "us-shares-fully", "supercomputers-only");
    List<ScenarioRun> runs =
        ScenarioRun.runAll(fw, data, Methodology.of(fw, SPEC), s, TierRule.BASELINE_BREAKS);
    for (ScenarioRun r : runs) {
      assertThat(r.scenarioIndex("JPN")).isGreaterThan(r.baselineIndex("JPN"));
      assertThat(r.scenarioRank("JPN")).isLessThan(r.baselineRank("JPN"));
      assertThat(r.changed()).allSatisfy(o -> assertThat(o.economy()).isEqualTo("JPN"));
    }
    assertThat(runs.get(1).scenarioIndex("JPN")).isGreaterThan(runs.get(0).scenarioIndex("JPN"));
  }
}
