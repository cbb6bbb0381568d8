package org.aidx.input;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
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
 * <p>The delimiter is detected from the header line: the most frequent of comma, semicolon and tab
 * outside quotes ({@code a;b;c} is semicolon-separated, as a European Excel export). With a
 * semicolon or tab, numbers written with a decimal comma ({@code 3,5}) are detected and read as
 * {@code 3.5}. A World Bank download's preamble (the lines before {@code "Country Name",...}) is
 * skipped, with line numbers kept as in the file.
 *
 * @param name the file name used in messages
 * @param delimiter the detected delimiter
 * @param decimalComma whether numbers use a decimal comma
 * @param preamble the metadata lines skipped before the header (World Bank downloads), as key →
 *     value
 */
record CsvTable(
    String name,
    List<String> header,
    List<Row> rows,
    char delimiter,
    boolean decimalComma,
    java.util.Map<String, String> preamble) {
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
    java.util.Map<String, String> preamble = new java.util.LinkedHashMap<>();
    int skipped = 0;
    if (text.startsWith("\"Data Source\"") || text.startsWith("Data Source,")) {
      // a World Bank download: metadata lines, then the table from "Country Name"
      List<String> lines = text.lines().toList();
      int h = 0;
      while (h < lines.size() && !lines.get(h).replace("\"", "").startsWith("Country Name")) {
        String[] kv = lines.get(h).replace("\"", "").split(",", -1);
        if (kv.length >= 2 && !kv[0].isBlank()) {
          preamble.put(kv[0].trim(), kv[1].trim());
        }
        h++;
      }
      if (h < lines.size()) {
        skipped = h;
        text = String.join("\n", lines.subList(h, lines.size())) + "\n";
      } else {
        preamble.clear();
      }
    }
    char delimiter = delimiter(text.lines().filter(l -> !l.isBlank()).findFirst().orElse(""));
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter);
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (MappingIterator<List<String>> it =
        mapper.readerForListOf(String.class).with(schema).readValues(text)) {
      while (it.hasNextValue()) {
        int line = it.getCurrentLocation().getLineNr() + skipped;
        List<String> cells = it.nextValue();
        if (cells.size() == 1 && cells.get(0).isBlank()) {
          continue;
        }
        if (header == null) {
          header = new ArrayList<>();
          for (String h : cells) {
            header.add(h.trim());
          }
          // a World Bank download ends each line with a delimiter: an unnamed last column
          while (!preamble.isEmpty()
              && !header.isEmpty()
              && header.get(header.size() - 1).isEmpty()) {
            header.remove(header.size() - 1);
          }
          continue;
        }
        while (!preamble.isEmpty()
            && cells.size() > header.size()
            && cells.get(cells.size() - 1).isEmpty()) {
          cells = cells.subList(0, cells.size() - 1);
        }
        if (cells.size() != header.size()) {
          problems.add(
              new Problem(
                  name + " line " + line,
                  "expected "
                      + header.size()
                      + " columns as in the header, found "
                      + cells.size()
                      + " (delimiter detected from the header: "
                      + describe(delimiter)
                      + ")",
                  "quote values that contain the delimiter, and give every row the header's"
                      + " columns"));
          continue;
        }
        rows.add(new Row(line, List.copyOf(cells)));
      }
    } catch (IOException | RuntimeException e) {
      throw new InputException(
          name,
          "is not valid CSV (" + describe(delimiter) + "-delimited): " + ParseErrors.describe(e),
          "check quoting");
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
    boolean decimalComma = delimiter != ',' && rows.stream().anyMatch(CsvTable::hasDecimalComma);
    return new CsvTable(
        name,
        List.copyOf(header),
        List.copyOf(rows),
        delimiter,
        decimalComma,
        java.util.Map.copyOf(preamble));
  }

  private static final java.util.regex.Pattern DECIMAL_COMMA =
      java.util.regex.Pattern.compile("[-+]?\\d*,\\d+([eE][-+]?\\d+)?");

  private static boolean hasDecimalComma(Row r) {
    return r.cells().stream().anyMatch(c -> DECIMAL_COMMA.matcher(c.trim()).matches());
  }

  /**
   * The most frequent of comma, semicolon and tab outside quotes in a header line; comma on ties.
   */
  static char delimiter(String headerLine) {
    int comma = 0;
    int semi = 0;
    int tab = 0;
    boolean quoted = false;
    for (char ch : headerLine.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        comma += ch == ',' ? 1 : 0;
        semi += ch == ';' ? 1 : 0;
        tab += ch == '\t' ? 1 : 0;
      }
    }
    if (semi > comma && semi >= tab) {
      return ';';
    }
    if (tab > comma && tab > semi) {
      return '\t';
    }
    return ',';
  }

  static String describe(char delimiter) {
    return switch (delimiter) {
      case ';' -> "semicolon";
      case '\t' -> "tab";
      default -> "comma";
    };
  }

  /** How the file was read, for messages: "semicolon-delimited, decimal comma". */
  String dialect() {
    return describe(delimiter) + "-delimited" + (decimalComma ? ", decimal comma" : "");
  }

  /**
   * A cell as a finite number, or null. With a decimal comma, {@code 3,5} is 3.5; a point in such a
   * file is refused (null) since it could be a thousands separator.
   */
  Double number(String cell) {
    String s = cell.trim();
    if (decimalComma) {
      if (s.indexOf('.') >= 0) {
        return null;
      }
      s = s.replace(',', '.');
    }
    return DataCells.parseNumber(s);
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
