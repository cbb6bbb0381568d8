package org.aidx.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.aidx.input.JobFiles;
import org.aidx.records.duckdb.DuckDbEngine;

/** Runs the built-in conference job on DuckDB in tests. */
final class Jobs {
  static final Path SAMPLE = Path.of("src/test/resources/org/aidx/records/paperlists-sample.csv");

  private Jobs() {}

  static RecordsJob conference() {
    return JobFiles.load("conference-authorship");
  }

  /** Writes a records file with the conference columns; each line is one data row. */
  static Path papers(Path dir, String... lines) {
    StringBuilder b =
        new StringBuilder(
            "conf,year,paper_id,status,n_authors,author_pos,affiliation,campus,country,gs_citation\n");
    for (String l : lines) {
      b.append(l).append('\n');
    }
    try {
      Path f = Files.createTempFile(dir, "papers", ".csv");
      Files.writeString(f, b);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RecordsResult run(Path papers, Map<String, String> params, Set<String> allow) {
    try (DuckDbEngine e = DuckDbEngine.open("1GB", 2)) {
      return RecordsRunner.of(conference())
          .withInputs(Map.of("papers", papers))
          .withParams(params)
          .withAllowed(allow)
          .run(e, RecordsEngine.Progress.NONE);
    }
  }

  static RecordsResult run(Path papers) {
    return run(papers, Map.of(), Set.of());
  }

  /** The value of one output row, or null when the row is absent. */
  static Double value(RecordsResult r, String iso3, String indicator, int year) {
    return r.rows().stream()
        .filter(x -> x.key().equals(iso3) && x.indicator().equals(indicator) && x.year() == year)
        .map(x -> x.value().doubleValue())
        .findFirst()
        .orElse(null);
  }
}
