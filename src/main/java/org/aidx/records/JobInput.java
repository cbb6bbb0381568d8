package org.aidx.records;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A raw records file a job reads, registered under {@code name} as a table its SQL can query.
 *
 * @param name the table name in the job's SQL, e.g. {@code papers}
 * @param path the file, resolved against the job file's folder (built-in jobs: the install folder)
 * @param columns the columns the job needs and their types, in the order declared; other columns of
 *     the file are read as text and ignored
 */
public record JobInput(String name, Path path, Format format, Map<String, ColumnType> columns) {
  public JobInput {
    Objects.requireNonNull(name);
    Objects.requireNonNull(path);
    Objects.requireNonNull(format);
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("input name is not an SQL identifier: " + name);
    }
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("input " + name + " declares no columns");
    }
    columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  /** The same input read from another file (e.g. {@code --input papers=big.csv}). */
  public JobInput withPath(Path file) {
    return new JobInput(name, file, Format.guess(file.getFileName().toString()), columns);
  }
}
