package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.aidx.input.Inputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end runs on the shipped data: structure and invariants, no hard-coded results. */
class IndexCommandTest {
  static final List<String> ECONOMIES =
      List.of(
          "USA", "CHN", "DEU", "JPN", "IND", "GBR", "FRA", "ITA", "BRA", "CAN", "RUS", "KOR", "MEX",
          "AUS", "ESP", "IDN", "NLD", "TUR", "SAU", "CHE");
  static final String HEADER =
      "iso3,name,rank,tier,index,technology_activity,market_friendliness,compute,algorithms,data,finance,exposure_scale,diffusion,policy,compute_hpc,compute_deployment,algorithms_frontier,algorithms_products,data_endowment,data_availability,finance_amounts";

  /** The coverage columns after the scores (the coverage rule, CoverageRuleTest). */
  static final int SCORES_END = HEADER.split(",").length;

  @TempDir Path dir;

  private static List<String[]> rows(String csv) {
    return csv.lines().skip(1).map(l -> l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)).toList();
  }

  @Test
  void csv_has_one_row_per_economy_with_the_documented_columns() {
    Cli c = Cli.run("index", "--format", "csv");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out().lines().findFirst())
        .hasValue(HEADER + ",indicators_present,indicators_total,low_coverage,missing_dimensions");
    assertThat(rows(c.out()).stream().map(r -> r[0]))
        .containsExactlyInAnyOrderElementsOf(ECONOMIES);
  }

  @Test
  void the_reference_scores_exactly_one_on_every_column() {
    String[] usa =
        rows(Cli.run("index", "--format", "csv").out()).stream()
            .filter(r -> r[0].equals("USA"))
            .findFirst()
            .orElseThrow();
    for (int k = 4; k < SCORES_END; k++) {
      assertThat(Double.parseDouble(usa[k])).as(HEADER.split(",")[k]).isCloseTo(1.0, within(1e-12));
    }
  }

  @Test
  void the_index_is_the_geometric_mean_of_the_two_layers_for_every_economy() {
    for (String[] r : rows(Cli.run("index", "--format", "csv").out())) {
      double index = Double.parseDouble(r[4]);
      double tech = Double.parseDouble(r[5]);
      double market = Double.parseDouble(r[6]);
      assertThat(index).as(r[0]).isCloseTo(Math.sqrt(tech * market), within(1e-12));
    }
  }

  @Test
  void ranks_and_tiers_follow_the_scores() {
    List<String[]> rows = rows(Cli.run("index", "--format", "csv").out());
    for (int i = 1; i < rows.size(); i++) {
      double prev = Double.parseDouble(rows.get(i - 1)[4]);
      double cur = Double.parseDouble(rows.get(i)[4]);
      assertThat(cur).isLessThanOrEqualTo(prev);
      assertThat(Double.parseDouble(rows.get(i)[2]))
          .isGreaterThanOrEqualTo(Double.parseDouble(rows.get(i - 1)[2]));
      assertThat(Integer.parseInt(rows.get(i)[3]))
          .isGreaterThanOrEqualTo(Integer.parseInt(rows.get(i - 1)[3]));
    }
    assertThat(rows.get(0)[2]).isEqualTo("1");
    assertThat(rows.get(0)[3]).isEqualTo("1");
  }

  @Test
  void the_table_lists_twenty_economies_and_the_number_of_tiers() {
    Cli c = Cli.run("index");
    assertThat(c.code()).as(c.err()).isZero();
    for (String e : ECONOMIES) {
      assertThat(c.out()).contains(" " + e + " ");
    }
    assertThat(c.out()).containsPattern("\\d tiers \\(Jenks natural breaks");
  }

  @Test
  void out_writes_results_and_a_manifest_with_the_inputs_hashes() throws Exception {
    Path out = dir.resolve("run");
    Cli c = Cli.run("index", "--format", "csv", "--out", out.toString());
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(Files.readString(out.resolve("results.csv"))).isEqualTo(c.out());
    assertThat(Files.readString(out.resolve("summary.md"))).contains("| rank | tier | iso3 |");
    JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    assertThat(results.get("economies")).hasSize(20);
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    String sha =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(Inputs.resource(Inputs.CICC_DATA)));
    assertThat(manifest.get("inputs").findValuesAsText("sha256")).contains(sha);
    assertThat(manifest.at("/methodology/normalise").asText()).contains("frontier");
    assertThat(manifest.get("arguments").get(1).asText()).isEqualTo("--format");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("results.csv", "results.json", "summary.md", "manifest.json");
    }
  }

  @Test
  void every_value_in_the_json_results_carries_year_and_source() throws IOException {
    JsonNode r = new ObjectMapper().readTree(Cli.run("index", "--format", "json").out());
    for (JsonNode e : r.get("economies")) {
      for (JsonNode i : e.get("indicators")) {
        if (!i.path("missing").asBoolean()) {
          assertThat(i.get("year").asInt()).as(i.get("id").asText()).isGreaterThan(2000);
          assertThat(i.get("source").asText()).isNotBlank();
        }
      }
    }
  }

  @Test
  void method_overrides_are_recorded_and_change_the_scores() {
    Cli base = Cli.run("index", "--format", "csv");
    Cli mm =
        Cli.run(
            "index",
            "--format",
            "csv",
            "--normalise",
            "minmax:1,100",
            "--aggregate",
            "geometric",
            "--impute",
            "median",
            "--treat",
            "winsorise:3");
    assertThat(mm.code()).as(mm.err()).isZero();
    assertThat(mm.out()).isNotEqualTo(base.out());
    Cli md =
        Cli.run("index", "--format", "md", "--normalise", "minmax:1,100", "--impute", "median");
    assertThat(md.out()).contains("normalise: minmax:1,100").contains("impute: median");
  }

  @Test
  void explain_prints_contributions_and_sources() {
    Cli c = Cli.run("explain", "JPN");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out())
        .contains("Japan (JPN)")
        .contains("technology_activity")
        .contains("ln gap")
        .contains("Raw values used");
  }

  @Test
  void explain_suggests_a_close_code_for_an_unknown_economy() {
    Cli c = Cli.run("explain", "JPX");
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("did you mean JPN?");
  }

  @Test
  void data_check_reports_coverage_of_the_embedded_data() {
    Cli c = Cli.run("data", "check");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out()).contains("ai_scholarly_publications").contains("values missing");
  }

  @Test
  void framework_show_prints_the_tree() {
    Cli c = Cli.run("framework", "show");
    assertThat(c.code()).isZero();
    assertThat(c.out())
        .contains("technology_activity")
        .contains("[geometric")
        .contains("compute_hpc")
        .contains("diffusion_variance_employment  (−")
        .contains("imputation: relative")
        .contains("scores below 0.001 raised to it before a geometric mean");
  }

  @Test
  void help_teaches_with_examples() {
    Cli c = Cli.run("index", "--help");
    assertThat(c.code()).isZero();
    assertThat(c.out()).contains("--normalise").contains("Examples:");
  }
}
