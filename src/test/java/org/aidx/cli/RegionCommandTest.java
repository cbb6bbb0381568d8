package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** aidx region on the shipped US data: structure and invariants, not hard-coded figures. */
class RegionCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Cheap settings: the tests check structure, not the published defaults' precision. */
  private static final String[] CHEAP = {"--starts", "5", "--references", "3", "--bootstrap", "5"};

  private static String[] args(String[] a, String... more) {
    String[] out = new String[a.length + more.length];
    System.arraycopy(more, 0, out, 0, more.length);
    System.arraycopy(a, 0, out, more.length, a.length);
    return out;
  }

  @Test
  void top_k_shares_in_json_are_the_sums_of_the_largest_shares_in_csv() throws Exception {
    Cli csv = Cli.run("region", "concentrate", "--format", "csv");
    Cli json = Cli.run("region", "concentrate", "--format", "json", "--top", "1,6");
    assertThat(csv.code()).as(csv.err()).isZero();
    assertThat(json.code()).as(json.err()).isZero();
    List<String[]> rows =
        csv.out().lines().skip(1).map(l -> l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")).toList();
    assertThat(rows).hasSize(387); // 393 metro areas less Puerto Rico's 6
    double top6 = 0;
    for (int i = 0; i < 6; i++) {
      top6 += Double.parseDouble(rows.get(i)[5]);
    }
    JsonNode j = JSON.readTree(json.out());
    assertThat(j.get("top_shares").get(1).get("k").asInt()).isEqualTo(6);
    assertThat(j.get("top_shares").get(1).get("share").asDouble()).isCloseTo(top6, within(1e-5));
    assertThat(j.get("top_shares").get(0).get("share").asDouble())
        .isCloseTo(Double.parseDouble(rows.get(0)[5]), within(1e-6));
    double hhi = j.get("hhi").asDouble();
    assertThat(hhi).isBetween(1.0 / 387, 1.0);
    JsonNode lorenz = j.get("lorenz");
    assertThat(lorenz.get(lorenz.size() - 1).get(1).asDouble()).isCloseTo(1, within(1e-9));
  }

  @Test
  void per_capita_location_quotients_average_to_one_over_the_nation() throws Exception {
    Cli c =
        Cli.run(
            "region",
            "concentrate",
            "--level",
            "state",
            "--format",
            "json",
            "--basis",
            "per-capita",
            "--indicator",
            "ai_users");
    assertThat(c.code()).as(c.err()).isZero();
    JsonNode j = JSON.readTree(c.out());
    assertThat(j.get("regions").asInt()).isEqualTo(51);
    assertThat(j.get("covered_share").asDouble()).isCloseTo(1, within(1e-9));
    // Σ population share × LQ = Σ amount share = 1 when the states cover the nation
    double s = 0;
    for (JsonNode r : j.get("rows")) {
      s +=
          r.get("population").asDouble()
              / j.get("national_population").asDouble()
              * r.get("lq").asDouble();
    }
    assertThat(s).isCloseTo(1, within(1e-9));
  }

  @Test
  void typology_json_puts_every_metro_in_one_group_and_scores_brookings() throws Exception {
    Cli c = Cli.run(args(CHEAP, "region", "typology", "--format", "json"));
    assertThat(c.code()).as(c.err()).isZero();
    JsonNode j = JSON.readTree(c.out());
    int k = j.get("k").asInt();
    assertThat(k).isEqualTo(j.get("k_choice").get("bySilhouette").asInt());
    int sum = 0;
    for (JsonNode g : j.get("groups")) {
      sum += g.get("size").asInt();
    }
    // 393 metro areas (2023) less Puerto Rico's 6 (no population estimates) and Connecticut's 5
    // (the 2000-2015 patent file knows only the former counties)
    assertThat(sum).isEqualTo(j.get("regions").size()).isEqualTo(382);
    assertThat(j.get("scorecard").get("rows")).hasSize(15);
    assertThat(j.get("method").get("seed").asLong()).isEqualTo(42);
    assertThat(j.get("notes").get(0).asText()).startsWith("6 region(s) without a population");
    assertThat(j.get("notes").get(1).asText())
        .startsWith("11 region(s) left out")
        .contains("New Haven, CT", "Ponce, PR");
  }

  @Test
  void the_same_seed_gives_the_same_typology() {
    Cli a = Cli.run(args(CHEAP, "region", "typology", "--format", "csv", "--k", "4"));
    Cli b = Cli.run(args(CHEAP, "region", "typology", "--format", "csv", "--k", "4"));
    assertThat(a.out()).isEqualTo(b.out());
  }

  @Test
  void out_writes_tables_charts_maps_and_a_manifest(@TempDir Path dir) throws Exception {
    Cli c = Cli.run(args(CHEAP, "region", "typology", "--method", "ward", "--out", dir.toString()));
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(dir.resolve("map-typology.svg")).exists();
    assertThat(Files.readString(dir.resolve("map-typology.svg"), StandardCharsets.UTF_8))
        .contains("<svg", "data-code=\"06085\"");
    assertThat(dir.resolve("map-typology.png")).exists();
    assertThat(dir.resolve("k-choice.png")).exists();
    JsonNode m = JSON.readTree(dir.resolve("manifest.json").toFile());
    assertThat(m.get("methodology").get("typology").asText()).startsWith("ward");
    assertThat(m.get("outputs").toString())
        .contains("typology.csv", "groups.csv", "map-typology.svg");
    assertThat(m.get("inputs").toString()).contains("brookings_ai_typology_2021.csv");
  }

  @Test
  void concentrate_out_writes_lorenz_and_map(@TempDir Path dir) {
    Cli c = Cli.run("region", "concentrate", "--level", "state", "--out", dir.toString());
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(dir.resolve("lorenz.svg")).exists();
    assertThat(dir.resolve("map-state.svg")).exists();
    assertThat(dir.resolve("concentration.csv")).exists();
  }

  @Test
  void the_lorenz_chart_names_the_indicator_not_its_id(@TempDir Path dir) throws Exception {
    Cli c = Cli.run("region", "concentrate", "--level", "state", "--out", dir.toString());
    assertThat(c.code()).as(c.err()).isZero();
    String svg = Files.readString(dir.resolve("lorenz.svg"));
    // the shipped ai_authorship table's label is "AI papers" (RegionFiles)
    assertThat(svg).contains("Lorenz curve of AI papers").doesNotContain("ai_authorship");
  }

  @Test
  void report_regions_adds_the_section_with_maps(@TempDir Path dir) throws Exception {
    Cli c =
        Cli.run(
            "report", "--regions", "--no-robustness", "--no-coherence", "--out", dir.toString());
    assertThat(c.code()).as(c.err()).isZero();
    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("Regions: the geography of AI", "id=\"region-scorecard\"", "region-map-typology");
    assertThat(dir.resolve("region-map-typology.svg")).exists();
    assertThat(dir.resolve("region-map-share.png")).exists();
    JsonNode m = JSON.readTree(dir.resolve("manifest.json").toFile());
    assertThat(m.get("regions").get("level").asText()).isEqualTo("metro");
  }

  @Test
  void help_shows_examples() {
    Cli c = Cli.run("region", "--help");
    assertThat(c.out()).contains("aidx region typology", "concentrate", "typology");
  }

  @Test
  void the_states_hold_the_placed_share_of_the_national_ai_papers() throws Exception {
    // the job's national total keeps the papers it could not place, so the states cover the
    // placed share: the county rows of the shipped table over its 'US' row
    double counties = 0;
    double nation = 0;
    for (String line :
        Files.readAllLines(
            Path.of("src/main/resources/org/aidx/data/regions/metro-authorship.csv"))) {
      String[] f = line.split(",", 5);
      if (f[1].equals("ai_authorship")) {
        if (f[0].equals("US")) {
          nation = Double.parseDouble(f[3]);
        } else {
          counties += Double.parseDouble(f[3]);
        }
      }
    }
    Cli c = Cli.run("region", "concentrate", "--level", "state", "--format", "json");
    assertThat(c.code()).as(c.err()).isZero();
    JsonNode j = JSON.readTree(c.out());
    assertThat(j.get("indicator").asText()).isEqualTo("ai_authorship");
    assertThat(j.get("covered_share").asDouble()).isCloseTo(counties / nation, within(1e-9));
    assertThat(counties / nation).isBetween(0.9, 1.0);
  }
}
