package org.aidx.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aidx.data.Dataset;
import org.aidx.model.Economies;
import org.aidx.model.InputException;
import org.aidx.model.Observation;
import org.aidx.model.Problem;
import org.aidx.model.Provenance;

/**
 * Reads data files into a {@link Dataset}. The layout ({@link Layout}) is recognised from the
 * header, or given; the delimiter and a decimal comma are detected ({@link CsvTable}); every error
 * names the layout and delimiter the file was read as. Economies may be written as ISO3 (any case),
 * ISO2 or names ({@link Economies}).
 *
 * <ul>
 *   <li><b>long</b> (tidy): columns {@code iso3,indicator,year,value}, optional {@code
 *       country,unit,source,note}; one row per value.
 *   <li><b>COINr iData</b>: a {@code uCode} column, optional {@code uName}, {@code Time}, {@code
 *       Group_*} columns (groups for group-mean imputation), then one column per indicator.
 *   <li><b>wide</b>: an {@code iso3} column, optional {@code name} (or {@code country}) and {@code
 *       year}, then one column per indicator.
 *   <li><b>worldbank</b>: a World Bank download ({@code Country Name,Country Code,Indicator
 *       Name,Indicator Code,1960,...}, metadata lines above it allowed); rows of aggregates (codes
 *       that are not ISO 3166 countries, e.g. WLD, EUU) are skipped; the indicator id is the
 *       Indicator Code; the data source and update date, the indicator name and its unit are kept
 *       as provenance.
 *   <li><b>sdmx</b>: SDMX-CSV 1.0 or 2.0 (OECD, Eurostat, IMF exports) with annual {@code
 *       TIME_PERIOD}; the economy is {@code REF_AREA} (or {@code geo}; codes that are not
 *       economies, such as OECD or EU27_2020, are skipped); the indicator id joins the other
 *       dimensions' codes with dots (FREQ left out); the dataflow, {@code UNIT_MEASURE} and the
 *       other attributes are kept as provenance.
 * </ul>
 *
 * Empty cells, {@code NA} and {@code NaN} are missing values; {@code Inf} or {@code Infinity} is an
 * error, as is a control character in a code or indicator id. Every problem of a file is reported
 * at once.
 */
public final class DataFiles {
  private static final Economies ECONOMIES = Economies.standard();

  private DataFiles() {}

  public static Dataset read(List<Path> files) {
    return read(files, null);
  }

  /**
   * Reads and merges data files.
   *
   * @param layout the layout of every file, or null to detect each file's from its header
   */
  public static Dataset read(List<Path> files, Layout layout) {
    Dataset out = null;
    for (Path f : files) {
      Dataset d = read(f, layout);
      out = out == null ? d : out.merge(d);
    }
    if (out == null) {
      throw new InputException("--data", "no data file given", "name at least one file");
    }
    return out;
  }

  public static Dataset read(Path file) {
    return read(file, null);
  }

  public static Dataset read(Path file, Layout layout) {
    return read(CsvTable.read(file), file.getFileName().toString(), layout);
  }

  /**
   * How a file would be read: "read as worldbank layout (detected from the header),
   * comma-delimited". The file must be readable CSV.
   */
  public static String describe(Path file, Layout layout) {
    CsvTable t = CsvTable.read(file);
    Layout l = layout != null ? layout : Layout.detect(t);
    return "read as "
        + (l == null ? "no known" : l.label())
        + " layout ("
        + (layout != null ? "given by --layout" : "detected from the header")
        + "), "
        + t.dialect()
        + (t.preamble().isEmpty() ? "" : ", metadata " + t.preamble());
  }

  /** Reads a file's bytes (e.g. a classpath resource); {@code name} is used in messages. */
  public static Dataset read(String name, byte[] bytes) {
    return read(CsvTable.parse(name, bytes), name, null);
  }

  /**
   * Reads a COINr iData file whose iMeta declares group columns ({@code Type=Group} rows) and other
   * non-indicator columns ({@code Type=Other}), besides the {@code Group_} prefix.
   */
  public static Dataset readCoinr(Path file, Set<String> groupColumns, Set<String> otherColumns) {
    CsvTable t = CsvTable.read(file);
    if (!t.has("uCode")) {
      throw new InputException(
          t.name() + " line 1",
          "a COINr iData file needs a uCode column; the header is " + t.header(),
          "name the unit-code column uCode (COINr's iData columns: uCode[,uName][,Time],"
              + " groups, indicators)");
    }
    return readWide(t, file.getFileName().toString(), "uCode", false, groupColumns, otherColumns);
  }

