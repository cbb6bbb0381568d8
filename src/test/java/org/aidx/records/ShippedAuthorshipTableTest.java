package org.aidx.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aidx.records.duckdb.DuckDbEngine;
import org.junit.jupiter.api.Test;

/**
 * The frontier-research table the index ships is what the built-in job makes from the full
 * committed records (328,747 rows): {@code aidx records run conference-authorship} reproduces it.
 */
class ShippedAuthorshipTableTest {
  private static final Path SHIPPED =
      Path.of("src/main/resources/org/aidx/data/ai-conference-authorship.csv");

  @Test
  void the_job_on_the_full_records_reproduces_the_shipped_table_value_by_value()
      throws IOException {
    RecordsResult r;
    try (DuckDbEngine e = DuckDbEngine.open("2GB", 0)) {
      r = RecordsRunner.of(Jobs.conference()).run(e, RecordsEngine.Progress.NONE);
    }
    assertThat(r.inputs().get(0).rows()).isEqualTo(328_747);
    List<String> shipped = Files.readAllLines(SHIPPED);
    List<String> made = r.csv().lines().toList();
    assertThat(made).hasSameSizeAs(shipped);
    for (int i = 0; i < shipped.size(); i++) {
      assertThat(made.get(i)).as("line %d", i + 1).isEqualTo(shipped.get(i));
    }
    assertThat(r.csv()).isEqualTo(Files.readString(SHIPPED));
  }
}
