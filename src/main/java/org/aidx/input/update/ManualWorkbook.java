package org.aidx.input.update;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aidx.model.Economies;
import org.aidx.model.Names;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The reader of a manual source: a workbook the user downloaded by hand (the IMF's {@code
 * aipidata.xlsx}, Oxford Insights' {@code 2024-GAIRI-data.xlsx}). The registry's transform says
 * what to read: {@code xlsx|FILE|SHEET|KEY|VALUE|YEAR}, e.g. {@code
 * xlsx|aipidata.xlsx|*|iso3|Regulation and Ethics|2023} (sheet {@code *} is the first). The header
 * is the first row holding both the KEY and the VALUE column (the IMF's has a row of group titles
 * above it); KEY holds ISO3 codes or economy names. Values are copied as the workbook stores them.
 */
final class ManualWorkbook {
  private static final Economies ECONOMIES = Economies.standard();

  private ManualWorkbook() {}

  /** The file name a manual series expects, or "" when it has no reader (transform "none|..."). */
  static String expectedFile(SeriesSpec s) {
    String[] p = s.transform().split("\\|");
    return p.length >= 2 && p[0].equals("xlsx") ? p[1] : "";
  }

  /** What to tell the user: the file to download and how it is read. */
  static String describe(SeriesSpec s) {
    String[] p = s.transform().split("\\|");
    if (p.length == 6 && p[0].equals("xlsx")) {
      return p[1]
          + ": sheet "
          + (p[2].equals("*") ? "1" : "'" + p[2] + "'")
          + ", column '"
          + p[4]
          + "' by '"
          + p[3]
          + "', as the "
          + p[5]
          + " value; read with --manual "
          + p[1];
    }
    return p.length >= 3 ? p[1] + ": " + p[2] : s.transform();
  }

  static List<UpdatedValue> read(
      SeriesSpec s, String fileName, byte[] bytes, Instant retrieved, Set<String> economies) {
    String[] p = s.transform().split("\\|");
    if (p.length != 6 || !p[0].equals("xlsx")) {
      throw new SourceException(
          "manual", fileName, "no reader for " + s.indicator() + ": " + s.transform());
    }
    String url = "file:" + fileName;
    String sha = ResponseCache.sha256(bytes);
    int year = Integer.parseInt(p[5]);
    List<UpdatedValue> out = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet =
          p[2].equals("*")
              ? wb.getFirstSheet()
              : wb.findSheet(p[2])
                  .orElseThrow(
                      () ->
                          new SourceException(
                              "manual",
                              url,
                              "expected a sheet '"
                                  + p[2]
                                  + "'; the workbook has "
                                  + wb.getSheets().map(Sheet::getName).toList()));
      List<Row> rows = sheet.read();
      int head = -1;
      int key = -1;
      int value = -1;
      for (int i = 0; i < rows.size() && head < 0; i++) {
        Row r = rows.get(i);
        int k = -1;
        int v = -1;
        for (int c = 0; c < r.getCellCount(); c++) {
          String t = r.getCellText(c).trim();
          if (t.equals(p[3])) {
            k = c;
          }
          if (t.equals(p[4])) {
            v = c;
          }
        }
        if (k >= 0 && v >= 0) {
          head = i;
          key = k;
          value = v;
        }
      }
      if (head < 0) {
        List<String> seen = new ArrayList<>();
        for (Row r : rows.subList(0, Math.min(3, rows.size()))) {
          for (int c = 0; c < r.getCellCount(); c++) {
            if (!r.getCellText(c).isBlank()) {
              seen.add(r.getCellText(c).trim());
            }
          }
        }
        throw new SourceException(
            "manual",
            url,
            "expected a header row with the columns '"
                + p[3]
                + "' and '"
                + p[4]
                + "' in sheet "
                + sheet.getName()
                + "; its first rows hold "
                + seen
                + Names.didYouMean(p[4], seen)
                + " (a different edition of the file?)");
      }
      NonNumbers bad = new NonNumbers();
      for (Row r : rows.subList(head + 1, rows.size())) {
        if (r.getCellCount() <= Math.max(key, value)) {
          continue;
        }
        String k = r.getCellText(key).trim();
        String text = r.getCellText(value).trim();
        if (k.isEmpty() || text.isEmpty()) {
          continue;
        }
        Economies.Resolution res = ECONOMIES.resolve(k);
        if (!res.found() || !economies.contains(res.iso3())) {
          continue;
        }
        Double d = Adapter.number(text);
        if (d == null) {
          bad.add(res.iso3(), year, text);
          continue;
        }
        out.add(
            new UpdatedValue(
                res.iso3(),
                s.indicator(),
                year,
                d,
                text,
                s.unit(),
                s.publisher(),
                url,
                retrieved.toString(),
                p[5] + " edition",
                sha));
      }
      bad.check("manual", url);
    } catch (IOException | RuntimeException e) {
      if (e instanceof SourceException se) {
        throw se;
      }
      throw new SourceException(
          "manual", url, "not a readable XLSX workbook (" + e.getMessage() + ")");
    }
    return out;
  }
}
