package org.aidx.records.duckdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aidx.records.BadRows;
import org.aidx.records.ColumnType;
import org.aidx.records.EngineException;
import org.aidx.records.Format;
import org.aidx.records.JobInput;
import org.aidx.records.LoadedInput;
import org.aidx.records.RecordsEngine;
import org.aidx.records.SqlBlock;
import org.duckdb.DuckDBPreparedStatement;
import org.duckdb.QueryProgress;

/**
 * DuckDB in process: an in-memory database that spills to a temporary folder beyond its memory
 * limit, so inputs larger than memory still run. Inputs and views are materialised as tables, so
 * each file is parsed once. A fresh {@link Statement} per query (in duckdb_jdbc 2.0 a statement is
 * closed after a failed query).
 */
public final class DuckDbEngine implements RecordsEngine {
  private static final Pattern LINE = Pattern.compile("LINE (\\d+):");
  private static final int SAMPLES = 5;

  private final Connection db;
  private final Path spill;

  private DuckDbEngine(Connection db, Path spill) {
    this.db = db;
    this.spill = spill;
  }

  /**
   * Opens an engine.
   *
   * @param memoryLimit DuckDB's memory limit, e.g. {@code 2GB}, or null for its default (80% of
   *     RAM)
   * @param threads worker threads, or 0 for one per core
   */
  public static DuckDbEngine open(String memoryLimit, int threads) {
    if (memoryLimit != null
        && !memoryLimit.matches("(?i)\\d+(\\.\\d+)?\\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB|%)")) {
      throw new IllegalArgumentException(
          "--memory-limit expects a size such as 512MB or 4GB, found '" + memoryLimit + "'");
    }
    try {
      Path spill = Files.createTempDirectory("aidx-duckdb-");
      Connection c = DriverManager.getConnection("jdbc:duckdb:");
      DuckDbEngine e = new DuckDbEngine(c, spill);
      e.exec("SET temp_directory = '" + quote(spill.toString()) + "'");
      e.exec("SET preserve_insertion_order = false");
      if (memoryLimit != null) {
        e.exec("SET memory_limit = '" + memoryLimit + "'");
      }
      if (threads > 0) {
        e.exec("SET threads = " + threads);
      }
      return e;
    } catch (SQLException | IOException ex) {
      throw new IllegalStateException("cannot start DuckDB: " + ex.getMessage(), ex);
    }
  }

  @Override
  public String name() {
    return "duckdb";
  }

