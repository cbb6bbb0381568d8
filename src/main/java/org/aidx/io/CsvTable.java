package org.aidx.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aidx.model.InputException;
import org.aidx.model.Problem;

/**
 * A CSV file read whole: a header and rows of strings, each row with its line number. Accepts a
 * UTF-8 byte-order mark and Windows line endings; rejects a missing or empty file and rows whose
 * column count differs from the header's, listing every such row.
 *
 * @param name the file name used in messages
 */
record CsvTable(String name, List<String> header, List<Row> rows) {
  /** One data row and the line it starts on (the header is line 1). */
  record Row(int line, List<String> cells) {}

  static CsvTable read(Path file) {
    return parse(file.toString(), Inputs.bytes(file));
  }

  static CsvTable parse(String name, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new InputException(name, "the file is empty", "add a header row and data rows");
    }
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
      while (it.hasNextValue()) {
        int line = it.getCurrentLocation().getLineNr();
        List<String> cells = it.nextValue();
        if (cells.size() == 1 && cells.get(0).isBlank()) {
          continue;
        }
        if (header == null) {
          header = new ArrayList<>();
          for (String h : cells) {
            header.add(h.trim());
          }
          continue;
        }
        if (cells.size() != header.size()) {
          problems.add(
              new Problem(
                  name + " line " + line,
                  "expected " + header.size() + " columns as in the header, found " + cells.size(),
                  "quote values that contain commas, and give every row the header's columns"));
          continue;
        }
        rows.add(new Row(line, List.copyOf(cells)));
      }
    } catch (IOException | RuntimeException e) {
      throw new InputException(
          name, "is not valid CSV: " + ParseErrors.describe(e), "check quoting");
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    if (header == null) {
      throw new InputException(name, "the file is empty", "add a header row and data rows");
    }
    if (rows.isEmpty()) {
      throw new InputException(name, "the file has a header but no data rows", "add data rows");
    }
    return new CsvTable(name, List.copyOf(header), List.copyOf(rows));
  }

  /** Index of a column (case-insensitive), or -1. */
  int column(String wanted) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }

  boolean has(String column) {
    return column(column) >= 0;
  }

  String where(Row r, int column) {
    return name + " line " + r.line() + ", column '" + header.get(column) + "'";
  }
}
