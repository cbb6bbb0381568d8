package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to {@code aidx records run}: one clear message each, exit code 2, no stack trace, no
 * output directory left behind.
 */
class RecordsBadInputTest {
  private static final String HEADER =
      "conf,year,paper_id,status,n_authors,author_pos,affiliation,campus,country,gs_citation\n";

  @TempDir Path tmp;

  private Cli runWith(String papers, String... more) {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "records",
                "run",
                "conference-authorship",
                "--input",
                "papers=" + papers,
                "--out",
                tmp.resolve("out").toString()));
    args.addAll(java.util.List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private void assertBadInput(Cli c, String... fragments) {
    assertThat(c.code()).as(c.err()).isEqualTo(2);
    assertThat(c.err()).contains(fragments).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text);
  }

  @Test
  void a_missing_column_is_named_with_the_columns_found() throws IOException {
    Path p = file("p.csv", "conf,year,paper_id,author_pos,gs_citation\nicra,2020,a,0,1\n");
    assertBadInput(runWith(p.toString()), p + " line 1", "missing column(s) [country]");
  }

  @Test
  void an_unparseable_row_stops_the_run_with_its_line() throws IOException {
    Path p =
        file("p.csv", HEADER + "icra,2020,a,P,1,0,X,,Japan,1\nicra,twenty,b,P,1,0,X,,Japan,1\n");
    assertBadInput(runWith(p.toString()), p + " line 3", "--bad-rows skip");
  }

  @Test
  void with_bad_rows_skip_the_row_is_left_out_and_listed_in_the_notes() throws IOException {
    Path p =
        file("p.csv", HEADER + "icra,2020,a,P,1,0,X,,Japan,1\nicra,twenty,b,P,1,0,X,,Japan,1\n");
    Cli c = runWith(p.toString(), "--bad-rows", "skip");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(Files.readString(tmp.resolve("out/notes.csv")))
        .contains("bad-rows:papers,\"line 3 (cast): icra,twenty");
    assertThat(Files.readString(tmp.resolve("out/ai-conference-authorship.csv")))
        .contains("JPN,ai_conference_authorship_5y,2020,1.000000");
  }

  @Test
  void an_empty_file_is_reported() throws IOException {
    Path p = file("p.csv", "");
    assertBadInput(runWith(p.toString()), p + ": is empty (0 bytes)");
  }

  @Test
  void a_header_only_file_is_reported() throws IOException {
    Path p = file("p.csv", HEADER);
    assertBadInput(runWith(p.toString()), "holds no records (header only)");
  }

  @Test
  void a_missing_file_is_reported_with_the_input_name() {
    assertBadInput(runWith(tmp.resolve("nope.csv").toString()), "file not found (input 'papers'");
  }

  @Test
  void an_unmapped_country_is_listed() throws IOException {
    Path p = file("p.csv", HEADER + "icra,2020,a,P,1,0,X,,Atlantis,1\n");
    assertBadInput(runWith(p.toString()), "'Atlantis'", "--allow unmapped");
  }

  @Test
  void an_sql_error_names_the_job_file_and_line() throws IOException {
    file("r.csv", "iso3,year,n\nUSA,2020,3\n");
    Path job =
        file(
            "job.yaml",
            """
            id: t
            inputs:
              r: {path: r.csv, columns: {iso3: string, year: int, n: double}}
            query: |
              SELECT iso3, 'x' AS indicator, year,
                     n AS value,
                     'u' AS unit FORM r
            output: {file: t.csv, indicators: [x]}
            """);
    Cli c = Cli.run("records", "run", job.toString(), "--out", tmp.resolve("out").toString());
    assertBadInput(c, job + " line 7 (query)", "FORM");
  }

  @Test
  void an_unknown_parameter_and_a_value_not_allowed_are_both_reported() {
    Cli c =
        Cli.run(
            "records",
            "run",
            "conference-authorship",
            "--param",
            "weigting=x",
            "--param",
            "weighting=votes",
            "--out",
            tmp.resolve("out").toString());
    assertBadInput(c, "no parameter 'weigting'", "expected one of [fractional, citations]");
  }

  @Test
  void an_unreachable_spark_master_is_reported_at_once() {
    Cli c =
        Cli.run(
            "records",
            "run",
            "conference-authorship",
            "--engine",
            "spark",
            "--master",
            "spark://127.0.0.1:1",
            "--out",
            tmp.resolve("out").toString());
    assertBadInput(c, "the Spark master cannot be reached: 127.0.0.1:1");
  }

  @Test
  void an_unknown_job_is_reported_with_the_built_in_names() {
    assertBadInput(
        Cli.run("records", "run", "no-such-job"),
        "no-such-job",
        "[conference-authorship, metro-authorship, metro-cs-rd, metro-patents]");
  }
}