  static Dataset read(CsvTable t, String shortName, Layout given) {
    Layout layout = given != null ? given : Layout.detect(t);
    if (layout == null) {
      throw new InputException(
          t.name() + " line 1 (layout: none detected, " + t.dialect() + ")",
          "the header " + t.header() + " is not a known layout",
          "use a long file (iso3,indicator,year,value[,country,unit,source]), a wide file (iso3[,name][,year],"
              + " one column per indicator), a COINr iData file (uCode[,uName][,Group_*], one column per"
              + " indicator), a World Bank download or SDMX-CSV; or name the layout with --layout");
    }
    try {
      return switch (layout) {
        case LONG -> readLong(t, shortName);
        case WIDE -> readWide(t, shortName, "iso3", true, Set.of(), Set.of());
        case COINR -> readWide(t, shortName, "uCode", false, Set.of(), Set.of());
        case WORLDBANK -> readWorldBank(t, shortName);
        case SDMX -> readSdmx(t, shortName);
      };
    } catch (InputException e) {
      String how =
          " (read as "
              + layout.label()
              + " layout"
              + (given != null ? " as given by --layout" : ", detected from the header")
              + ", "
              + t.dialect()
              + ")";
      List<Problem> named = new ArrayList<>();
      for (Problem p : e.problems()) {
        named.add(new Problem(p.where() + how, p.what(), p.fix()));
      }
      throw new InputException(named);
    }
  }

  /** Columns a layout needs, each missing one a problem naming the header found. */
  private static void require(CsvTable t, Layout layout, List<String> columns) {
    List<Problem> problems = new ArrayList<>();
    for (String c : columns) {
      if (!t.has(c)) {
        problems.add(
            new Problem(
                t.name() + " line 1",
                "a "
                    + layout.label()
                    + " data file needs the column '"
                    + c
                    + "'; the header is "
                    + t.header(),
                "add the column (" + layout.label() + " layout: " + layout.columns() + ")"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }

  /** The ISO3 code of a cell, or a problem added and null. */
  private static String economy(CsvTable t, CsvTable.Row r, int column, List<Problem> problems) {
    Economies.Resolution e = ECONOMIES.resolve(r.cells().get(column));
    if (!e.found()) {
      problems.add(new Problem(t.where(r, column), e.problem(), e.fix()));
      return null;
    }
    return e.iso3();
  }

  private static Dataset readLong(CsvTable t, String shortName) {
    require(t, Layout.LONG, List.of("iso3", "indicator", "year", "value"));
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
      Problem control = control(t, r, ci, cind);
      if (control != null) {
        problems.add(control);
        continue;
      }
      String ind = c.get(cind).trim();
      String value = c.get(cv).trim();
      String iso = economy(t, r, ci, problems);
      if (iso == null) {
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
      Double v = t.number(value);
      if (v == null) {
        problems.add(notANumber(t, r, cv, value));
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

  private static Dataset readWide(
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
      Problem control = control(t, r, cid);
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
        code = economy(t, r, cid, problems);
        if (code == null) {
          continue;
        }
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
        if (isMissing(cell)) {
          continue;
        }
        Double v = t.number(cell);
        if (v == null) {
          Problem p = notANumber(t, r, k, cell);
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

  private static Problem notANumber(CsvTable t, CsvTable.Row r, int column, String cell) {
    return new Problem(
        t.where(r, column),
        "'" + cell + "' is not a number",
        t.decimalComma()
            ? "this file uses a decimal comma (3,5): write numbers without a point or thousands"
                + " separators, or leave the cell empty for a missing value"
            : "write a plain number (decimal point, no thousands separators), or leave the cell"
                + " empty for a missing value");
  }

  private static Dataset readWorldBank(CsvTable t, String shortName) {
    require(
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
        if (isMissing(cell)) {
          continue;
        }
        Double v = t.number(cell);
        if (v == null) {
          problems.add(notANumber(t, r, k, cell));
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

  private static Dataset readSdmx(CsvTable t, String shortName) {
    require(t, Layout.SDMX, List.of("TIME_PERIOD", "OBS_VALUE"));
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
      if (isMissing(value)) {
        continue;
      }
      Double v = t.number(value);
      if (v == null) {
        problems.add(notANumber(t, r, cValue, value));
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
