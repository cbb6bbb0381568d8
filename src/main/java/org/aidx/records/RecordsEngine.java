package org.aidx.records;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs a job's SQL over its inputs. Implementations: DuckDB in process ({@code records.duckdb}) and
 * Apache Spark ({@code records.spark}). One engine instance serves one run.
 */
public interface RecordsEngine extends AutoCloseable {
  /** Short name, e.g. {@code duckdb}. */
  String name();

  /** The engine's own version, for the manifest. */
  String version();

  /**
   * The column names of a Parquet or JSON-lines file (CSV headers are read by the core), or an
   * exception when the file cannot be read.
   */
  List<String> columns(Path file, Format format) throws EngineException;

  /**
   * Registers {@code input} as a table named {@code input.name()} read from {@code file}, whose
   * columns are {@code header} (CSV: in file order). Declared columns get their types, others are
   * text.
   */
  LoadedInput load(JobInput input, Path file, List<String> header, BadRows badRows)
      throws EngineException;

  /** Creates (and materialises) the view {@code block.name()} from the block's SQL. */
  void createView(SqlBlock block) throws EngineException;

  /** Runs a query; each row's values as Java objects (String, Number or null). */
  List<Object[]> query(SqlBlock block, Progress progress) throws EngineException;

  @Override
  void close();

  /** Receives the progress of a long query, as work done out of total. */
  @FunctionalInterface
  interface Progress {
    Progress NONE = (done, total) -> {};

    void update(long done, long total);
  }
}
