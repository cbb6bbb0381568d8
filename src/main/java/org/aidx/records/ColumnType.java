package org.aidx.records;

import java.util.Locale;

/**
 * The type of a declared input column, as a job file names it ({@code string}, {@code int}, ...).
 */
public enum ColumnType {
  STRING,
  INT,
  LONG,
  DOUBLE;

  /** The type for a job file's name, or null when the name is not one of {@link #values()}. */
  public static ColumnType of(String name) {
    for (ColumnType t : values()) {
      if (t.name().toLowerCase(Locale.ROOT).equals(name)) {
        return t;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
