package org.aidx.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aidx.data.Dataset;
import org.aidx.exposure.ExposureEngine;
import org.aidx.exposure.GroupNames;
import org.aidx.exposure.Industry;
import org.aidx.exposure.IndustryExposure;
import org.aidx.exposure.IndustryMapping;
import org.aidx.exposure.IndustryStructures;
import org.aidx.exposure.MappingRule;
import org.aidx.exposure.StructureScheme;
import org.aidx.exposure.StructureShare;
import org.aidx.model.InputException;
import org.aidx.model.Observation;
import org.aidx.model.Problem;
import org.aidx.model.Provenance;

/**
 * Reads the inputs of {@code org.aidx.exposure} from CSV (RFC 4180: comma-separated, a header row,
 * fields with commas or quotes in double quotes) and loads the shipped copies from the classpath.
 *
 * <ul>
 *   <li>AI industry exposure: {@code naics4,naics2,industry_title,aiie,…} (other columns ignored).
 *   <li>Industry mapping: {@code naics_prefix,value_added_group,employment_group,note}.
 *   <li>Industry structure: {@code iso3,year,isic_code,measure,value,…}; only rows of {@code
 *       value_added_share} and {@code employment_share} are used.
 *   <li>Indicator table: {@code iso3,indicator,year,value,unit,source}, for GDP at PPP.
 * </ul>
 *
 * <p>Every problem of a file (missing column, wrong field count, empty or non-numeric value) is
 * collected and reported together as an {@link InputException}, e.g. {@code
 * aiie-industry-exposure-naics4.csv line 7, column 'aiie': 'n/a' is not a number. Fix: write a
 * decimal number such as -0.25}.
 */
public final class ExposureFiles {
  /** Where the shipped data files live on the classpath. */
  public static final String RESOURCE_DIR = "/org/aidx/data/";

  public static final String INDUSTRY_EXPOSURE = "aiie-industry-exposure-naics4.csv";
  public static final String INDUSTRY_MAPPING = "industry-mapping.csv";
  public static final String INDUSTRY_STRUCTURE = "industry-structure.csv";
  public static final String INDICATORS = "cicc-indicators.csv";
  public static final String ISIC3_SECTIONS = "isic-rev3-sections.csv";

  private static final CsvMapper CSV = new CsvMapper();

  private ExposureFiles() {}

  // ---- AI industry exposure -------------------------------------------------------------------

  /**
   * @throws InputException listing every bad row
   */
  public static List<Industry> readIndustries(Reader in, String name) {
    Table t = Table.read(in, name, List.of("naics4", "naics2", "industry_title", "aiie"));
    List<Industry> out = new ArrayList<>();
    for (Row r : t.rows()) {
      String naics4 = t.text(r, "naics4", "[0-9]{4}", "a 4-digit NAICS code such as 5112");
      String naics2 = t.text(r, "naics2", "[0-9]{2}", "a 2-digit NAICS sector such as 51");
      String title = t.text(r, "industry_title", ".+", "the industry's title");
      Double aiie = t.number(r, "aiie");
      if (naics4 != null && naics2 != null && title != null && aiie != null) {
        t.build(r, "naics2", () -> out.add(new Industry(naics4, naics2, title, aiie, t.at(r))));
      }
    }
    t.finish();
    return List.copyOf(out);
  }

  public static List<Industry> readIndustries(Path file) {
    return read(file, in -> readIndustries(in, file.getFileName().toString()));
  }

  /** The shipped AIIE table, min-max rescaled. */
  public static IndustryExposure loadDefaultIndustryExposure() {
    return IndustryExposure.of(
        resource(INDUSTRY_EXPOSURE, in -> readIndustries(in, INDUSTRY_EXPOSURE)));
  }

  // ---- industry mapping -----------------------------------------------------------------------

  /**
   * @throws InputException listing every bad row, repeated prefix and unknown group
   */
  public static IndustryMapping readMapping(Reader in, String name) {
    Table t =
        Table.read(
            in, name, List.of("naics_prefix", "value_added_group", "employment_group", "note"));
    List<MappingRule> out = new ArrayList<>();
    for (Row r : t.rows()) {
      String prefix =
          t.text(r, "naics_prefix", "[0-9]{2,4}", "a NAICS prefix of 2 to 4 digits such as 517");
      String va = t.text(r, "value_added_group", ".+", "a value-added group such as ISIC3_I");
      String emp = t.text(r, "employment_group", ".+", "an employment group such as ISIC4_HJ");
      String note = t.optional(r, "note");
      if (prefix != null && va != null && emp != null) {
        t.build(r, "naics_prefix", () -> out.add(new MappingRule(prefix, va, emp, note, t.at(r))));
      }
    }
    t.finish();
    return IndustryMapping.of(out);
  }

  public static IndustryMapping readMapping(Path file) {
    return read(file, in -> readMapping(in, file.getFileName().toString()));
  }

