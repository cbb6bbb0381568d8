package org.aidx.records;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a run produced: the indicator rows (sorted by key, year, then the job's indicator order),
 * the notes of its checks, and what the manifest records (resolved parameters, the SQL as run,
 * engine and version, inputs with their row counts).
 */
public record RecordsResult(
    RecordsJob job,
    Map<String, String> params,
    List<SqlBlock> sql,
    String engine,
    String engineVersion,
    List<LoadedInput> inputs,
    List<IndicatorRow> rows,
    List<Note> notes) {
  public RecordsResult {
    params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    sql = List.copyOf(sql);
    inputs = List.copyOf(inputs);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
  }

  /** The tidy long table {@code iso3|region,indicator,year,value,unit,source}, "\n" line ends. */
  public String csv() {
    StringBuilder b = new StringBuilder();
    b.append(job.output().key()).append(",indicator,year,value,unit,source\n");
    String source = field(job.output().source());
    for (IndicatorRow r : rows) {
      b.append(field(r.key()))
          .append(',')
          .append(field(r.indicator()))
          .append(',')
          .append(r.year())
          .append(',')
          .append(r.value().toPlainString())
          .append(',')
          .append(field(r.unit()))
          .append(',')
          .append(source)
          .append('\n');
    }
    return b.toString();
  }

  /** The notes as {@code check,item,amount}. */
  public String notesCsv() {
    StringBuilder b = new StringBuilder("check,item,amount\n");
    for (Note n : notes) {
      b.append(field(n.check()))
          .append(',')
          .append(field(n.item()))
          .append(',')
          .append(String.format(Locale.ROOT, "%.6f", n.amount()))
          .append('\n');
    }
    return b.toString();
  }

  /**
   * Quotes a CSV field only when it needs it (comma, quote or line break), as Python's csv does.
   */
  static String field(String s) {
    if (s == null) {
      return "";
    }
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
