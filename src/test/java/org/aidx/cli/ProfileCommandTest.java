package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aidx.input.Inputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCommandTest {
  @TempDir Path dir;

  @Test
  void a_profile_is_one_self_contained_page_with_every_indicator_and_the_gap_chart_as_text()
      throws Exception {
    Cli c = Cli.run("profile", "jpn", "--out", dir.toString());
    assertThat(c.code()).as(c.err()).isZero();
    String html = Files.readString(dir.resolve("JPN.html"));
    assertThat(html)
        .contains("<h1>Japan (JPN)</h1>")
        .contains("Strengths and weaknesses")
        .contains("Gap to USA by dimension")
        .doesNotContain("<script")
        .doesNotContain("src=\"http")
        .doesNotContain("<link");
    // the chart's labels are SVG text, one bar per dimension
    String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
    assertThat(svg.split("<rect", -1)).hasSize(1 + 7);
    assertThat(svg).contains(">Compute</text>");
    // one row per indicator of the framework
    int indicators =
        Inputs.load(null, java.util.List.of(), java.util.List.of()).framework().indicators().size();
    String table = html.substring(html.indexOf("<h2>Indicators</h2>"));
    assertThat(table.split("<tr>", -1)).hasSize(1 + 1 + indicators);
    assertThat(dir.resolve("manifest.json")).isNotEmptyFile();
  }

  @Test
  void all_writes_one_page_per_economy() {
    Cli c = Cli.run("profile", "--all", "--out", dir.toString());
    assertThat(c.code()).as(c.err()).isZero();
    for (String e : IndexCommandTest.ECONOMIES) {
      assertThat(dir.resolve(e + ".html")).as(e).isNotEmptyFile();
    }
  }

  @Test
  void no_economy_and_an_unknown_one_are_exit_2_with_the_fix() {
    Cli none = Cli.run("profile", "--out", dir.toString());
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("name economies (aidx profile JPN KOR) or pass --all");
    Cli bad = Cli.run("profile", "JAP", "--out", dir.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("JPN");
  }
}