  public static IndustryMapping loadDefaultMapping() {
    return resource(INDUSTRY_MAPPING, in -> readMapping(in, INDUSTRY_MAPPING));
  }

  // ---- industry structure ---------------------------------------------------------------------

  /**
   * @throws InputException listing every bad row, repeated row and unknown group
   */
  public static IndustryStructures readStructures(Reader in, String name) {
    Table t = Table.read(in, name, List.of("iso3", "year", "isic_code", "measure", "value"));
    List<String> measures =
        StructureScheme.builtIn().stream().map(StructureScheme::measure).toList();
    List<StructureShare> out = new ArrayList<>();
    for (Row r : t.rows()) {
      String measure = t.optional(r, "measure");
      if (!measures.contains(measure)) {
        continue;
      }
      String iso3 = t.text(r, "iso3", "[A-Z]{3}", "an ISO 3166 alpha-3 code such as MEX");
      Integer year = t.year(r, "year");
      String code = t.text(r, "isic_code", ".+", "a group code such as ISIC3_D");
      Double value = t.number(r, "value");
      if (iso3 != null && year != null && code != null && value != null) {
        t.build(
            r,
            "value",
            () -> out.add(new StructureShare(iso3, year, measure, code, value, t.at(r))));
      }
    }
    t.finish();
    return IndustryStructures.fromShares(out);
  }

  public static IndustryStructures readStructures(Path file) {
    return read(file, in -> readStructures(in, file.getFileName().toString()));
  }

  public static IndustryStructures loadDefaultStructures() {
    return resource(INDUSTRY_STRUCTURE, in -> readStructures(in, INDUSTRY_STRUCTURE));
  }

  // ---- industry group names -------------------------------------------------------------------

  /**
   * The first {@code industry} label of each {@code isic_code} of a structure table; rows without a
   * label are skipped.
   */
  public static Map<String, String> readGroupLabels(Reader in, String name) {
    Table t = Table.read(in, name, List.of("isic_code", "industry"));
    Map<String, String> out = new LinkedHashMap<>();
    for (Row r : t.rows()) {
      String code = t.optional(r, "isic_code");
      String label = t.optional(r, "industry");
      if (!code.isEmpty() && !label.isEmpty()) {
        out.putIfAbsent(code, label);
      }
    }
    t.finish();
    return out;
  }

  /** ISIC Rev.3 section letter → title, from a {@code section,title} table. */
  public static Map<String, String> readSections(Reader in, String name) {
    Table t = Table.read(in, name, List.of("section", "title"));
    Map<String, String> out = new LinkedHashMap<>();
    for (Row r : t.rows()) {
      String section = t.text(r, "section", "[A-Z]", "one section letter such as J");
      String title = t.text(r, "title", ".+", "the section's title");
      if (section != null && title != null) {
        out.put(section, title);
      }
    }
    t.finish();
    return out;
  }

  /**
   * The names of the shipped industry groups: the labels of {@value #INDUSTRY_STRUCTURE}, and the
   * ISIC Rev.3 section titles of {@value #ISIC3_SECTIONS} for the groups aidx computes.
   */
  public static GroupNames loadDefaultGroupNames() {
    return GroupNames.of(
        resource(INDUSTRY_STRUCTURE, in -> readGroupLabels(in, INDUSTRY_STRUCTURE)),
        resource(ISIC3_SECTIONS, in -> readSections(in, ISIC3_SECTIONS)));
  }

  // ---- GDP at PPP (one indicator of a long table) ---------------------------------------------

