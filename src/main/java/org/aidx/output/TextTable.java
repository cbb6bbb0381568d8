package org.aidx.output;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rows of text cells with a header, rendered as an aligned terminal table (numbers right-aligned)
 * or as CSV. Example: header (iso3, index), row (JPN, 0.512) → {@code iso3 index} / {@code JPN
 * 0.512}.
 */
public final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final Set<Integer> left;

  /**
   * @param leftAligned column positions aligned left (text); the others align right
   */
  public TextTable(List<String> header, Set<Integer> leftAligned) {
    this.header = List.copyOf(header);
    this.left = Set.copyOf(leftAligned);
  }

  /** Adds a row; it must have one cell per header column. */
  public TextTable add(List<String> row) {
    if (row.size() != header.size()) {
      throw new IllegalArgumentException(
          "row has " + row.size() + " cells for " + header.size() + " columns: " + row);
    }
    rows.add(List.copyOf(row));
    return this;
  }

  public String aligned() {
    int[] width = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> r : all) {
      for (int k = 0; k < r.size(); k++) {
        width[k] = Math.max(width[k], r.get(k).length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (List<String> r : all) {
      StringBuilder line = new StringBuilder();
      for (int k = 0; k < r.size(); k++) {
        String pad = " ".repeat(width[k] - r.get(k).length());
        line.append(left.contains(k) ? r.get(k) + pad : pad + r.get(k));
        if (k + 1 < r.size()) {
          line.append("  ");
        }
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
    return b.toString();
  }

  public String csv() {
    CsvSchema.Builder schema = CsvSchema.builder();
    header.forEach(schema::addColumn);
    try {
      // strict checking quotes only cells that need it; by default Jackson quotes every long cell
      return new CsvMapper()
          .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
          .writer(schema.build().withHeader())
          .writeValueAsString(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
