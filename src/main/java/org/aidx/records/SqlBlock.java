package org.aidx.records;

/**
 * A piece of SQL from a job file and where it starts, so an engine's error can name the job file's
 * line.
 *
 * @param name the view or check it defines, or {@code query}
 * @param sql the SQL text with the job's parameters substituted
 * @param line the 1-based line of the job file holding the SQL's first line (0 when unknown)
 */
public record SqlBlock(String name, String sql, int line) {
  public SqlBlock {
    if (sql == null || sql.isBlank()) {
      throw new IllegalArgumentException("SQL block " + name + " is empty");
    }
  }

  /** The job file line of the SQL's {@code n}-th line (1-based), or 0 when unknown. */
  public int fileLine(int n) {
    return line == 0 || n <= 0 ? 0 : line + n - 1;
  }

  SqlBlock withSql(String text) {
    return new SqlBlock(name, text, line);
  }
}
