package org.aidx.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aidx.input.JobFiles;
import org.aidx.records.duckdb.DuckDbEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The county tables the regions feature ships are what the built-in metro jobs make from the
 * committed records and raw subsets ({@code data/records/}, {@code data/regions/}).
 */
class ShippedMetroTablesTest {
  @ParameterizedTest
  @ValueSource(strings = {"metro-authorship", "metro-cs-rd", "metro-patents"})
  void the_job_reproduces_the_shipped_county_table(String job) throws IOException {
    RecordsResult r;
    try (DuckDbEngine e = DuckDbEngine.open("2GB", 0)) {
      r = RecordsRunner.of(JobFiles.load(job)).run(e, RecordsEngine.Progress.NONE);
    }
    Path shipped = Path.of("src/main/resources/org/aidx/data/regions/" + job + ".csv");
    assertThat(r.csv()).isEqualTo(Files.readString(shipped));
  }
}