  @Override
  public String version() {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT version()")) {
      r.next();
      return r.getString(1);
    } catch (SQLException e) {
      return "unknown";
    }
  }

  @Override
  public List<String> columns(Path file, Format format) throws EngineException {
    List<String> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + scan(file, format))) {
      while (r.next()) {
        out.add(r.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw new EngineException(firstLines(e.getMessage()), 0);
    }
  }

  /** A table function reading the whole file with types detected (for {@code records inspect}). */
  private static String scan(Path file, Format format) {
    String p = "'" + quote(file.toString()) + "'";
    return switch (format) {
      case CSV -> "read_csv(" + p + ", header = true)";
      case PARQUET -> "read_parquet(" + p + ")";
      case JSON -> "read_json(" + p + ", format = 'newline_delimited')";
    };
  }

  @Override
  public LoadedInput load(JobInput in, Path file, List<String> header, BadRows badRows)
      throws EngineException {
    String p = "'" + quote(file.toString()) + "'";
    String select =
        in.columns().entrySet().stream()
            .map(
                e ->
                    in.format() == Format.CSV
                        ? ident(e.getKey())
                        : "CAST("
                            + ident(e.getKey())
                            + " AS "
                            + type(e.getValue())
                            + ") AS "
                            + ident(e.getKey()))
            .collect(Collectors.joining(", "));
    String rejects = "aidx_rejects_" + in.name();
    String from =
        switch (in.format()) {
          case CSV ->
              "read_csv("
                  + p
                  + ", header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"',"
                  + " columns = {"
                  + header.stream()
                      .map(
                          c ->
                              "'"
                                  + quote(c)
                                  + "': '"
                                  + type(in.columns().getOrDefault(c, ColumnType.STRING))
                                  + "'")
                      .collect(Collectors.joining(", "))
                  + "}, store_rejects = true, rejects_table = '"
                  + rejects
                  + "', rejects_scan = '"
                  + rejects
                  + "_scan')";
          case PARQUET -> "read_parquet(" + p + ")";
          case JSON ->
              "read_json("
                  + p
                  + ", format = 'newline_delimited', columns = {"
                  + in.columns().entrySet().stream()
                      .map(e -> "'" + quote(e.getKey()) + "': '" + type(e.getValue()) + "'")
                      .collect(Collectors.joining(", "))
                  + "})";
        };
    try {
      exec(
          "CREATE OR REPLACE TEMP TABLE "
              + ident(in.name())
              + " AS SELECT "
              + select
              + " FROM "
              + from);
      long rows = count("SELECT count(*) FROM " + ident(in.name()));
      long bad = 0;
      List<String> samples = new ArrayList<>();
      if (in.format() == Format.CSV) {
        bad = count("SELECT count(DISTINCT line) FROM " + rejects);
        try (Statement s = db.createStatement();
            ResultSet r =
                s.executeQuery(
                    "SELECT line, any_value(error_type), any_value(csv_line) FROM "
                        + rejects
                        + " GROUP BY line ORDER BY line LIMIT "
                        + SAMPLES)) {
          while (r.next()) {
            samples.add(
                "line "
                    + r.getLong(1)
                    + " ("
                    + r.getString(2).toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + "): "
                    + abbreviate(r.getString(3)));
          }
        }
      }
      return new LoadedInput(in.name(), rows, bad, samples);
    } catch (SQLException e) {
      throw new EngineException(firstLines(e.getMessage()), 0);
    }
  }

  @Override
  public void createView(SqlBlock block) throws EngineException {
    try {
      // same first line as the job's SQL, so DuckDB's "LINE n" still counts the job's lines
      exec("CREATE OR REPLACE TEMP TABLE " + ident(block.name()) + " AS " + block.sql());
    } catch (SQLException e) {
      throw error(e);
    }
  }

  @Override
  public List<Object[]> query(SqlBlock block, Progress progress) throws EngineException {
    ExecutorService poll =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "aidx-duckdb-query");
              t.setDaemon(true);
              return t;
            });
    try (DuckDBPreparedStatement s =
        db.prepareStatement(block.sql()).unwrap(DuckDBPreparedStatement.class)) {
      Future<List<Object[]>> rows = poll.submit(() -> rows(s));
      while (true) {
        try {
          return rows.get(250, TimeUnit.MILLISECONDS);
        } catch (TimeoutException waiting) {
          QueryProgress q = s.getQueryProgress();
          if (q.getPercentage() >= 0) {
            progress.update(Math.round(q.getPercentage() * 10), 1000);
          }
        }
      }
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof SQLException se) {
        throw error(se);
      }
      throw new IllegalStateException(e.getCause());
    } catch (SQLException e) {
      throw error(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      poll.shutdownNow();
    }
  }

  private static List<Object[]> rows(java.sql.PreparedStatement s) throws SQLException {
    List<Object[]> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      ResultSetMetaData md = r.getMetaData();
      int n = md.getColumnCount();
      while (r.next()) {
        Object[] row = new Object[n];
        for (int i = 0; i < n; i++) {
          row[i] = r.getObject(i + 1);
        }
        out.add(row);
      }
    }
    return out;
  }

  /**
   * The type, row count and a sample of a file, its types detected by DuckDB (for {@code records
   * inspect}).
   */
  public Inspection inspect(Path file, Format format, int sample) throws EngineException {
    String scan = scan(file, format);
    try {
      List<String[]> schema = new ArrayList<>();
      try (Statement s = db.createStatement();
          ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + scan)) {
        while (r.next()) {
          schema.add(new String[] {r.getString(1), r.getString(2)});
        }
      }
      long rows = count("SELECT count(*) FROM " + scan);
      List<List<String>> sampleRows = new ArrayList<>();
      try (Statement s = db.createStatement();
          ResultSet r = s.executeQuery("SELECT * FROM " + scan + " LIMIT " + sample)) {
        int n = r.getMetaData().getColumnCount();
        while (r.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            row.add(r.getString(i) == null ? "" : r.getString(i));
          }
          sampleRows.add(row);
        }
      }
      return new Inspection(schema, rows, sampleRows);
    } catch (SQLException e) {
      throw new EngineException(firstLines(e.getMessage()), 0);
    }
  }

  /**
   * What {@link #inspect} found.
   *
   * @param schema column name and detected type, in file order
   */
  public record Inspection(List<String[]> schema, long rows, List<List<String>> sample) {}

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      // closing an in-memory database only frees memory
    }
    try (Stream<Path> files = Files.walk(spill)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void exec(String sql) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute(sql);
    }
  }

  private long count(String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static EngineException error(SQLException e) {
    String msg = e.getMessage() == null ? e.toString() : e.getMessage();
    Matcher m = LINE.matcher(msg);
    int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
    return new EngineException(firstLines(msg), line);
  }

  /** The message without DuckDB's SQL excerpt and hints: its first non-empty line. */
  static String firstLines(String msg) {
    return msg == null
        ? ""
        : msg.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(msg);
  }

  private static String abbreviate(String s) {
    if (s == null) {
      return "";
    }
    String t = s.strip();
    return t.length() > 120 ? t.substring(0, 117) + "..." : t;
  }

  static String type(ColumnType t) {
    return switch (t) {
      case STRING -> "VARCHAR";
      case INT -> "INTEGER";
      case LONG -> "BIGINT";
      case DOUBLE -> "DOUBLE";
    };
  }

  private static String ident(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  private static String quote(String s) {
    return s.replace("'", "''");
  }
}
