package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aidx report} on a framework other than CICC's (issue 22, item 6): the layer scatter and
 * its captions use the framework's own layer names, an economy the log axes cannot show is named,
 * and a section that does not apply is replaced by one line saying why. The example of {@code
 * docs/own-index.md} has two layers (research, adoption), one year of data (2023), and India at the
 * minimum of both adoption indicators, so its adoption score is min-max 0 on each, averaged: 0.
 */
class OwnFrameworkReportTest {
  private static final Path EXAMPLE = Path.of("examples/own-index");

  @TempDir static Path dir;
  private static String html;
  private static String scatter;

  @BeforeAll
  static void report() throws Exception {
    Path out = dir.resolve("own");
    Cli c =
        Cli.run(
            "report",
            "--framework",
            EXAMPLE.resolve("framework.yaml").toString(),
            "--data",
            EXAMPLE.resolve("data.csv").toString(),
            "--no-robustness",
            "--no-coherence",
            "--out",
            out.toString());
    assertThat(c.code()).as(c.err()).isZero();
    html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    scatter = Files.readString(out.resolve("layer-scatter.svg"), StandardCharsets.UTF_8);
  }

  @Test
  void the_layer_scatter_and_its_captions_use_the_frameworks_layer_names() {
    assertThat(html)
        .contains("<strong>Research against adoption.</strong>")
        .contains("relatively stronger in adoption than in research.")
        .doesNotContain("Technology activity")
        .doesNotContain("market friendliness")
        .doesNotContain("R&amp;D");
    assertThat(scatter)
        .contains("Comparative advantage: research layer against adoption layer")
        .contains("research-led (standing on research &gt; on adoption")
        .contains("adoption-led (standing on adoption &gt; on research")
        .doesNotContain("R&amp;D")
        .doesNotContain("application");
  }

  @Test
  void an_economy_with_a_zero_layer_score_is_named_under_the_log_chart() {
    assertThat(html)
        .contains(
            "Not drawn, as a zero or missing score has no place on a log axis: India (adoption"
                + " 0).");
    // India is not a point of the scatter, so it has no label there
    assertThat(scatter).doesNotContain(">IND<").contains(">USA<");
  }

  @Test
  void an_economy_with_a_missing_layer_score_is_named_as_missing() throws Exception {
    // the example's data with India's two adoption values emptied: India keeps its research score
    List<String> lines =
        new ArrayList<>(Files.readAllLines(EXAMPLE.resolve("data.csv"), StandardCharsets.UTF_8));
    int india = -1;
    for (int k = 0; k < lines.size(); k++) {
      if (lines.get(k).startsWith("IND,")) {
        india = k;
      }
    }
    String[] cells = lines.get(india).split(",", -1);
    cells[5] = "";
    cells[6] = "";
    lines.set(india, String.join(",", cells));
    Path data = dir.resolve("india-adoption-missing.csv");
    Files.write(data, lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("missing");

    Cli c =
        Cli.run(
            "report",
            "--framework",
            EXAMPLE.resolve("framework.yaml").toString(),
            "--data",
            data.toString(),
            "--no-robustness",
            "--no-coherence",
            "--no-scorecard",
            "--no-panel",
            "--out",
            out.toString());

    assertThat(c.code()).as(c.err()).isZero();
    assertThat(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8))
        .contains("has no place on a log axis: India (adoption missing).")
        .as("with --no-scorecard and --no-panel the user chose; no line is added")
        .doesNotContain("Left out:");
  }

  @Test
  void sections_that_do_not_apply_are_one_line_each_without_error_text() {
    assertThat(html)
        .contains(
            "<p>Left out: the data cover one year, 2023, and a panel of yearly indices needs at"
                + " least two.</p>")
        .contains(
            "<p>Left out: the scorecard sets aidx beside the CICC study&#39;s published figures, and"
                + " this report is for the framework research-and-adoption, which has none.</p>")
        .doesNotContain("No panel of yearly indices could be computed")
        .doesNotContain("Fix:");
  }

  @Test
  void a_framework_without_two_layers_has_no_layer_scatter_and_says_why() throws Exception {
    Path fw = dir.resolve("three.yaml");
    Files.writeString(
        fw,
        String.join(
            "\n",
            "id: three-layers",
            "normalisation: minmax:0,100",
            "root:",
            "  id: index",
            "  aggregation: arithmetic",
            "  children:",
            "    - id: publications",
            "      children: [{indicator: ai_scholarly_publications}]",
            "    - id: broadband",
            "      children: [{indicator: fixed_broadband_per_100}]",
            "    - id: servers",
            "      children: [{indicator: secure_internet_servers_per_million}]",
            ""),
        StandardCharsets.UTF_8);
    Path out = dir.resolve("three");
    Cli c =
        Cli.run(
            "report",
            "--framework",
            fw.toString(),
            "--data",
            EXAMPLE.resolve("data.csv").toString(),
            "--no-robustness",
            "--no-coherence",
            "--out",
            out.toString());

    assertThat(c.code()).as(c.err()).isZero();
    assertThat(out.resolve("layer-scatter.svg")).doesNotExist();
    assertThat(c.out()).doesNotContain("layer-scatter");
    assertThat(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8))
        .contains(
            "No layer scatter: it compares two layers, and this framework has 3 aggregates under"
                + " the index.")
        .doesNotContain("Technology activity against market friendliness");
  }
}
