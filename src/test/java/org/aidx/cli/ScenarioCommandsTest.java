package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** aidx scenario, explain, advantage, target and frontier end to end. */
class ScenarioCommandsTest {
  private static final String EXAMPLE = "examples/scenarios/japan-us-sharing.yaml";

  @TempDir Path dir;

  private static Cli bad(String... args) {
    Cli c = Cli.run(args);
    assertThat(c.code()).as(c.err()).isEqualTo(2);
    assertThat(c.err())
        .contains("1 problem(s)")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    return c;
  }

  @Test
  void scenario_csv_starts_with_the_documented_columns() {
    Cli c = Cli.run("scenario", "--change", "JPN:compute=copy(USA)", "--format", "csv");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out().lines().findFirst().orElseThrow())
        .startsWith(
            "scenario,iso3,baseline_index,scenario_index,baseline_rank,scenario_rank,baseline_tier,scenario_tier,index_change,rank_change");
    assertThat(c.out().lines().count()).isEqualTo(21);
    assertThat(c.out()).contains("\ninline,JPN,");
  }

  @Test
  void the_shipped_japan_example_runs_and_writes_results_with_a_manifest() throws IOException {
    Path out = dir.resolve("japan");
    Cli c = Cli.run("scenario", "--file", EXAMPLE, "--out", out.toString());
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out())
        .contains(
            "Scenario 'us-shares-half'",
            "Scenario 'us-shares-fully'",
            "Scenario 'supercomputers-only'")
        .contains("Scores of the changed economies")
        .contains("Scenario tiers use the baseline's Jenks breaks");
    assertThat(Files.readString(out.resolve("scenarios.csv"))).contains("us-shares-fully,JPN,");
    String json = Files.readString(out.resolve("scenarios.json"));
    assertThat(json)
        .contains("\"scenario_values\"")
        .contains("scenario-made by JPN:compute_hpc=copy(USA)");
    assertThat(Files.readString(out.resolve("manifest.json")))
        .contains("\"role\" : \"scenarios\"")
        .contains("japan-us-sharing.yaml");
  }

  @Test
  void retier_says_that_breaks_are_fitted_again() {
    Cli c = Cli.run("scenario", "--change", "JPN:compute=copy(USA)", "--retier");
    assertThat(c.code()).isZero();
    assertThat(c.out()).contains("fitted again to each scenario");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "JPM:compute=copy(USA)|unknown economy 'JPM'|did you mean JPN?",
        "JPN:top500_rmax_tflop=scale(2)|'top500_rmax_tflop' is not an indicator, dimension or layer|did you mean top500_rmax_tflops?",
        "JPN:top500_rmax=scale(2)|'top500_rmax' is not an indicator, dimension or layer|did you mean top500_rmax_tflops?",
        "JPN:comput=scale(2)|'comput' is not an indicator, dimension or layer|did you mean compute?",
        "JPN:ai_supercomputers_h100e_operational_all_records=copy(IDN)|IDN has no value for ai_supercomputers_h100e_operational_all_records|take another source economy",
        "JPN:top500_rmax_tflops=scale(-2)|would become -|non-negative",
        "JPN:compute=triple(2)|unknown operation 'triple'|set(v), scale(k)",
        "JPN-compute|is not of the form ISO3:TARGET=OPERATION|JPN:compute=copy(USA)",
      })
  void every_bad_change_is_one_clear_error(String change, String what, String fix) {
    Cli c = bad("scenario", "--change", change);
    assertThat(c.err()).contains(what).contains(fix);
  }

  @Test
  void two_changes_of_the_same_value_are_a_conflict() {
    Cli c =
        bad(
            "scenario",
            "--change",
            "JPN:compute=copy(USA)",
            "--change",
            "JPN:top500_rmax_tflops=scale(2)");
    assertThat(c.err()).contains("already changes").contains("change each value once per scenario");
  }

  @Test
  void a_scenario_needs_a_file_or_a_change() {
    assertThat(bad("scenario").err()).contains("no scenario given");
  }

  @Test
  void a_bad_scenario_file_names_the_scenario_and_change() throws IOException {
    Path f = dir.resolve("bad.yaml");
    String text = "scenarios:\n  - name: one\n    changes:\n      - JPN:compute=copy(USA\n";
    Files.writeString(f, text, StandardCharsets.UTF_8);
    Cli c = bad("scenario", "--file", f.toString());
    assertThat(c.err()).contains(f + ", scenario 1 'one', change 1");
    assertThat(Files.readString(f)).isEqualTo(text);
  }

  @Test
  void explain_prints_strengths_weaknesses_and_the_additivity_check() {
    Cli c = Cli.run("explain", "JPN", "--vs", "CHN");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out())
        .contains("technology_activity", "compute", "· top500_rmax_tflops")
        .contains("exactly additive in logs")
        .contains("Largest residual: ")
        .contains("strengths:  ")
        .contains("weaknesses: ");
  }

  @Test
  void advantage_classifies_and_draws_the_scatter() throws IOException {
    Path out = dir.resolve("adv");
    Cli c = Cli.run("advantage", "--centre", "median", "--out", out.toString());
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out()).contains("USA").contains("R&D-led").contains("balanced");
    assertThat(out.resolve("layer-scatter.png")).isNotEmptyFile();
    assertThat(Files.readString(out.resolve("layer-scatter.svg"))).contains("<svg");
    assertThat(Files.readString(out.resolve("advantage.csv")))
        .startsWith("iso3,name,rank,technology_activity,market_friendliness,ratio,relative,lead");
  }

  @Test
  void target_lists_every_dimension_and_frontier_every_node() {
    Cli t = Cli.run("target", "JPN", "--rank", "3", "--format", "csv");
    assertThat(t.code()).as(t.err()).isZero();
    assertThat(t.out().lines().count()).isEqualTo(8);
    Cli f = Cli.run("frontier", "--format", "csv");
    assertThat(f.code()).as(f.err()).isZero();
    assertThat(f.out()).startsWith("node,iso3,score,frontier,frontier_score,gap,ratio");
    assertThat(f.out()).contains("\ncompute,USA,1.0,USA,1.0,0.0,1.0");
  }

  @Test
  void target_rejects_an_unknown_dimension_and_an_impossible_rank() {
    assertThat(bad("target", "JPN", "--rank", "3", "--dimension", "compte").err())
        .contains("did you mean compute?");
    assertThat(bad("target", "JPN", "--rank", "21").err()).contains("between 1 and 20");
    assertThat(bad("target", "JPX", "--tier", "1").err()).contains("did you mean JPN?");
  }
}
