package org.aidx.input.update;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file as a publisher serves it: a header line and rows of text cells. A row with a different
 * number of cells than the header (a body cut inside a row, a changed layout) is an error naming
 * the line, not a row silently padded. (A body shorter than its Content-Length never gets here: the
 * fetcher reports it. OWID's files end without a final line break, so none is required.)
 */
record PublishedCsv(String url, List<String> header, List<List<String>> rows) {
  private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  static PublishedCsv parse(String source, String url, byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> header = null;
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it = MAPPER.readerForListOf(String.class).readValues(text)) {
      int line = 0;
      while (it.hasNextValue()) {
        List<String> cells = it.nextValue();
        line++;
        if (cells.size() == 1 && cells.get(0).isBlank()) {
          continue;
        }
        if (header == null) {
          header = List.copyOf(cells);
          continue;
        }
        if (cells.size() != header.size()) {
          throw new SourceException(
              source,
              url,
              "line "
                  + (line)
                  + " has "
                  + cells.size()
                  + " cells where the header has "
                  + header.size()
                  + " (a truncated response or a changed layout)");
        }
        rows.add(List.copyOf(cells));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof SourceException se) {
        throw se;
      }
      throw new SourceException(
          source,
          url,
          "the body is not valid CSV (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    if (header == null) {
      throw new SourceException(source, url, "the body is empty; expected a CSV header line");
    }
    return new PublishedCsv(url, header, rows);
  }

  /**
   * The index of the column named {@code name}, or a {@link SourceException} naming the columns.
   */
  int column(String source, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).trim().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    throw new SourceException(
        source,
        url,
        "expected a column '"
            + name
            + "'; the header has "
            + header
            + org.aidx.model.Names.didYouMean(name, header)
            + " (the publisher changed its columns: check the series in the registry)");
  }
}
