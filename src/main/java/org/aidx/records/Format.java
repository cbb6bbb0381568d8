package org.aidx.records;

import java.util.Locale;

/** How a raw records file is stored. CSV and JSON lines may be gzip-compressed ({@code .gz}). */
public enum Format {
  CSV,
  PARQUET,
  JSON;

  /** The format for a job file's name, or null when unknown. */
  public static Format of(String name) {
    for (Format f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(name)) {
        return f;
      }
    }
    return null;
  }

  /** The format a file name suggests: {@code .parquet}, {@code .json[l][.gz]}, else CSV. */
  public static Format guess(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
    if (n.endsWith(".parquet")) {
      return PARQUET;
    }
    if (n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return JSON;
    }
    return CSV;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
