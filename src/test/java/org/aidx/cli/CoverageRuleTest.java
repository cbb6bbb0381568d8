package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.aidx.analysis.panel.PanelRule;
import org.aidx.input.Inputs;
import org.aidx.pipeline.Coverage;
import org.junit.jupiter.api.Test;

/** One coverage rule wherever an economy is ranked: index table, CSV, JSON, Markdown, explain. */
class CoverageRuleTest {
  private static final String THIN =
      Path.of("src/test/resources/org/aidx/coverage/singapore-three-indicators.csv").toString();
  private static final int TOTAL =
      Inputs.load(null, List.of(), null).framework().indicators().size();

  private static Cli index(String... more) {
    List<String> args =
        new java.util.ArrayList<>(List.of("index", "--data", THIN, "--data-mode", "add"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(new String[0]));
  }

  @Test
  void the_csv_gives_present_total_the_flag_and_the_missing_dimensions() {
    Cli c = index("--format", "csv");
    assertThat(c.code()).as(c.err()).isZero();
    List<String> lines = c.out().lines().toList();
    assertThat(lines.get(0))
        .endsWith(",indicators_present,indicators_total,low_coverage,missing_dimensions");
    String sgp = lines.stream().filter(l -> l.startsWith("SGP,")).findFirst().orElseThrow();
    assertThat(sgp).contains(",3," + TOTAL + ",true,").contains("Compute").contains("Finance");
    String usa = lines.stream().filter(l -> l.startsWith("USA,")).findFirst().orElseThrow();
    assertThat(usa).endsWith("," + TOTAL + "," + TOTAL + ",false,");
  }

  @Test
  void the_table_flags_the_rank_and_says_why_under_it() {
    Cli c = index();
    assertThat(c.code()).as(c.err()).isZero();
    String row = c.out().lines().filter(l -> l.contains(" SGP ")).findFirst().orElseThrow();
    assertThat(row).matches("\\s*\\d+\\*\\s.*").endsWith("3/" + TOTAL);
    assertThat(c.out())
        .contains("* low coverage: the rank rests on fewer than 50% of the indicators")
        .contains("SGP Singapore: 3 of " + TOTAL + " indicators; no data for Compute");
    String usa = c.out().lines().filter(l -> l.contains(" USA ")).findFirst().orElseThrow();
    assertThat(usa).doesNotContain("*");
  }

  @Test
  void the_json_and_markdown_carry_the_same_rule() throws Exception {
    JsonNode r = new ObjectMapper().readTree(index("--format", "json").out());
    for (JsonNode e : r.get("economies")) {
      JsonNode cov = e.get("coverage");
      boolean low = cov.get("present").asInt() < Coverage.DEFAULT_MIN_SHARE * TOTAL;
      assertThat(cov.get("low").asBoolean()).as(e.get("iso3").asText()).isEqualTo(low);
      assertThat(cov.get("total").asInt()).isEqualTo(TOTAL);
    }
    assertThat(index("--format", "md").out()).contains("* low coverage").contains("3/" + TOTAL);
  }

  @Test
  void explain_names_the_coverage_and_says_missing_not_nan() {
    Cli c = Cli.run("explain", "SGP", "--data", THIN, "--data-mode", "add");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out())
        .contains("Coverage of SGP: 3 of " + TOTAL + " indicators; no data for Compute")
        .contains("its rank is flagged")
        .contains("missing")
        .doesNotContain("NaN");
  }

  @Test
  void the_panel_and_the_index_share_one_threshold() {
    assertThat(PanelRule.DEFAULT_MIN_COVERAGE).isEqualTo(Coverage.DEFAULT_MIN_SHARE);
  }
}
