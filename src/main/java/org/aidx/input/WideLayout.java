package org.aidx.input;

import static org.aidx.input.DataCells.ECONOMIES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aidx.data.Dataset;
import org.aidx.model.InputException;
import org.aidx.model.Observation;
import org.aidx.model.Problem;
import org.aidx.model.Provenance;

/**
 * Reads the layouts with one row per unit (and year) and one column per indicator:
 *
 * <ul>
 *   <li><b>wide</b>: an {@code iso3} column (economies as ISO3, ISO2 or names), optional {@code
 *       name} (or {@code country}) and {@code year};
 *   <li><b>COINr iData</b>: a {@code uCode} column (any unit code, not resolved as an economy),
 *       optional {@code uName} and {@code Time}, and group columns ({@code Group_*}, or declared in
 *       iMeta with {@code Type=Group}) kept for group-mean imputation; columns iMeta declares
 *       {@code Type=Other} are skipped.
 * </ul>
 *
 * A file without a year column is read as year 0, noted in each value's provenance.
 */
final class WideLayout {
  private WideLayout() {}

  /** A wide file: units are economies in the {@code iso3} column. */
  static Dataset readWide(CsvTable t, String shortName) {
    return read(t, shortName, "iso3", true, Set.of(), Set.of());
  }

  /**
   * A COINr iData file: units in the {@code uCode} column, with the group and other columns its
   * iMeta declares (besides the {@code Group_} prefix).
   */
  static Dataset readCoinr(
      CsvTable t, String shortName, Set<String> groupColumns, Set<String> otherColumns) {
    return read(t, shortName, "uCode", false, groupColumns, otherColumns);
  }

  private static Dataset read(
      CsvTable t,
      String shortName,
      String idColumn,
      boolean iso,
      Set<String> groupColumns,
      Set<String> otherColumns) {
    int cid = t.column(idColumn);
    int cname =
        t.has("uName") ? t.column("uName") : t.has("name") ? t.column("name") : t.column("country");
    int cyear = t.has("Time") ? t.column("Time") : t.column("year");
    List<Problem> problems = new ArrayList<>();
    List<Observation> obs = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Map<String, String>> groups = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (CsvTable.Row r : t.rows()) {
      List<String> c = r.cells();
      Problem control = DataCells.control(t, r, cid);
      if (control != null) {
        problems.add(control);
        continue;
      }
      String code = c.get(cid).trim();
      if (code.isEmpty()) {
        problems.add(new Problem(t.where(r, cid), "the unit code is empty", "fill it in"));
        continue;
      }
      if (iso) {
        code = DataCells.economy(t, r, cid, problems);
        if (code == null) {
          continue;
        }
      }
      int year = 0;
      if (cyear >= 0) {
        Integer y = DataCells.parseYear(c.get(cyear).trim());
        if (y == null) {
          problems.add(
              new Problem(
                  t.where(r, cyear),
                  "'" + c.get(cyear) + "' is not a year",
                  "write a whole number"));
          continue;
        }
        year = y;
      }
      Integer before = firstLine.putIfAbsent(code + "|" + year, r.line());
      if (before != null) {
        problems.add(
            new Problem(
                t.name() + " line " + r.line(),
                "duplicate row for "
                    + code
                    + (cyear >= 0 ? " in " + year : "")
                    + "; the first is on line "
                    + before,
                "keep one row per unit" + (cyear >= 0 ? " and year" : "")));
        continue;
      }
      if (cname >= 0 && !c.get(cname).isBlank()) {
        names.putIfAbsent(code, c.get(cname).trim());
      }
      if (iso && !names.containsKey(code)) {
        String unit = code;
        ECONOMIES.name(unit).ifPresent(n -> names.put(unit, n));
      }
      for (int k = 0; k < c.size(); k++) {
        if (k == cid || k == cname || k == cyear) {
          continue;
        }
        String col = t.header().get(k);
        String cell = c.get(k).trim();
        if (otherColumns.contains(col)) {
          continue;
        }
        if (col.startsWith("Group_") || groupColumns.contains(col)) {
          if (!cell.isEmpty()) {
            groups.computeIfAbsent(code, x -> new LinkedHashMap<>()).put(col, cell);
          }
          continue;
        }
        if (DataCells.isMissing(cell)) {
          continue;
        }
        Double v = t.number(cell);
        if (v == null) {
          Problem p = DataCells.notANumber(t, r, k, cell);
          problems.add(
              new Problem(
                  p.where(),
                  p.what(),
                  p.fix()
                      + (iso
                          ? ""
                          : "; for a group column, prefix its name with Group_ or declare it in"
                              + " iMeta with Type=Group")));
          continue;
        }
        obs.add(
            new Observation(
                code,
                col,
                year,
                v,
                new Provenance(
                    shortName, "", shortName + ":" + r.line(), cyear >= 0 ? "" : "no year given")));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return Dataset.of(obs, names, groups);
  }
}
