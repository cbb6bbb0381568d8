package org.aidx.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An extra table for the XLSX workbook, contributed by a {@link ReportSection}: a sheet name, a
 * header and rows whose cells are String, Number (NaN for an empty cell), Boolean or null, so
 * numbers stay numbers in the spreadsheet.
 *
 * <pre>{@code
 * ReportSheet s = new ReportSheet("Robustness", List.of("iso3", "median_rank"),
 *     List.of(List.of("CHN", 1.0), List.of("USA", 2.0)));
 * // a sheet "Robustness" with a bold header row and two numeric ranks
 * }</pre>
 *
 * @param name the sheet name: 1 to 31 characters, none of {@code []:*?/\}
 * @param header column names, at least one
 * @param rows the rows, each at most as long as the header
 */
public record ReportSheet(String name, List<String> header, List<List<Object>> rows) {
  public ReportSheet {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.length() > 31 || name.matches(".*[\\[\\]:*?/\\\\].*")) {
      throw new IllegalArgumentException(
          "'" + name + "' is not a sheet name: use 1 to 31 characters, none of []:*?/\\");
    }
    header = List.copyOf(header);
    if (header.isEmpty()) {
      throw new IllegalArgumentException("sheet " + name + " needs a header");
    }
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() > header.size()) {
        throw new IllegalArgumentException(
            "sheet "
                + name
                + ": a row has "
                + row.size()
                + " cells for "
                + header.size()
                + " columns");
      }
      // List.copyOf refuses null cells, which stand for empty ones here.
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = List.copyOf(copy);
  }

  /**
   * The sheet with {@code line} as a header cell one column right of the table, so a pasted or
   * printed sheet says how it was made and the table's own columns stay as they are; itself for an
   * empty line.
   */
  public ReportSheet withCaption(String line) {
    if (line.isEmpty()) {
      return this;
    }
    List<String> h = new ArrayList<>(header);
    h.add("");
    h.add(line);
    return new ReportSheet(name, h, rows);
  }
}
