package org.aidx.records;

/**
 * An engine refused a job's SQL or could not read an input; {@link RecordsRunner} turns it into a
 * user-input error naming the job file and line.
 *
 * @see SqlBlock#fileLine(int)
 */
public final class EngineException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int sqlLine;

  /**
   * @param message the engine's own message (first lines only)
   * @param sqlLine the 1-based line within the SQL block the engine points at, or 0
   */
  public EngineException(String message, int sqlLine) {
    super(message);
    this.sqlLine = sqlLine;
  }

  public int sqlLine() {
    return sqlLine;
  }
}
