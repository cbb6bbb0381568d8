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

  /** The row of a CSV whose second column (or first, for robustness) is the economy. */
  private static String[] csvRow(String csv, int keyColumn, String key, String first) {
    for (String line : csv.split("\n")) {
      // split at commas outside double quotes ("Korea, Rep.")
      String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
      if (f.length > keyColumn
          && f[keyColumn].equals(key)
          && (first == null || f[0].equals(first))) {
        return f;
      }
    }
    throw new AssertionError("no row " + key + " in " + csv);
  }

  private static String fmt(String number) {
    double v = Double.parseDouble(number);
    return v == Math.rint(v) ? Long.toString((long) v) : number;
  }

  @Test
  void the_rank_interval_is_that_of_aidx_robustness_with_the_same_runs_and_seed() throws Exception {
    Cli c =
        Cli.run(
            "profile",
            "KOR",
            "--runs",
            "64",
            "--seed",
            "3",
            "--no-scenarios",
            "--out",
            dir.toString());
    assertThat(c.code()).as(c.err()).isZero();
    Cli mc = Cli.run("robustness", "--runs", "64", "--seed", "3", "--format", "csv", "-q");
    assertThat(mc.code()).as(mc.err()).isZero();
    String[] kor = csvRow(mc.out(), 0, "KOR", null);

    String html = Files.readString(dir.resolve("KOR.html"));
    assertThat(html)
        .contains("<h2>Rank under uncertainty</h2>")
        .contains(
            "90% interval "
                + fmt(kor[4])
                + "–"
                + fmt(kor[5])
                + " over 64 runs</b> (median "
                + fmt(kor[3]))
        .contains("Monte Carlo: 64 runs, seed 3, ")
        .contains("so no index interval is given")
        .doesNotContain("Index 90% interval")
        .doesNotContain("What the scenarios would do");
    String manifest = Files.readString(dir.resolve("manifest.json"));
    assertThat(manifest)
        .containsPattern("\"runs\"\\s*:\\s*64")
        .containsPattern("\"seed\"\\s*:\\s*3");
  }

  @Test
  void the_cicc_scenarios_show_their_effect_as_aidx_scenario_computes_it() throws Exception {
    Cli c = Cli.run("profile", "JPN", "KOR", "--no-robustness", "--out", dir.toString());
    assertThat(c.code()).as(c.err()).isZero();
    Cli sc =
        Cli.run(
            "scenario", "--file", "examples/scenarios/japan-us-sharing.yaml", "--format", "csv");
    assertThat(sc.code()).as(sc.err()).isZero();

    String jpn = Files.readString(dir.resolve("JPN.html"));
    String kor = Files.readString(dir.resolve("KOR.html"));
    assertThat(jpn).doesNotContain("Rank under uncertainty");
    for (String name : new String[] {"us-shares-half", "us-shares-fully"}) {
      String[] j = csvRow(sc.out(), 1, "JPN", name);
      String row = jpn.substring(jpn.indexOf(">" + name + "</td>"));
      row = row.substring(0, row.indexOf("</tr>"));
      // changes own data, baseline rank, scenario rank, baseline tier, scenario tier
      assertThat(row)
          .startsWith(">" + name + "</td><td class=\"l\">yes</td>")
          .contains(
              "<td>"
                  + j[4]
                  + "</td><td>"
                  + j[5]
                  + "</td><td>"
                  + j[6]
                  + "</td><td>"
                  + j[7]
                  + "</td>");
      String[] k = csvRow(sc.out(), 1, "KOR", name);
      String krow = kor.substring(kor.indexOf(">" + name + "</td>"));
      assertThat(krow.substring(0, krow.indexOf("</tr>")))
          .startsWith(">" + name + "</td><td class=\"l\">no</td>")
          .contains("<td>" + k[4] + "</td><td>" + k[5] + "</td>");
    }
  }

  @Test
  void a_scenario_file_replaces_the_shipped_scenarios_and_no_scenarios_leaves_them_out()
      throws Exception {
    Path file = dir.resolve("one.yaml");
    Files.writeString(
        file, "scenarios:\n  - name: korea-compute\n    changes:\n      - KOR:compute=copy(USA)\n");
    Path out = dir.resolve("out");
    Cli c =
        Cli.run(
            "profile",
            "KOR",
            "--no-robustness",
            "--scenarios",
            file.toString(),
            "--out",
            out.toString());
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(Files.readString(out.resolve("KOR.html")))
        .contains(">korea-compute</td><td class=\"l\">yes</td>")
        .doesNotContain("us-shares-half");
    assertThat(Files.readString(out.resolve("manifest.json"))).contains("one.yaml");

    Cli both =
        Cli.run(
            "profile",
            "KOR",
            "--no-scenarios",
            "--scenarios",
            file.toString(),
            "--out",
            out.toString());
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("--scenarios and --no-scenarios were both given");
    Cli zero = Cli.run("profile", "KOR", "--runs", "0", "--out", out.toString());
    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err()).contains("--no-robustness");
  }

  @Test
  void the_shipped_scenarios_are_the_example_file() throws Exception {
    assertThat(Inputs.resource(org.aidx.report.ProfilePage.CICC_SCENARIOS))
        .isEqualTo(Files.readAllBytes(Path.of("examples/scenarios/japan-us-sharing.yaml")));
  }
}
