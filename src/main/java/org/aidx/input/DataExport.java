package org.aidx.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.aidx.data.Dataset;
import org.aidx.model.Observation;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A dataset written out in aidx's long layout with every provenance column, so that it can be
 * inspected, extended and read back ({@code --data}, or {@code --data-mode add}):
 *
 * <pre>
 * iso3,country,indicator,year,value,unit,source,location,note
 * AUS,Australia,ai_patent_applications,2015,128.0,count,OWID/CSET ...,cicc-indicators.csv:2,
 * </pre>
 *
 * Rows are sorted by indicator, economy and year. Reading the CSV back gives the same values,
 * years, units, sources and notes.
 */
public final class DataExport {
  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "iso3", "country", "indicator", "year", "value", "unit", "source", "location", "note");

  private DataExport() {}

  private static List<Observation> sorted(Dataset d) {
    List<Observation> obs = new ArrayList<>(d.observations());
    obs.sort(
        Comparator.comparing(Observation::indicator)
            .thenComparing(Observation::economy)
            .thenComparingInt(Observation::year));
    return obs;
  }

  private static List<Object> row(Dataset d, Observation o) {
    return List.of(
        o.economy(),
        d.name(o.economy()),
        o.indicator(),
        o.year(),
        o.value(),
        o.provenance().unit(),
        o.provenance().source(),
        o.provenance().location(),
        o.provenance().note());
  }

  /** The dataset as CSV (RFC 4180 quoting, '\n' line ends). */
  public static String csv(Dataset d) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(COLUMNS));
    for (Observation o : sorted(d)) {
      rows.add(row(d, o));
    }
    try {
      // quote only the cells that need it (commas, quotes, line breaks)
      return new CsvMapper()
          .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
          .writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("CSV of plain values cannot fail", e);
    }
  }

  /** The dataset as an XLSX workbook with one sheet, {@code data}. */
  public static byte[] xlsx(Dataset d, String version) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(bytes, "aidx", version);
      Worksheet ws = wb.newWorksheet("data");
      for (int c = 0; c < COLUMNS.size(); c++) {
        ws.value(0, c, COLUMNS.get(c));
      }
      ws.range(0, 0, 0, COLUMNS.size() - 1).style().bold().set();
      ws.freezePane(0, 1);
      int r = 1;
      for (Observation o : sorted(d)) {
        List<Object> row = row(d, o);
        for (int c = 0; c < row.size(); c++) {
          Object v = row.get(c);
          if (v instanceof Number n) {
            ws.value(r, c, n);
          } else {
            ws.value(r, c, String.valueOf(v));
          }
        }
        r++;
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
