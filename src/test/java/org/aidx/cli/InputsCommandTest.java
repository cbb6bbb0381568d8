package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input options on the command line: layouts, aliases, names, export and added data. */
class InputsCommandTest {
  @TempDir Path dir;

  @Test
  void normalize_is_the_us_spelling_of_normalise() {
    Cli us = Cli.run("index", "--normalize", "rank", "--format", "csv");
    Cli uk = Cli.run("index", "--normalise", "rank", "--format", "csv");
    assertThat(us.code()).as(us.err()).isZero();
    assertThat(us.out()).isEqualTo(uk.out());
  }

  @Test
  void an_economy_argument_may_be_a_name() {
    Cli byName = Cli.run("explain", "korea");
    Cli byCode = Cli.run("explain", "KOR");
    assertThat(byName.code()).as(byName.err()).isZero();
    assertThat(byName.out()).isEqualTo(byCode.out());
  }

  @Test
  void data_check_says_how_each_file_was_read() {
    Cli c = Cli.run("data", "check", "examples/published-formats/API_NY.GDP.MKTP.CD_sample.csv");
    assertThat(c.out())
        .contains(
            "API_NY.GDP.MKTP.CD_sample.csv: read as worldbank layout (detected from the header),"
                + " comma-delimited, metadata {Data Source=World Development Indicators}");
  }

  @Test
  void an_unknown_layout_is_bad_input() {
    Cli c = Cli.run("index", "--data", "x.csv", "--layout", "tidy");
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("--layout").contains("use one of long, wide, coinr");
  }

  @Test
  void export_writes_csv_to_standard_output_and_xlsx_only_to_a_directory() {
    Cli csv = Cli.run("data", "export");
    assertThat(csv.code()).isZero();
    assertThat(csv.out().lines().findFirst())
        .hasValue("iso3,country,indicator,year,value,unit,source,location,note");
    Cli bad = Cli.run("data", "export", "--format", "xlsx");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("add --out DIR");
    Cli xlsx = Cli.run("data", "export", "--format", "xlsx", "--out", dir.toString());
    assertThat(xlsx.code()).as(xlsx.err()).isZero();
    assertThat(dir.resolve("data.xlsx")).isNotEmptyFile();
    assertThat(dir.resolve("manifest.json")).content().contains("aidx data export");
  }

  @Test
  void an_added_value_that_differs_from_the_shipped_one_stops_the_run_by_default()
      throws IOException {
    Path shipped = dir.resolve("shipped.csv");
    Files.writeString(shipped, Cli.run("data", "export").out());
    String jpn =
        Files.readAllLines(shipped).stream()
            .filter(l -> l.startsWith("JPN,Japan,ai_scholarly_publications,"))
            .findFirst()
            .orElseThrow();
    String[] f = jpn.split(",");
    Path mine = dir.resolve("mine.csv");
    Files.writeString(
        mine,
        "iso3,indicator,year,value\nJapan,ai_scholarly_publications,"
            + f[3]
            + ","
            + (2 * Double.parseDouble(f[4]))
            + "\n");
    Cli stop = Cli.run("index", "--data", mine.toString(), "--data-mode", "add");
    assertThat(stop.code()).isEqualTo(2);
    assertThat(stop.err())
        .contains("JPN ai_scholarly_publications " + f[3])
        .contains("differs from the shipped " + f[4])
        .contains("pass --on-conflict user");
    Cli user =
        Cli.run("index", "--data", mine.toString(), "--data-mode", "add", "--on-conflict", "user");
    assertThat(user.code()).as(user.err()).isZero();
    assertThat(user.err())
        .contains("conflict: JPN ai_scholarly_publications")
        .contains("kept yours");
    Cli kept =
        Cli.run(
            "index",
            "--data",
            mine.toString(),
            "--data-mode",
            "add",
            "--on-conflict",
            "shipped",
            "--format",
            "csv");
    assertThat(kept.out()).isEqualTo(Cli.run("index", "--format", "csv").out());
  }
}
