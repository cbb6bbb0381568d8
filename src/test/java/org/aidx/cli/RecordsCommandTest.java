package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aidx.input.JobFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aidx records run|jobs|inspect|generate}: what each prints and writes. */
class RecordsCommandTest {
  private static final String SAMPLE = "src/test/resources/org/aidx/records/paperlists-sample.csv";

  @TempDir Path tmp;

  @Test
  void run_with_out_writes_the_table_the_notes_and_a_manifest_with_hashes_rows_and_sql()
      throws IOException {
    Path out = tmp.resolve("out");
    Cli c =
        Cli.run(
            "records",
            "run",
            "conference-authorship",
            "--input",
            "papers=" + SAMPLE,
            "--out",
            out.toString());
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(Files.readString(out.resolve("ai-conference-authorship.csv")))
        .startsWith("iso3,indicator,year,value,unit,source\n");
    assertThat(Files.readString(out.resolve("notes.csv")))
        .startsWith("check,item,amount\nunattributed,(empty),");
    JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertThat(m.path("inputs").get(0).path("sha256").asText()).hasSize(64);
    assertThat(m.path("records").path("inputs").path("papers").path("rows").asLong())
        .isEqualTo(1212);
    assertThat(m.path("records").path("sql").toString()).contains("DENSE_RANK");
    assertThat(m.path("methodology").path("engine").asText()).isEqualTo("duckdb");
    assertThat(m.path("methodology").path("engine_version").asText()).startsWith("v");
    assertThat(m.path("methodology").path("param.weighting").asText()).isEqualTo("fractional");
  }

  @Test
  void run_without_out_prints_the_table_on_stdout_and_the_notes_on_stderr() {
    Cli c = Cli.run("records", "run", "conference-authorship", "--input", "papers=" + SAMPLE);
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out()).startsWith("iso3,indicator,year,value,unit,source\n");
    assertThat(c.err()).contains("note: unattributed: (empty)");
  }

  @Test
  void jobs_lists_the_built_in_jobs_with_inputs_parameters_and_outputs() {
    Cli c = Cli.run("records", "jobs");
    assertThat(c.code()).isZero();
    assertThat(c.out())
        .contains("conference-authorship")
        .contains("--param weighting=fractional  (fractional|citations)")
        .contains("ai_conference_authorship_embodied_5y");
  }

  @Test
  void a_shown_job_copied_to_a_file_runs_like_the_built_in_one() throws IOException {
    Cli show = Cli.run("records", "jobs", "--show", "conference-authorship");
    assertThat(show.code()).isZero();
    Path job = Files.writeString(tmp.resolve("job.yaml"), show.out());
    assertThat(JobFiles.load(job.toString()).query().sql())
        .isEqualTo(JobFiles.load("conference-authorship").query().sql());
  }

  @Test
  void inspect_prints_types_row_count_and_sample() {
    Cli c = Cli.run("records", "inspect", SAMPLE, "--rows", "2");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out()).contains("1,212 rows, 10 columns").contains("gs_citation");
    assertThat(c.out().split("\n\n")[1].lines().count()).as("header and 2 rows").isEqualTo(3);
  }

  @Test
  void generate_is_reproducible_from_its_seed() throws IOException {
    Path a = tmp.resolve("a.csv");
    Path b = tmp.resolve("b.csv");
    Path c = tmp.resolve("c.csv");
    assertThat(
            Cli.run("records", "generate", "--rows", "500", "--seed", "7", "--out", a.toString())
                .code())
        .isZero();
    Cli.run("records", "generate", "--rows", "500", "--seed", "7", "--out", b.toString());
    Cli.run("records", "generate", "--rows", "500", "--seed", "8", "--out", c.toString());
    assertThat(Files.readAllLines(a)).hasSize(501);
    assertThat(Files.mismatch(a, b)).isEqualTo(-1);
    assertThat(Files.mismatch(a, c)).isNotEqualTo(-1);
  }

  @Test
  void generated_records_run_through_the_conference_job() throws IOException {
    Path a = tmp.resolve("synthetic.csv.gz");
    Cli.run("records", "generate", "--rows", "2000", "--out", a.toString());
    Cli c = Cli.run("records", "run", "conference-authorship", "--input", "papers=" + a);
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out().lines().count()).isGreaterThan(100);
  }
}
