package org.aidx.input;

import static org.aidx.input.DataCells.ECONOMIES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidx.data.Dataset;
import org.aidx.model.InputException;
import org.aidx.model.Observation;
import org.aidx.model.Problem;
import org.aidx.model.Provenance;

/**
 * Reads the long (tidy) layout: columns {@code iso3,indicator,year,value}, optional {@code country}
 * (or {@code name}), {@code unit}, {@code source} and {@code note}; one row per value. The unit,
 * source and note of a row are its provenance; a file without a source column is its own source.
 */
final class LongLayout {
  private LongLayout() {}

  static Dataset read(CsvTable t, String shortName) {
    DataCells.require(t, Layout.LONG, List.of("iso3", "indicator", "year", "value"));
    List<Problem> problems = new ArrayList<>();
    int ci = t.column("iso3");
    int cind = t.column("indicator");
    int cy = t.column("year");
    int cv = t.column("value");
    int cn = t.has("country") ? t.column("country") : t.column("name");
    int cu = t.column("unit");
    int cs = t.column("source");
    int cnote = t.column("note");
    List<Observation> obs = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (CsvTable.Row r : t.rows()) {
      List<String> c = r.cells();
      Problem control = DataCells.control(t, r, ci, cind);
      if (control != null) {
        problems.add(control);
        continue;
      }
      String ind = c.get(cind).trim();
      String value = c.get(cv).trim();
      String iso = DataCells.economy(t, r, ci, problems);
      if (iso == null) {
        continue;
      }
      if (ind.isEmpty()) {
        problems.add(new Problem(t.where(r, cind), "the indicator id is empty", "fill it in"));
        continue;
      }
      Integer year = DataCells.parseYear(c.get(cy).trim());
      if (year == null) {
        problems.add(
            new Problem(
                t.where(r, cy),
                "'" + c.get(cy) + "' is not a year",
                "write the year as a whole number such as 2023"));
        continue;
      }
      if (DataCells.isMissing(value)) {
        continue;
      }
      Double v = t.number(value);
      if (v == null) {
        problems.add(DataCells.notANumber(t, r, cv, value));
        continue;
      }
      String key = iso + "|" + ind + "|" + year;
      Integer before = firstLine.putIfAbsent(key, r.line());
      if (before != null) {
        problems.add(
            new Problem(
                t.name() + " line " + r.line(),
                "duplicate value for ("
                    + iso
                    + ", "
                    + ind
                    + ", "
                    + year
                    + "); the first is on line "
                    + before,
                "keep one row per economy, indicator and year"));
        continue;
      }
      if (cn >= 0 && !c.get(cn).isBlank()) {
        names.putIfAbsent(iso, c.get(cn).trim());
      }
      if (!names.containsKey(iso)) {
        ECONOMIES.name(iso).ifPresent(n -> names.put(iso, n));
      }
      obs.add(
          new Observation(
              iso,
              ind,
              year,
              v,
              new Provenance(
                  cs >= 0 ? c.get(cs) : shortName,
                  cu >= 0 ? c.get(cu) : "",
                  shortName + ":" + r.line(),
                  cnote >= 0 ? c.get(cnote) : "")));
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return Dataset.of(obs, names);
  }
}
