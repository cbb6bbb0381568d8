package org.aidx.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aidx.data.Dataset;
import org.aidx.model.InputException;
import org.aidx.model.Observation;
import org.aidx.model.Problem;
import org.aidx.model.Provenance;

/**
 * Reads data files into a {@link Dataset}. The format is recognised from the header:
 *
 * <ul>
 *   <li><b>long</b> (tidy): columns {@code iso3,indicator,year,value}, optional {@code
 *       country,unit,source,note}; one row per value.
 *   <li><b>COINr iData</b>: a {@code uCode} column, optional {@code uName}, {@code Time}, {@code
 *       Group_*} columns (groups for group-mean imputation), then one column per indicator.
 *   <li><b>wide</b>: an {@code iso3} column, optional {@code name} (or {@code country}) and {@code
 *       year}, then one column per indicator.
 * </ul>
 *
 * Empty cells, {@code NA} and {@code NaN} are missing values; {@code Inf} or {@code Infinity} is an
 * error, as is a control character in a code or indicator id. Every problem of a file is reported
 * at once.
 */
public final class DataFiles {
  private static final Set<String> ISO3 =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  private DataFiles() {}

  public static Dataset read(List<Path> files) {
    Dataset out = null;
    for (Path f : files) {
      Dataset d = read(f);
      out = out == null ? d : out.merge(d);
    }
    if (out == null) {
      throw new InputException("--data", "no data file given", "name at least one file");
    }
    return out;
  }

  public static Dataset read(Path file) {
    return read(CsvTable.read(file), file.getFileName().toString());
  }

  /** Reads a file's bytes (e.g. a classpath resource); {@code name} is used in messages. */
  public static Dataset read(String name, byte[] bytes) {
    return read(CsvTable.parse(name, bytes), name);
  }

  static Dataset read(CsvTable t, String shortName) {
    if (t.has("indicator") && t.has("value")) {
      return readLong(t, shortName);
    }
    if (t.has("uCode")) {
      return readWide(t, shortName, "uCode", false);
    }
    if (t.has("iso3")) {
      return readWide(t, shortName, "iso3", true);
    }
    throw new InputException(
        t.name() + " line 1",
        "the header " + t.header() + " is not a known layout",
        "use a long file (iso3,indicator,year,value[,country,unit,source]), a wide file (iso3[,name][,year],"
            + " one column per indicator) or a COINr iData file (uCode[,uName][,Group_*], one column per"
            + " indicator)");
  }

  private static Dataset readLong(CsvTable t, String shortName) {
    List<Problem> problems = new ArrayList<>();
    for (String c : List.of("iso3", "indicator", "year", "value")) {
      if (!t.has(c)) {
        problems.add(
            new Problem(
                t.name() + " line 1",
                "a long data file needs the column '" + c + "'; the header is " + t.header(),
                "add the column (required: iso3,indicator,year,value)"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
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
      Problem control = control(t, r, ci, cind);
      if (control != null) {
        problems.add(control);
        continue;
      }
      String iso = c.get(ci).trim();
      String ind = c.get(cind).trim();
      String value = c.get(cv).trim();
      if (!ISO3.contains(iso)) {
        problems.add(
            new Problem(
                t.where(r, ci),
                "'" + iso + "' is not an ISO 3166 alpha-3 country code",
                "use a code such as USA or DEU; for regions or other units use a COINr iData file with"
                    + " a uCode column"));
        continue;
      }
      if (ind.isEmpty()) {
        problems.add(new Problem(t.where(r, cind), "the indicator id is empty", "fill it in"));
        continue;
      }
      Integer year = parseYear(c.get(cy).trim());
      if (year == null) {
        problems.add(
            new Problem(
                t.where(r, cy),
                "'" + c.get(cy) + "' is not a year",
                "write the year as a whole number such as 2023"));
        continue;
      }
      if (isMissing(value)) {
        continue;
      }
      Double v = parseNumber(value);
      if (v == null) {
        problems.add(
            new Problem(
                t.where(r, cv),
                "'" + value + "' is not a number",
                "write a plain number (decimal point, no thousands separators), or leave the cell empty"
                    + " for a missing value"));
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

  private static Dataset readWide(CsvTable t, String shortName, String idColumn, boolean iso) {
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
      Problem control = control(t, r, cid);
      if (control != null) {
        problems.add(control);
        continue;
      }
      String code = c.get(cid).trim();
      if (code.isEmpty() || (iso && !ISO3.contains(code))) {
        problems.add(
            new Problem(
                t.where(r, cid),
                code.isEmpty()
                    ? "the unit code is empty"
                    : "'" + code + "' is not an ISO 3166 alpha-3 country code",
                iso
                    ? "use a code such as USA or DEU, or name the column uCode for other units"
                    : "fill it in"));
        continue;
      }
      int year = 0;
      if (cyear >= 0) {
        Integer y = parseYear(c.get(cyear).trim());
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
      for (int k = 0; k < c.size(); k++) {
        if (k == cid || k == cname || k == cyear) {
          continue;
        }
        String col = t.header().get(k);
        String cell = c.get(k).trim();
        if (col.startsWith("Group_")) {
          if (!cell.isEmpty()) {
            groups.computeIfAbsent(code, x -> new LinkedHashMap<>()).put(col, cell);
          }
          continue;
        }
        if (isMissing(cell)) {
          continue;
        }
        Double v = parseNumber(cell);
        if (v == null) {
          problems.add(
              new Problem(
                  t.where(r, k),
                  "'" + cell + "' is not a number",
                  "write a plain number, leave the cell empty for a missing value, or prefix a group"
                      + " column's name with Group_"));
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

  /**
   * The problem of the first of the given cells that holds a control character, or null. Trimming
   * would otherwise hide one at either end: {@code "USA\0"} would be read as USA.
   */
  private static Problem control(CsvTable t, CsvTable.Row r, int... columns) {
    for (int col : columns) {
      String cell = r.cells().get(col);
      int ch = cell.chars().filter(Character::isISOControl).findFirst().orElse(-1);
      if (ch >= 0) {
        return new Problem(
            t.where(r, col),
            String.format(
                java.util.Locale.ROOT,
                "'%s' contains the control character U+%04X",
                cell.replaceAll("\\p{Cntrl}", "?"),
                ch),
            "remove it: codes and indicator ids are printable text");
      }
    }
    return null;
  }

  static boolean isMissing(String cell) {
    return cell.isEmpty() || cell.equalsIgnoreCase("NA") || cell.equalsIgnoreCase("NaN");
  }

  static Double parseNumber(String s) {
    try {
      double v = Double.parseDouble(s);
      return Double.isFinite(v) ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Integer parseYear(String s) {
    try {
      double d = Double.parseDouble(s);
      if (d != Math.rint(d) || d < 0 || d > 9999) {
        return null;
      }
      return (int) d;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