  /**
   * The rows of one indicator of a long table ({@code iso3,indicator,year,value,unit,source}) as a
   * dataset; other indicators are skipped without being checked.
   *
   * @throws InputException listing every bad row of that indicator and repeated (economy, year)
   */
  public static Dataset readIndicator(Reader in, String name, String indicator) {
    Table t = Table.read(in, name, List.of("iso3", "indicator", "year", "value"));
    List<Observation> out = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Row r : t.rows()) {
      if (!indicator.equals(t.optional(r, "indicator"))) {
        continue;
      }
      String iso3 = t.text(r, "iso3", ".+", "an economy code such as MEX");
      Integer year = t.year(r, "year");
      Double value = t.number(r, "value");
      if (iso3 != null && year != null && value != null) {
        Provenance p = new Provenance(t.optional(r, "source"), t.optional(r, "unit"), t.at(r), "");
        t.build(r, "value", () -> out.add(new Observation(iso3, indicator, year, value, p)));
        String country = t.optional(r, "country");
        if (!country.isEmpty()) {
          names.putIfAbsent(iso3, country);
        }
      }
    }
    t.finish();
    return Dataset.of(out, names);
  }

  /** GDP at PPP ({@value ExposureEngine#GDP_PPP}) from the shipped indicator table. */
  public static Dataset loadDefaultGdpPpp() {
    return resource(INDICATORS, in -> readIndicator(in, INDICATORS, ExposureEngine.GDP_PPP));
  }

  // ---- plumbing -------------------------------------------------------------------------------

  private interface Parse<T> {
    T from(Reader in);
  }

  private static <T> T read(Path file, Parse<T> parse) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse.from(in);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputException(file.toString(), "file not found", "check the path");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T resource(String name, Parse<T> parse) {
    InputStream stream = ExposureFiles.class.getResourceAsStream(RESOURCE_DIR + name);
    if (stream == null) {
      throw new IllegalStateException("shipped resource " + RESOURCE_DIR + name + " is missing");
    }
    try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      return parse.from(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One record and the line it starts on (1 = the header). */
  private record Row(int line, String[] cells) {}

  /** A parsed CSV file with its header, collecting problems until {@link #finish}. */
  private static final class Table {
    private final String name;
    private final Map<String, Integer> columns;
    private final List<Row> rows;
    private final List<Problem> problems;

    private Table(String name, Map<String, Integer> columns, List<Row> rows, List<Problem> p) {
      this.name = name;
      this.columns = columns;
      this.rows = rows;
      this.problems = p;
    }

    /** Reads every record; a missing required column or a parse error fails at once. */
    static Table read(Reader in, String name, List<String> required) {
      List<Row> rows = new ArrayList<>();
      List<Problem> problems = new ArrayList<>();
      Map<String, Integer> columns = new HashMap<>();
      String[] header = null;
      try (MappingIterator<String[]> it =
          CSV.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(in)) {
        int start = 1;
        while (it.hasNextValue()) {
          String[] cells = it.nextValue();
          // The parser sits just past the record, on the line after its last line.
          int next = it.getParser().currentLocation().getLineNr();
          boolean blank = cells.length == 0 || (cells.length == 1 && cells[0].isBlank());
          if (header == null && !blank) {
            header = cells;
          } else if (!blank) {
            rows.add(new Row(start, cells));
          }
          start = next;
        }
      } catch (JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        throw new InputException(
            name + (l == null ? "" : " line " + l.getLineNr()),
            "not valid CSV: " + e.getOriginalMessage(),
            "quote fields that contain commas or quotes, and close every quote");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (header == null) {
        throw new InputException(
            name, "the file is empty", "write a header row: " + String.join(",", required));
      }
      for (int i = 0; i < header.length; i++) {
        String h = header[i].trim();
        if (i == 0 && h.startsWith("\uFEFF")) {
          h = h.substring(1);
        }
        columns.putIfAbsent(h.toLowerCase(Locale.ROOT), i);
      }
      List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw new InputException(
            name + " line 1",
            "missing column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing),
            "the header needs " + String.join(",", required));
      }
      for (Row r : rows) {
        if (r.cells().length != header.length) {
          problems.add(
              new Problem(
                  name + " line " + r.line(),
                  "expected "
                      + header.length
                      + " fields as in the header, found "
                      + r.cells().length,
                  "quote fields that contain commas, and give every row one field per column"));
        }
      }
      return new Table(name, columns, rows, problems);
    }

    List<Row> rows() {
      return rows;
    }

    /** Provenance location, e.g. {@code industry-structure.csv:12}. */
    String at(Row r) {
      return name + ":" + r.line();
    }

    private String where(Row r, String column) {
      return name + " line " + r.line() + ", column '" + column + "'";
    }

    /** The trimmed cell, or "" when the row is short or the column absent. */
    String optional(Row r, String column) {
      Integer i = columns.get(column);
      return i == null || i >= r.cells().length ? "" : r.cells()[i].trim();
    }

    /** The trimmed cell if it matches {@code pattern}; otherwise records a problem, gives null. */
    String text(Row r, String column, String pattern, String expected) {
      Integer i = columns.get(column);
      if (i == null || i >= r.cells().length) {
        return null; // a short row, already reported
      }
      String v = r.cells()[i].trim();
      if (!v.matches(pattern)) {
        problems.add(
            new Problem(
                where(r, column),
                v.isEmpty() ? "empty value" : "'" + v + "' is not " + expected,
                "write " + expected));
        return null;
      }
      return v;
    }

    Double number(Row r, String column) {
      Integer i = columns.get(column);
      if (i == null || i >= r.cells().length) {
        return null;
      }
      String v = r.cells()[i].trim();
      try {
        double d = Double.parseDouble(v);
        if (Double.isFinite(d) && !v.isEmpty()) {
          return d;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problems.add(
          new Problem(
              where(r, column),
              v.isEmpty() ? "empty value" : "'" + v + "' is not a finite number",
              "write a decimal number such as -0.25"));
      return null;
    }

    Integer year(Row r, String column) {
      String v = text(r, column, "[0-9]{4}", "a 4-digit year such as 2023");
      return v == null ? null : Integer.valueOf(v);
    }

    /** Runs a record constructor; its complaint becomes a problem of this row. */
    void build(Row r, String column, Runnable constructor) {
      try {
        constructor.run();
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(where(r, column), e.getMessage(), "correct the row"));
      }
    }

    void finish() {
      if (!problems.isEmpty()) {
        throw new InputException(problems);
      }
    }
  }
}
