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

  @Test
  void the_report_flags_the_rank_and_shows_present_total_and_the_missing_dimensions(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path out = dir.resolve("report");
    Cli c =
        Cli.run(
            "report",
            "--out",
            out.toString(),
            "--data",
            THIN,
            "--data-mode",
            "add",
            "--no-robustness",
            "--no-panel",
            "--no-coherence");
    assertThat(c.code()).as(c.err()).isZero();
    var page =
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(out.resolve("report.html").toFile());
    var rows = page.getElementsByTagName("tr");
    org.w3c.dom.Element sgp = null;
    org.w3c.dom.Element usa = null;
    for (int k = 0; k < rows.getLength(); k++) {
      var row = (org.w3c.dom.Element) rows.item(k);
      if (row.getAttribute("data-iso3").equals("SGP")) {
        sgp = row;
      } else if (row.getAttribute("data-iso3").equals("USA")) {
        usa = row;
      }
    }
    assertThat(sgp).isNotNull();
    var cells = sgp.getElementsByTagName("td");
    assertThat(cells.item(0).getTextContent()).endsWith("*");
    assertThat(cells.item(cells.getLength() - 1).getTextContent()).isEqualTo("3/" + TOTAL);
    var usaCells = usa.getElementsByTagName("td");
    assertThat(usaCells.item(0).getTextContent()).doesNotContain("*");
    assertThat(usaCells.item(usaCells.getLength() - 1).getTextContent())
        .isEqualTo(TOTAL + "/" + TOTAL);
    // the fixture's three values are in data and policy: every other dimension is named missing
    String html = java.nio.file.Files.readString(out.resolve("report.html"));
    String line =
        html.lines().filter(l -> l.contains("SGP Singapore: 3 of")).findFirst().orElseThrow();
    assertThat(line)
        .contains("no data for Compute, Algorithms, Finance, Exposure scale, Diffusion")
        .doesNotContain("Data,")
        .doesNotContain("Policy");
    try (var wb =
        new org.dhatim.fastexcel.reader.ReadableWorkbook(out.resolve("report.xlsx").toFile())) {
      var sheet = wb.findSheet("Ranking").orElseThrow().read();
      List<String> header = new java.util.ArrayList<>();
      sheet.get(0).forEach(x -> header.add(x.getText()));
      var row =
          sheet.stream().filter(r -> "SGP".equals(r.getCellText(0))).findFirst().orElseThrow();
      assertThat(row.getCellText(header.indexOf("indicators_present"))).isEqualTo("3");
      assertThat(row.getCellText(header.indexOf("indicators_total")))
          .isEqualTo(String.valueOf(TOTAL));
      assertThat(row.getCellAsBoolean(header.indexOf("low_coverage"))).contains(true);
      assertThat(row.getCellText(header.indexOf("missing_dimensions")))
          .isEqualTo("Compute; Algorithms; Finance; Exposure scale; Diffusion");
    }
  }
}
