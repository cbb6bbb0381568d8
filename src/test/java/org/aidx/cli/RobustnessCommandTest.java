package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RobustnessCommandTest {
  @TempDir Path tmp;

  @Test
  void csv_has_one_row_per_economy_with_the_required_columns() {
    Cli r = Cli.run("robustness", "--runs", "64", "--format", "csv", "--quiet");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0))
        .startsWith("iso3,name,nominal_rank,median_rank,rank_q05,rank_q95,mean_abs_rank_shift,");
    assertThat(lines).hasSize(21);
    assertThat(lines.get(1)).startsWith("USA,United States,1,");
  }

  @Test
  void help_of_every_new_command_renders_without_warnings() {
    for (String c : List.of("robustness", "sensitivity", "coherence")) {
      Cli r = Cli.run(c, "--help");
      assertThat(r.code()).isZero();
      assertThat(r.err()).as(c).isEmpty();
      assertThat(r.out()).as(c).contains("Examples:").doesNotContain("%%");
    }
  }

  @Test
  void output_does_not_depend_on_threads() {
    Cli one = Cli.run("robustness", "--runs", "100", "--format", "csv", "--threads", "1");
    Cli two = Cli.run("robustness", "--runs", "100", "--format", "csv", "--threads", "2");
    assertThat(two.out()).isEqualTo(one.out());
  }

  @Test
  void replay_reproduces_a_row_of_the_replications_file() throws Exception {
    Path reps = tmp.resolve("reps.csv");
    Cli r =
        Cli.run(
            "robustness",
            "--runs",
            "40",
            "--seed",
            "9",
            "--replications",
            reps.toString(),
            "--format",
            "csv");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> rows = Files.readAllLines(reps);
    assertThat(rows).hasSize(41);
    String[] header = rows.get(0).split(",");
    String[] row17 = rows.get(18).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
    assertThat(row17[0]).isEqualTo("17");
    Cli replay = Cli.run("robustness", "--runs", "40", "--seed", "9", "--replay", "17");
    assertThat(replay.code()).as(replay.err()).isZero();
    for (String line :
        replay.out().lines().filter(l -> !l.startsWith("#") && !l.startsWith("iso3")).toList()) {
      String[] f = line.split(",");
      int col = List.of(header).indexOf("rank:" + f[0]);
      assertThat(row17[col]).as(f[0]).isEqualTo(f[1]);
    }
    assertThat(replay.out()).contains("# normalisation = ");
  }

  @Test
  void replay_with_out_writes_the_regenerated_full_result_and_a_manifest() throws Exception {
    Path out = tmp.resolve("replay");
    Cli r =
        Cli.run(
            "robustness", "--runs", "40", "--seed", "9", "--replay", "5", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("# regenerated through the pipeline");
    assertThat(out.resolve("replication-5.csv")).exists();
    assertThat(Files.readString(out.resolve("replication-5.json"))).contains("\"economies\"");
    assertThat(Files.readString(out.resolve("manifest.json"))).contains("replication-5.csv");
  }

  @Test
  void out_writes_tables_chart_and_manifest() {
    Path out = tmp.resolve("run");
    Cli r = Cli.run("robustness", "--runs", "32", "--out", out.toString(), "--quiet");
    assertThat(r.code()).as(r.err()).isZero();
    for (String f :
        List.of(
            "robustness.csv",
            "robustness.json",
            "rank-intervals.png",
            "rank-intervals.svg",
            "manifest.json")) {
      assertThat(out.resolve(f)).isNotEmptyFile();
    }
  }

  @Test
  void vary_replaces_the_defaults() {
    Cli r = Cli.run("robustness", "--runs", "16", "--vary", "imputation=none|mean");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("varying: imputation=none|mean").doesNotContain("leave-one-out");
  }

  @Test
  void assumptions_file_is_read() throws Exception {
    Path a = tmp.resolve("a.yaml");
    Files.writeString(
        a,
        "floor: 0.05\nvary:\n  weights:dimension: dirichlet:20\n  normalisation: [ratio, \"minmax:1,100\"]\n");
    Cli r = Cli.run("robustness", "--runs", "16", "--assumptions", a.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("weights:dimension=dirichlet:20.0; normalisation=ratio|minmax:1,100; floor=0.05");
  }

  @Test
  void synthetic_runs_and_skips_tiers_above_fifty_units() {
    Cli r = Cli.run("robustness", "--synthetic", "60x20", "--runs", "32");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("tier probabilities not computed: 60 units is more than 50");
  }

  @Test
  void bad_assumptions_exit_2_with_a_clear_message() {
    Cli zero = Cli.run("robustness", "--runs", "0");
    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err()).contains("--runs").contains("between 1 and").contains("found 0");

    Cli spread = Cli.run("robustness", "--vary", "weights:indicator=150%");
    assertThat(spread.code()).isEqualTo(2);
    assertThat(spread.err()).contains("outside (0, 100%]");

    Cli method = Cli.run("robustness", "--vary", "normalisation=ratio|minmx");
    assertThat(method.code()).isEqualTo(2);
    assertThat(method.err()).contains("minmx").contains("did you mean 'minmax'");

    Cli key = Cli.run("robustness", "--vary", "agregation:dimension=arithmetic");
    assertThat(key.code()).isEqualTo(2);
    assertThat(key.err()).contains("did you mean 'aggregation'");

    Cli loo = Cli.run("robustness", "--vary", "leave-one-out=diffusion_variance_employment");
    assertThat(loo.code()).isEqualTo(2);
    assertThat(loo.err()).contains("would empty its dimension 'diffusion'");
  }

  @Test
  void bad_assumptions_file_names_the_file_and_key() throws Exception {
    Path a = tmp.resolve("bad.yaml");
    Files.writeString(a, "vary:\n  imputation: [none, meen]\n  colour: red\n");
    Cli r = Cli.run("robustness", "--assumptions", a.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("bad.yaml")
        .contains("meen")
        .contains("did you mean 'mean'")
        .contains("colour");
  }

  @Test
  void sensitivity_csv_has_one_row_per_assumption() {
    Cli r =
        Cli.run(
            "sensitivity",
            "--samples",
            "64",
            "--bootstrap",
            "20",
            "--format",
            "csv",
            "--vary",
            "normalisation=ratio|minmax:1,100",
            "--vary",
            "weights:indicator=25%");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "assumption,first_order,first_order_lo,first_order_hi,total_order,total_order_lo,total_order_hi");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("normalisation,");
    assertThat(lines.get(2)).startsWith("weights:indicator,");
  }

  @Test
  void sensitivity_writes_its_chart_and_checks_the_target() {
    Path out = tmp.resolve("sens");
    Cli r =
        Cli.run(
            "sensitivity",
            "--samples",
            "32",
            "--bootstrap",
            "10",
            "--target",
            "rank:JPN",
            "--vary",
            "imputation=none|mean",
            "--out",
            out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(out.resolve("sobol-indices.png")).isNotEmptyFile();
    assertThat(out.resolve("sobol-indices.svg")).isNotEmptyFile();
    Cli bad = Cli.run("sensitivity", "--target", "rank:JPX", "--samples", "8");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("did you mean 'JPN'");
  }
}
