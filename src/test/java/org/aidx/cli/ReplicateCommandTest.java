package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicateCommandTest {
  @Test
  void the_scorecard_lists_every_shipped_claim_with_a_verdict_and_a_summary() {
    Cli c = Cli.run("replicate");
    assertThat(c.code()).isEqualTo(0);
    assertThat(c.out())
        .contains("index_usa_rank")
        .contains("lead_rnd")
        .containsPattern(
            "\\d+ lines: \\d+ agree \\(\\d+ of them trivially\\), \\d+ close, \\d+ miss,"
                + " \\d+ not measured\\.");
  }

  @Test
  void csv_has_the_documented_header_and_one_row_per_claim() throws Exception {
    Cli c = Cli.run("replicate", "--format", "csv");
    assertThat(c.code()).isEqualTo(0);
    String[] lines = c.out().split("\n");
    assertThat(lines[0]).isEqualTo("id,claim,published,aidx,difference,verdict,chance,trivial");
    // one row per claim of the shipped claims file (its lines less the header)
    long claims;
    try (var in =
        ReplicateCommandTest.class.getResourceAsStream(
            "/org/aidx/data/published/cicc-2024-published.csv")) {
      claims =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                  .lines()
                  .filter(l -> !l.isBlank())
                  .count()
              - 1;
    }
    assertThat(claims).isPositive();
    assertThat(lines).hasSize((int) claims + 1);
  }

  @Test
  void a_bad_claims_file_exits_2_naming_the_line_and_column(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("claims.csv");
    String text =
        "id,claim,kind,economies,measure,published,text\n"
            + "a,A,value,CHN,index,0.7,ok\n"
            + "b,B,guess,CHN,index,0.7,bad kind\n";
    Files.writeString(f, text);
    Cli c = Cli.run("replicate", "--claims", f.toString());
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("claims.csv line 3, column kind").contains("unknown kind 'guess'");
    assertThat(Files.readString(f)).isEqualTo(text);
  }

  @Test
  void floor_none_makes_a_zero_in_a_geometric_mean_an_error_naming_economy_and_indicator() {
    // in 2023 Turkey's whole compute dimension is zero (no cluster; later sources not yet out)
    Cli c = Cli.run("index", "--year", "2023", "--floor", "none");
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("geometric mean needs positive values").contains("economy ");
    Cli bad = Cli.run("index", "--floor", "half");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("none, min:F");
  }

  @Test
  void aggregate_at_an_unknown_level_names_the_levels() {
    Cli c = Cli.run("index", "--aggregate-at", "layr=arithmetic");
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("no aggregate node has level 'layr'").contains("layer");
  }

  @Test
  void swap_puts_an_alternative_indicator_in_place_and_names_unknown_ones() {
    Cli published =
        Cli.run(
            "index",
            "--swap",
            "diffusion_variance_employment=diffusion_variance:-",
            "--format",
            "csv");
    assertThat(published.code()).as(published.err()).isZero();
    Cli shown =
        Cli.run(
            "index",
            "--swap",
            "diffusion_variance_employment=diffusion_variance:-",
            "--format",
            "json");
    assertThat(shown.out())
        .contains("\"diffusion_variance\"")
        .doesNotContain("\"diffusion_variance_employment\"");
    Cli typo = Cli.run("index", "--swap", "diffusion_variance_employment=diffusion_varance");
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("did you mean 'diffusion_variance'?");
    Cli old = Cli.run("index", "--swap", "diffusion=diffusion_variance");
    assertThat(old.code()).isEqualTo(2);
    assertThat(old.err()).contains("'diffusion' is not an indicator of the framework");
  }

  @Test
  void out_writes_the_scorecard_and_a_manifest(@TempDir Path dir) {
    Cli c = Cli.run("replicate", "--out", dir.toString());
    assertThat(c.code()).isEqualTo(0);
    assertThat(dir.resolve("scorecard.csv")).exists();
    assertThat(dir.resolve("finance-oecd.csv")).exists();
    assertThat(dir.resolve("manifest.json")).exists();
  }

  @Test
  void a_framework_without_a_claims_node_reports_it_not_measured_not_an_error(@TempDir Path dir)
      throws Exception {
    Cli shown = Cli.run("framework", "show", "--yaml");
    String yaml = shown.out().replace("- id: algorithms\n", "- id: algo\n");
    assertThat(yaml).isNotEqualTo(shown.out());
    Path fw = dir.resolve("fw.yaml");
    Files.writeString(fw, yaml);
    Cli c = Cli.run("replicate", "--framework", fw.toString(), "--format", "csv");
    assertThat(c.code()).as(c.err()).isZero();
    String line =
        c.out().lines().filter(l -> l.startsWith("algo_chn_above,")).findFirst().orElseThrow();
    assertThat(line).contains("not in this framework: algorithms").contains(",not measured,");
    // every shipped claim still has its line
    assertThat(c.out().lines().count() - 1).isEqualTo(org.aidx.input.PublishedFiles.cicc().size());
  }

  @Test
  void a_ratio_claim_naming_no_economy_to_compare_with_exits_2_naming_the_line(@TempDir Path dir)
      throws Exception {
    Path f = dir.resolve("claims.csv");
    Files.writeString(
        f,
        "id,claim,kind,economies,measure,published,text\n"
            + "a,A,ratio,CHN,index,0.7,no other economy\n"
            + "b,B,implied_value,CHN,index,a^2 / z,unknown id\n");
    Cli c = Cli.run("replicate", "--claims", f.toString());
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err())
        .contains("claims.csv line 2, column economies")
        .contains("write SUBJECT|OTHER")
        .contains("claims.csv line 3, column published")
        .contains("no published figure with id 'z'");
  }

  @Test
  void finance_prints_oecd_ratios_beside_aidx_for_the_nine_economies_it_covers() {
    Cli c = Cli.run("replicate", "--finance", "--format", "csv");
    assertThat(c.code()).isZero();
    List<String> rows = c.out().lines().toList();
    assertThat(rows.get(0))
        .isEqualTo(
            "iso3,oecd_usd_million,oecd_ratio,aidx_finance_ratio,aidx_amounts_ratio,amounts_over_oecd");
    assertThat(rows).hasSize(10);
    assertThat(rows.get(1)).startsWith("USA,").contains(",1.000,1.000,1.000,1.000");
    assertThat(Cli.run("replicate").out())
        .contains("OECD.AI")
        .contains("redistribution terms unclear");
  }

  @Test
  void the_scorecard_names_industry_groups_not_their_codes() {
    Cli c = Cli.run("replicate");
    assertThat(c.code()).as(c.err()).isZero();
    // published claim "China's manufacturing share above other countries'" (va_share:ISIC3_D)
    assertThat(c.out())
        .doesNotContain("va_share:")
        .contains("the value-added share of Manufacturing (ISIC D)");
  }
}
