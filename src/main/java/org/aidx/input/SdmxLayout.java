package org.aidx.input;

import static org.aidx.input.DataCells.ECONOMIES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aidx.data.Dataset;
import org.aidx.model.Economies;
import org.aidx.model.InputException;
import org.aidx.model.Observation;
import org.aidx.model.Problem;
import org.aidx.model.Provenance;

/**
 * Reads SDMX-CSV 1.0 or 2.0 (OECD, Eurostat, IMF exports) with annual {@code TIME_PERIOD}. The
 * economy is {@code REF_AREA} (or {@code geo}; codes that are not economies, such as OECD or
 * EU27_2020, are skipped); the indicator id joins the other dimensions' codes with dots (FREQ left
 * out); the dataflow, {@code UNIT_MEASURE} and the other attributes are kept as provenance.
 * DataCells may be codes ({@code A}), labels in the next column, or both ({@code A: Annual}).
 */
final class SdmxLayout {
  private SdmxLayout() {}

  static Dataset read(CsvTable t, String shortName) {
    DataCells.require(t, Layout.SDMX, List.of("TIME_PERIOD", "OBS_VALUE"));
    int cFlow = t.has("STRUCTURE_ID") ? t.column("STRUCTURE_ID") : t.column("DATAFLOW");
    int cArea = -1;
    for (String a : List.of("REF_AREA", "geo", "COUNTRY", "LOCATION")) {
      if (t.has(a)) {
        cArea = t.column(a);
        break;
      }
    }
    if (cFlow < 0 || cArea < 0) {
      List<Problem> problems = new ArrayList<>();
      if (cFlow < 0) {
        problems.add(
            new Problem(
                t.name() + " line 1",
                "an SDMX-CSV file starts with DATAFLOW (1.0) or STRUCTURE,STRUCTURE_ID (2.0); the"
                    + " header is "
                    + t.header(),
                "export the data as SDMX-CSV unchanged"));
      }
      if (cArea < 0) {
        problems.add(
            new Problem(
                t.name() + " line 1",
                "no economy dimension (REF_AREA or geo) in the header " + t.header(),
                "export with the REF_AREA dimension"));
      }
      throw new InputException(problems);
    }
    int cTime = t.column("TIME_PERIOD");
    int cValue = t.column("OBS_VALUE");
    Set<String> meta = Set.of("STRUCTURE", "STRUCTURE_ID", "STRUCTURE_NAME", "ACTION", "DATAFLOW");
    List<Integer> dims = new ArrayList<>();
    for (int k = 0; k < cTime; k++) {
      String h = t.header().get(k);
      if (k != cArea && !meta.contains(h) && !h.equalsIgnoreCase("FREQ") && isCode(h)) {
        dims.add(k);
      }
    }
    int cFreq = t.column("FREQ");
    int cUnit = t.column("UNIT_MEASURE");
    int cMult = t.column("UNIT_MULT");
    List<Problem> problems = new ArrayList<>();
    List<Observation> obs = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (CsvTable.Row r : t.rows()) {
      List<String> c = r.cells();
      String area = code(c.get(cArea));
      Economies.Resolution e = ECONOMIES.resolve(area);
      if (!e.found()) {
        continue; // an aggregate such as OECD, EA20 or EU27_2020, not an economy
      }
      String time = c.get(cTime).trim();
      if (!time.matches("\\d{4}")) {
        problems.add(
            new Problem(
                t.where(r, cTime),
                "'"
                    + time
                    + "' is not a year: only annual data are read"
                    + (cFreq >= 0 ? " (FREQ is '" + c.get(cFreq) + "')" : ""),
                "export the annual series (FREQ = A)"));
        continue;
      }
      String value = c.get(cValue).trim();
      if (DataCells.isMissing(value)) {
        continue;
      }
      Double v = t.number(value);
      if (v == null) {
        problems.add(DataCells.notANumber(t, r, cValue, value));
        continue;
      }
      String flow = code(c.get(cFlow));
      List<String> parts = new ArrayList<>();
      for (int k : dims) {
        parts.add(code(c.get(k)));
      }
      String ind = parts.isEmpty() ? flow : String.join(".", parts);
      String key = e.iso3() + "|" + ind + "|" + time;
      Integer before = firstLine.putIfAbsent(key, r.line());
      if (before != null) {
        problems.add(
            new Problem(
                t.name() + " line " + r.line(),
                "a second value for ("
                    + e.iso3()
                    + ", "
                    + ind
                    + ", "
                    + time
                    + "); the first is on line "
                    + before,
                "keep one row per economy, series and year"));
        continue;
      }
      String unit = cUnit >= 0 ? code(c.get(cUnit)) : "";
      String unitLabel = cUnit >= 0 ? label(t, c, cUnit) : "";
      if (!unitLabel.isEmpty()) {
        unit = unitLabel + " (" + unit + ")";
      }
      if (cMult >= 0 && !code(c.get(cMult)).isEmpty() && !code(c.get(cMult)).equals("0")) {
        unit = unit + " ×10^" + code(c.get(cMult));
      }
      List<String> attrs = new ArrayList<>();
      for (int k : dims) {
        String l = label(t, c, k);
        if (!l.isEmpty()) {
          attrs.add(t.header().get(k) + ": " + l);
        }
      }
      for (int k = cValue + 1; k < t.header().size(); k++) {
        if (k != cUnit && k != cMult && isCode(t.header().get(k)) && !c.get(k).isBlank()) {
          attrs.add(t.header().get(k) + "=" + c.get(k).trim());
        }
      }
      obs.add(
          new Observation(
              e.iso3(),
              ind,
              Integer.parseInt(time),
              v,
              new Provenance(
                  "SDMX dataflow " + c.get(cFlow).trim(),
                  unit,
                  shortName + ":" + r.line(),
                  String.join("; ", attrs))));
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return Dataset.of(obs, Map.of());
  }

  /**
   * Whether an SDMX-CSV header is a component id (REF_AREA), not a label column (Reference area).
   */
  private static boolean isCode(String header) {
    return header.matches("[A-Z][A-Z0-9_]*");
  }

  /** The label column right after a code column (SDMX-CSV with labels), or "". */
  private static String label(CsvTable t, List<String> cells, int column) {
    int k = column + 1;
    if (k < t.header().size() && !isCode(t.header().get(k))) {
      return cells.get(k).trim();
    }
    int i = cells.get(column).indexOf(": ");
    return i > 0 ? cells.get(column).substring(i + 2).trim() : "";
  }

  /** The code of an SDMX cell written as "CODE: Label" (labels=both) or "CODE". */
  private static String code(String cell) {
    String s = cell.trim();
    int i = s.indexOf(": ");
    return i > 0 ? s.substring(0, i).trim() : s;
  }
}
