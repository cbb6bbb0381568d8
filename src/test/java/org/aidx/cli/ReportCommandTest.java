package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.aidx.input.Inputs;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
import org.aidx.report.ReportFiles;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  private static IndexResult shipped() {
    Inputs in = Inputs.load(null, List.of(), null);
    return Pipeline.run(
        in.framework(), in.dataset(), Methodology.of(in.framework(), PipelineSpec.defaults()));
  }

  @TempDir Path dir;

  private static final String FRAMEWORK =
      String.join(
          "\n",
          "id: tiny",
          "name: Tiny <index>",
          "reference: USA",
          "relative_to_reference: true",
          "normalisation: ratio",
          "root:",
          "  id: index",
          "  aggregation: geometric",
          "  children:",
          "    - id: one",
          "      aggregation: arithmetic",
          "      children:",
          "        - indicator: x",
          "    - id: two",
          "      aggregation: arithmetic",
          "      children:",
          "        - indicator: y",
          "");

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static List<String> listing(Path d) throws IOException {
    try (var files = Files.list(d)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void report_writes_the_html_the_workbook_the_charts_and_a_manifest() throws Exception {
    Path out = dir.resolve("report");
    Cli c = Cli.run("report", "--out", out.toString());

    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out()).contains("report.html").contains(out.toString());
    // The report's own files, then the robustness section's chart (on by default).
    List<String> expected = new ArrayList<>(ReportFiles.outputs(shipped()));
    expected.addAll(expected.size() - 1, List.of("rank-intervals.png", "rank-intervals.svg"));
    // then the "Over time" section's charts (on by default)
    expected.addAll(
        expected.size() - 1,
        List.of(
            "panel-index.png",
            "panel-index.svg",
            "panel-ranks.png",
            "panel-ranks.svg",
            "panel-gap.png",
            "panel-gap.svg"));
    assertThat(listing(out))
        .as("exactly the documented files, no temporary file left")
        .containsExactlyInAnyOrderElementsOf(expected)
        .contains(
            "report.html",
            "report.xlsx",
            "ranking.svg",
            "profile.png",
            "layer-scatter.svg",
            "manifest.json");
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.get("command").asText()).isEqualTo("aidx report");
    assertThat(manifest.get("outputs").findValuesAsText("")).isEmpty();
    List<String> outputs = new ArrayList<>();
    manifest.get("outputs").forEach(o -> outputs.add(o.asText()));
    assertThat(outputs).isEqualTo(expected);
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains(manifest.get("created").asText());
    assertThat(html)
        .as("the CICC framework has two layers, so the report shows their scatter")
        .contains("Technology activity against market friendliness")
        .contains("relatively stronger in application than in R&amp;D.");
    assertThat(html)
        .as("every economy has two positive layer scores, and every section applies")
        .doesNotContain("Not drawn")
        .doesNotContain("Left out:");
    // Rows of the ranked table (the robustness table lists the economies again).
    String ranked = html.substring(html.indexOf("id=\"ranking-table\""));
    ranked = ranked.substring(0, ranked.indexOf("</table>"));
    Matcher rows = Pattern.compile("<tr data-iso3=\"[A-Z]{3}\"").matcher(ranked);
    int n = 0;
    while (rows.find()) {
      n++;
    }
    assertThat(n).isEqualTo(20);
    try (ReadableWorkbook wb = new ReadableWorkbook(out.resolve("report.xlsx").toFile())) {
      List<Row> ranking = wb.findSheet("Ranking").orElseThrow().read();
      assertThat(ranking).hasSize(21);
      assertThat(ranking.get(1).getCellText(0)).isEqualTo("USA");
    }
  }

  @Test
  void report_applies_the_method_options_and_records_them() throws Exception {
    Path out = dir.resolve("minmax");
    Cli c =
        Cli.run(
            "report", "--out", out.toString(), "--normalise", "minmax:1,100", "--impute", "mean");

    assertThat(c.code()).as(c.err()).isZero();
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.at("/methodology/normalise").asText()).contains("minmax");
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("minmax").contains("imputed (mean");
  }

  @Test
  void own_framework_and_data_are_reported_escaped_and_left_untouched() throws Exception {
    Path fw = write("fw.yaml", FRAMEWORK);
    Path data =
        write(
            "data.csv",
            String.join(
                "\n",
                "iso3,indicator,year,value,country,unit,source",
                "USA,x,2020,10,Alpha,count,Survey A",
                "USA,y,2020,4,Alpha,count,Survey A",
                "DEU,x,2020,20,\"B <&> B\",count,\"<b>Survey</b> & Co\"",
                "DEU,y,2021,2,\"B <&> B\",count,Survey A",
                ""));
    byte[] before = Files.readAllBytes(data);
    Path out = dir.resolve("own");

    Cli c =
        Cli.run(
            "report",
            "--framework",
            fw.toString(),
            "--data",
            data.toString(),
            "--out",
            out.toString());

    assertThat(c.code()).as(c.err()).isZero();
    assertThat(Files.readAllBytes(data)).isEqualTo(before);
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html)
        .contains("<title>Tiny &lt;index&gt;</title>")
        .contains("<td>B &lt;&amp;&gt; B</td>")
        .contains("&lt;b&gt;Survey&lt;/b&gt; &amp; Co")
        .doesNotContain("<b>Survey");
  }

  @Test
  void bad_data_exits_with_2_names_the_problem_and_writes_nothing() throws Exception {
    Path data =
        write(
            "bad.csv",
            "iso3,indicator,year,value\nUSA,x,2020,ten\nUSA,y,2020,4\nDEU,x,2020,1\nDEU,y,2020,2\n");
    byte[] before = Files.readAllBytes(data);
    Path out = dir.resolve("never");

    Cli c =
        Cli.run(
            "report",
            "--framework",
            write("fw.yaml", FRAMEWORK).toString(),
            "--data",
            data.toString(),
            "--out",
            out.toString());

    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("bad.csv").contains("ten").doesNotContain("\tat ");
    assertThat(Files.readAllBytes(data)).isEqualTo(before);
    assertThat(out).doesNotExist();
  }

  @Test
  void an_unknown_method_exits_with_2() {
    Path out = dir.resolve("never");
    Cli c = Cli.run("report", "--out", out.toString(), "--normalise", "bogus");

    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("bogus");
    assertThat(out).doesNotExist();
  }

  @Test
  void an_output_path_that_is_a_file_exits_with_2_and_says_so() throws Exception {
    Path file = Files.writeString(dir.resolve("taken"), "a file, not a directory");

    Cli c = Cli.run("report", "--out", file.toString());

    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err())
        .contains("--out " + file)
        .contains("expected a directory to write into, found an existing file")
        .doesNotContain("\tat ");
    assertThat(Files.readString(file)).isEqualTo("a file, not a directory");
  }

  @Test
  void other_files_in_the_output_directory_are_left_alone() throws Exception {
    Path out = Files.createDirectories(dir.resolve("shared"));
    Path mine = Files.writeString(out.resolve("notes.txt"), "keep me");

    Cli c = Cli.run("report", "--out", out.toString());

    assertThat(c.code()).as(c.err()).isZero();
    assertThat(Files.readString(mine)).isEqualTo("keep me");
    assertThat(listing(out)).contains("notes.txt", "report.html");
  }

  @Test
  void the_main_help_mentions_the_report_command() {
    Cli c = Cli.run("--help");

    assertThat(c.out()).contains("aidx report").contains("report ");
  }
}
