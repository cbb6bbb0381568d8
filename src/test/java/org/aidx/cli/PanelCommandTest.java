package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aidx panel} end to end: the fixture, the shipped data, its files and its errors. */
class PanelCommandTest {
  @TempDir Path dir;

  static String fixture(String name) {
    try {
      return Path.of(PanelCommandTest.class.getResource("/org/aidx/analysis/panel/" + name).toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static final String[] FIXTURE = {
    "--framework", fixture("panel-framework.yaml"), "--data", fixture("panel-data.csv")
  };

  static String[] args(String[] base, String... more) {
    String[] out = new String[base.length + more.length];
    System.arraycopy(more, 0, out, 0, more.length);
    System.arraycopy(base, 0, out, more.length, base.length);
    return out;
  }

  /** "year iso3" → the row's index column, from 'aidx panel --format csv'. */
  static Map<String, String> panelIndex(String csv) {
    Map<String, String> out = new LinkedHashMap<>();
    csv.lines()
        .skip(1)
        .map(l -> l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
        .forEach(r -> out.put(r[0] + " " + r[1], String.join(",", r[3], r[5])));
    return out;
  }

  /** Every year of the panel equals 'aidx index --year Y --max-age A': rank and index. */
  static void assertPanelEqualsIndex(String[] base, String[] range, String maxAge) {
    Cli p =
        Cli.run(
            args(
                args(base, range), "panel", "--format", "csv", "--max-age", maxAge, "--runs", "0"));
    assertThat(p.code()).as(p.err()).isZero();
    Map<String, String> panel = panelIndex(p.out());
    List<String> years = panel.keySet().stream().map(k -> k.split(" ")[0]).distinct().toList();
    assertThat(years).hasSizeGreaterThanOrEqualTo(2);
    for (String y : years) {
      Cli i =
          Cli.run(
              args(
                  base,
                  "index",
                  "--year",
                  y,
                  "--max-age",
                  maxAge,
                  "--exclude-stale",
                  "--format",
                  "csv"));
      assertThat(i.code()).as(i.err()).isZero();
      List<String> lines = i.out().lines().skip(1).toList();
      assertThat(panel.keySet().stream().filter(k -> k.startsWith(y + " "))).hasSize(lines.size());
      for (String l : lines) {
        String[] r = l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        assertThat(panel.get(y + " " + r[0])).as(y + " " + r[0]).isEqualTo(r[2] + "," + r[4]);
      }
    }
  }

  @Test
  void every_year_of_the_panel_equals_the_single_year_index_on_the_fixture() {
    assertPanelEqualsIndex(FIXTURE, new String[] {"--from", "2020", "--to", "2024"}, "2");
  }

  @Test
  void every_year_of_the_panel_equals_the_single_year_index_on_the_shipped_data() {
    assertPanelEqualsIndex(new String[0], new String[0], "3");
  }

  @Test
  void the_default_panel_on_the_shipped_data_spans_five_years_ending_in_the_latest() {
    Cli c = Cli.run("panel", "--format", "csv", "--runs", "0");
    assertThat(c.code()).as(c.err()).isZero();
    List<String> years = c.out().lines().skip(1).map(l -> l.substring(0, 4)).distinct().toList();
    assertThat(years).hasSize(5);
  }

  @Test
  void the_table_flags_carried_values_and_reads_the_catching_up() {
    Cli c = Cli.run(args(FIXTURE, "panel", "--from", "2021", "--to", "2023", "--runs", "20"));
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out())
        .contains("'*' = some values carried forward")
        .contains("DEU (Germany): 0.650 of USA in 2023, +8.7% a year relative to USA since 2021")
        .contains("FRA (France): 0.325 of USA in 2023")
        .contains("the gap is widening");
  }

  @Test
  void json_lists_rows_carried_values_and_readings() throws IOException {
    Cli c =
        Cli.run(
            args(
                FIXTURE,
                "panel",
                "--from",
                "2021",
                "--to",
                "2022",
                "--format",
                "json",
                "--runs",
                "0"));
    assertThat(c.code()).as(c.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(c.out());
    assertThat(j.get("rule").get("max_age").asInt()).isEqualTo(3);
    assertThat(j.get("rows")).hasSize(8);
    assertThat(j.get("carried_forward").findValuesAsText("iso3")).contains("USA", "JPN");
    for (JsonNode k : j.get("carried_forward")) {
      assertThat(k.get("value_year").asInt()).isLessThan(k.get("year").asInt());
    }
    assertThat(j.get("catching_up").get("readings").findValuesAsText("status"))
        .contains("reference", "closing");
  }

  static final String[] ARRIVAL = {
    "--framework", fixture("panel-framework.yaml"), "--data", fixture("panel-arrival.csv")
  };

  @Test
  void the_verdict_comes_from_the_like_for_like_reading_when_an_indicator_arrives() {
    // panel-arrival.csv: b arrives in 2023 (hand-derived values in PanelTest)
    Cli c = Cli.run(args(ARRIVAL, "panel", "--from", "2021", "--to", "2023", "--runs", "0"));
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out())
        .contains(
            "  Like for like: 1 of 2 indicators have data for the same economies in 2021 and 2023;"
                + " left out, without any of them: second; the verdicts come from it.")
        .contains(
            "  DEU (Germany): like for like, 0.700 of USA in 2023, +18.3% a year relative to USA"
                + " since 2021; at this pace the gap closes in 2 years. All indicators, including"
                + " composition change: 0.850 of USA in 2023, +30.4% a year, of which part is 1"
                + " indicator(s) arriving.\n");
    // without composition change the sentence is the one reading it always was
    Cli same = Cli.run(args(FIXTURE, "panel", "--from", "2021", "--to", "2023", "--runs", "0"));
    assertThat(same.out())
        .doesNotContain("like for like")
        .contains(
            "  DEU (Germany): 0.650 of USA in 2023, +8.7% a year relative to USA since 2021; at"
                + " this pace the gap closes in 5 years.\n");
  }

  @Test
  void json_gives_the_like_for_like_basis_and_each_reading_like_for_like_first()
      throws IOException {
    Cli c =
        Cli.run(
            args(
                ARRIVAL,
                "panel",
                "--from",
                "2021",
                "--to",
                "2023",
                "--format",
                "json",
                "--runs",
                "0"));
    assertThat(c.code()).as(c.err()).isZero();
    JsonNode cu = new ObjectMapper().readTree(c.out()).get("catching_up");
    JsonNode basis = cu.get("like_for_like");
    assertThat(basis.get("indicators").toString()).isEqualTo("[\"a\"]");
    assertThat(basis.get("left_out").get("b").asText())
        .isEqualTo("the reference USA has no value in 2021");
    assertThat(basis.get("left_out_nodes").toString()).isEqualTo("[\"second\"]");
    assertThat(basis.get("composition_change").asBoolean()).isTrue();
    assertThat(basis.get("note").isNull()).isTrue();
    JsonNode deu = null;
    for (JsonNode r : cu.get("readings")) {
      if (r.get("iso3").asText().equals("DEU")) {
        deu = r;
      }
    }
    assertThat(deu).isNotNull();
    List<String> keys = new java.util.ArrayList<>();
    deu.fieldNames().forEachRemaining(keys::add);
    assertThat(keys.indexOf("like_for_like")).isLessThan(keys.indexOf("annual_change"));
    JsonNode lfl = deu.get("like_for_like");
    assertThat(lfl.get("relative_from").asDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(lfl.get("relative_to").asDouble()).isCloseTo(0.7, within(1e-12));
    assertThat(lfl.get("annual_change").asDouble())
        .isCloseTo(Math.sqrt(0.7 / 0.5) - 1, within(1e-12));
    assertThat(lfl.get("status").asText()).isEqualTo("closing");
    assertThat(deu.get("relative_to").asDouble()).isCloseTo(0.85, within(1e-12));
    assertThat(deu.get("indicators_arrived").asInt()).isEqualTo(1);
    assertThat(deu.get("indicators_left").asInt()).isZero();
    assertThat(deu.get("reading").asText()).startsWith("DEU (Germany): like for like, 0.700");
  }

  @Test
  void on_the_shipped_data_like_for_like_is_aidx_index_with_the_left_out_nodes_weighted_zero()
      throws Exception {
    // an independent path to the same index: the year's 'aidx index' with every node that has no
    // kept indicator left out by a zero weight
    JsonNode j =
        new ObjectMapper().readTree(Cli.run("panel", "--runs", "0", "--format", "json").out());
    JsonNode cu = j.get("catching_up");
    java.util.Set<String> kept = new java.util.HashSet<>();
    cu.get("like_for_like").get("indicators").forEach(i -> kept.add(i.asText()));
    assertThat(cu.get("like_for_like").get("composition_change").asBoolean()).isTrue();
    org.aidx.framework.Framework fw =
        org.aidx.input.FrameworkFiles.read(
            Path.of(
                PanelCommandTest.class
                    .getResource("/" + org.aidx.input.Inputs.CICC_FRAMEWORK)
                    .toURI()));
    List<String> zero = new java.util.ArrayList<>();
    leftOut(fw.root(), kept, zero);
    assertThat(zero).isNotEmpty();
    for (String end : List.of("from", "to")) {
      List<String> a =
          new java.util.ArrayList<>(
              List.of(
                  "index",
                  "--year",
                  j.get(end).asText(),
                  "--max-age",
                  "3",
                  "--exclude-stale",
                  "--format",
                  "csv"));
      zero.forEach(id -> a.addAll(List.of("--weight", id + "=0")));
      Cli idx = Cli.run(a.toArray(new String[0]));
      assertThat(idx.code()).as(idx.err()).isZero();
      Map<String, String> index = new LinkedHashMap<>();
      idx.out()
          .lines()
          .skip(1)
          .map(l -> l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
          .forEach(r -> index.put(r[0], r[4]));
      for (JsonNode r : cu.get("readings")) {
        assertThat(r.get("like_for_like").get("relative_" + end).asDouble())
            .as(r.get("iso3").asText() + " " + end)
            .isEqualTo(Double.parseDouble(index.get(r.get("iso3").asText())));
      }
    }
  }

  /** The highest nodes below {@code n} without any kept indicator. */
  private static void leftOut(
      org.aidx.framework.Node n, java.util.Set<String> kept, List<String> out) {
    for (org.aidx.framework.Node c : ((org.aidx.framework.Node.Aggregate) n).children()) {
      boolean any =
          c.flatten()
              .anyMatch(
                  x -> x instanceof org.aidx.framework.Node.Indicator && kept.contains(x.id()));
      if (!any) {
        out.add(c.id());
      } else if (c instanceof org.aidx.framework.Node.Aggregate) {
        leftOut(c, kept, out);
      }
    }
  }

  @Test
  void out_writes_the_tables_charts_and_manifest() throws IOException {
    Path out = dir.resolve("panel");
    Cli c =
        Cli.run(
            args(
                FIXTURE,
                "panel",
                "--from",
                "2021",
                "--to",
                "2023",
                "--runs",
                "10",
                "--out",
                out.toString(),
                "--economies",
                "DEU,JPN"));
    assertThat(c.code()).as(c.err()).isZero();
    for (String f :
        List.of(
            "panel.csv",
            "panel.json",
            "catching-up.csv",
            "panel-index.png",
            "panel-index.svg",
            "panel-ranks.png",
            "panel-gap.svg",
            "manifest.json")) {
      assertThat(out.resolve(f)).isNotEmptyFile();
    }
    JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertThat(m.get("panel").get("max_age").asInt()).isEqualTo(3);
    assertThat(Files.readString(out.resolve("catching-up.csv")))
        .startsWith(
            "iso3,name,like_for_like_relative_from,like_for_like_relative_to,"
                + "like_for_like_annual_change,like_for_like_annual_change_q05,"
                + "like_for_like_annual_change_q95,like_for_like_years_to_close,"
                + "like_for_like_status,relative_from,relative_to,annual_change,");
  }

  @Test
  void data_check_by_year_counts_the_economies_with_a_value_of_each_year() {
    Cli c =
        Cli.run(
            "data",
            "check",
            fixture("panel-data.csv"),
            "--framework",
            fixture("panel-framework.yaml"),
            "--by-year");
    assertThat(c.code()).as(c.err()).isZero();
    // a: 2020 USA DEU JPN FRA; 2021 USA DEU; 2022 USA JPN; 2023 USA DEU FRA
    // b: 2020 all four; 2021 DEU; 2022 USA; 2023 FRA
    assertThat(c.out())
        .contains("Economies with a value of each year (of 4):")
        .containsPattern("\\ba\\s+4\\s+2\\s+2\\s+3\\n")
        .containsPattern("\\bb\\s+4\\s+1\\s+1\\s+1\\n");
  }

  @Test
  void index_with_a_year_flags_each_carried_forward_value() throws IOException {
    Cli c =
        Cli.run(
            args(
                FIXTURE,
                "index",
                "--year",
                "2021",
                "--max-age",
                "3",
                "--exclude-stale",
                "--format",
                "json"));
    assertThat(c.code()).as(c.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(c.out());
    for (JsonNode e : j.get("economies")) {
      for (JsonNode i : e.get("indicators")) {
        if (!i.has("year")) {
          continue;
        }
        assertThat(i.get("carried_forward").asBoolean())
            .as(e.get("iso3").asText() + " " + i.get("id").asText())
            .isEqualTo(i.get("year").asInt() < 2021);
      }
    }
    // USA's b of 2020 is carried into 2021; DEU's values are of 2021
    assertThat(c.out())
        .contains("\"carried_forward\" : true")
        .contains("\"carried_forward\" : false");
  }

  static void assertBadInput(Cli c, String... fragments) {
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains(fragments).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void from_after_to_exits_2_with_one_message() {
    assertBadInput(
        Cli.run(args(FIXTURE, "panel", "--from", "2024", "--to", "2021")),
        "the first year is after the last");
  }

  @Test
  void a_range_without_reference_data_exits_2() {
    assertBadInput(
        Cli.run(args(FIXTURE, "panel", "--from", "2001", "--to", "2005")),
        "USA has no value within 3 year(s)");
  }

  @Test
  void a_maximum_age_of_zero_exits_2() {
    assertBadInput(Cli.run(args(FIXTURE, "panel", "--max-age", "0")), "--max-age", "at least 1");
    assertBadInput(
        Cli.run(args(FIXTURE, "index", "--year", "2022", "--max-age", "0", "--exclude-stale")),
        "at least 1");
  }

  @Test
  void max_age_without_year_and_year_in_a_panel_are_input_errors() {
    assertBadInput(Cli.run(args(FIXTURE, "index", "--exclude-stale")), "needs a year");
    assertBadInput(Cli.run(args(FIXTURE, "panel", "--year", "2022")), "use --from Y1 --to Y2");
  }

  @Test
  void an_unknown_economy_for_the_gap_chart_exits_2() {
    assertBadInput(
        Cli.run(args(FIXTURE, "panel", "--from", "2021", "--runs", "0", "--economies", "DEX")),
        "DEX");
  }
}
