package org.aidx.input;

import static org.aidx.input.DataCells.ECONOMIES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aidx.data.Dataset;
import org.aidx.model.InputException;
import org.aidx.model.Observation;
import org.aidx.model.Problem;
import org.aidx.model.Provenance;

/**
 * Reads a World Bank download: {@code Country Name,Country Code,Indicator Name,Indicator
 * Code,1960,...}, metadata lines above it allowed. Rows of aggregates (codes that are not ISO 3166
 * countries, e.g. WLD, EUU) are skipped; the indicator id is the Indicator Code; the data source
 * and update date, the indicator name and its unit are kept as provenance.
 */
final class WorldBankLayout {
  private WorldBankLayout() {}

  static Dataset read(CsvTable t, String shortName) {
    DataCells.require(
        t,
        Layout.WORLDBANK,
        List.of("Country Name", "Country Code", "Indicator Name", "Indicator Code"));
    int cName = t.column("Country Name");
    int cCode = t.column("Country Code");
    int cIndName = t.column("Indicator Name");
    int cInd = t.column("Indicator Code");
    List<Integer> yearCols = new ArrayList<>();
    for (int k = 0; k < t.header().size(); k++) {
      if (t.header().get(k).matches("\\d{4}")) {
        yearCols.add(k);
      }
    }
    if (yearCols.isEmpty()) {
      throw new InputException(
          t.name() + " line 1",
          "a World Bank download has one column per year (1960, 1961, ...); the header "
              + t.header()
              + " has none",
          "download the file as CSV from the World Bank's data site, unchanged");
    }
    String source = t.preamble().getOrDefault("Data Source", "");
    source = "World Bank" + (source.isEmpty() ? "" : ", " + source);
    String updated = t.preamble().getOrDefault("Last Updated Date", "");
    if (!updated.isEmpty()) {
      source += " (last updated " + updated + ")";
    }
    List<Problem> problems = new ArrayList<>();
    List<Observation> obs = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (CsvTable.Row r : t.rows()) {
      List<String> c = r.cells();
      String code = c.get(cCode).trim().toUpperCase(Locale.ROOT);
      if (!ECONOMIES.isIso3(code)) {
        continue; // an aggregate (WLD, EUU, HIC, ...), not an economy
      }
      String ind = c.get(cInd).trim();
      String indName = c.get(cIndName).trim();
      if (firstLine.putIfAbsent(code + "|" + ind, r.line()) != null) {
        problems.add(
            new Problem(
                t.name() + " line " + r.line(),
                "a second row for "
                    + code
                    + " and "
                    + ind
                    + "; the first is on line "
                    + firstLine.get(code + "|" + ind),
                "keep one row per economy and indicator"));
        continue;
      }
      names.putIfAbsent(code, c.get(cName).trim());
      for (int k : yearCols) {
        String cell = c.get(k).trim();
        if (DataCells.isMissing(cell)) {
          continue;
        }
        Double v = t.number(cell);
        if (v == null) {
          problems.add(DataCells.notANumber(t, r, k, cell));
          continue;
        }
        obs.add(
            new Observation(
                code,
                ind,
                Integer.parseInt(t.header().get(k)),
                v,
                new Provenance(
                    source,
                    unitOf(indName),
                    shortName + ":" + r.line(),
                    "Indicator Name: " + indName)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return Dataset.of(obs, names);
  }

  /** The unit in an indicator name's last parentheses: "GDP (current US$)" → "current US$". */
  static String unitOf(String indicatorName) {
    int close = indicatorName.lastIndexOf(')');
    int open = close < 0 ? -1 : indicatorName.lastIndexOf('(', close);
    return open < 0 ? "" : indicatorName.substring(open + 1, close).trim();
  }
}
