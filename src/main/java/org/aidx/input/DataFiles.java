package org.aidx.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aidx.data.Dataset;
import org.aidx.model.Economies;
import org.aidx.model.InputException;
import org.aidx.model.Problem;

/**
 * Reads data files into a {@link Dataset}: the public entry point, which recognises a file's layout
 * ({@link Layout}) from its header, or takes it as given, and hands the table to that layout's
 * reader. The delimiter and a decimal comma are detected ({@link CsvTable}); every error names the
 * layout and delimiter the file was read as. Economies may be written as ISO3 (any case), ISO2 or
 * names ({@link Economies}).
 *
 * <ul>
 *   <li><b>long</b> (tidy), one row per value: {@link LongLayout};
 *   <li><b>wide</b> and <b>COINr iData</b>, one column per indicator: {@link WideLayout};
 *   <li><b>worldbank</b>, a World Bank download: {@link WorldBankLayout};
 *   <li><b>sdmx</b>, SDMX-CSV 1.0 or 2.0: {@link SdmxLayout}.
 * </ul>
 *
 * Empty cells, {@code NA} and {@code NaN} are missing values; {@code Inf} or {@code Infinity} is an
 * error, as is a control character in a code or indicator id ({@link DataCells}, shared by the
 * readers). Every problem of a file is reported at once.
 */
public final class DataFiles {
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
    return WideLayout.readCoinr(t, file.getFileName().toString(), groupColumns, otherColumns);
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
        case LONG -> LongLayout.read(t, shortName);
        case WIDE -> WideLayout.readWide(t, shortName);
        case COINR -> WideLayout.readCoinr(t, shortName, Set.of(), Set.of());
        case WORLDBANK -> WorldBankLayout.read(t, shortName);
        case SDMX -> SdmxLayout.read(t, shortName);
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
}
