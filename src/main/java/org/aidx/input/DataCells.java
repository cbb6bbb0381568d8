package org.aidx.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aidx.model.Economies;
import org.aidx.model.InputException;
import org.aidx.model.Problem;

/**
 * What every data layout's reader shares: how a cell is read as a missing value, a number, a year
 * or an economy, and the problems a layout's columns and cells raise. One home, so that an {@code
 * NA} or a control character means the same in a long file as in an SDMX export.
 */
final class DataCells {
  /** The economies a code, an ISO2 code or a name resolves to. */
  static final Economies ECONOMIES = Economies.standard();

  private DataCells() {}

  /** Empty cells, {@code NA} and {@code NaN} (any case) are missing values. */
  static boolean isMissing(String cell) {
    return cell.isEmpty() || cell.equalsIgnoreCase("NA") || cell.equalsIgnoreCase("NaN");
  }

  /** A finite number written with a decimal point, or null ({@code Inf} and {@code NaN} too). */
  static Double parseNumber(String s) {
    try {
      double v = Double.parseDouble(s);
      return Double.isFinite(v) ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A whole year from 0 to 9999 ({@code 2023} or {@code 2023.0}), or null. */
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

  /** Columns a layout needs, each missing one a problem naming the header found. */
  static void require(CsvTable t, Layout layout, List<String> columns) {
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
  static String economy(CsvTable t, CsvTable.Row r, int column, List<Problem> problems) {
    Economies.Resolution e = ECONOMIES.resolve(r.cells().get(column));
    if (!e.found()) {
      problems.add(new Problem(t.where(r, column), e.problem(), e.fix()));
      return null;
    }
    return e.iso3();
  }

  /**
   * The problem of the first of the given cells that holds a control character, or null. Trimming
   * would otherwise hide one at either end: {@code "USA\0"} would be read as USA.
   */
  static Problem control(CsvTable t, CsvTable.Row r, int... columns) {
    for (int col : columns) {
      String cell = r.cells().get(col);
      int ch = cell.chars().filter(Character::isISOControl).findFirst().orElse(-1);
      if (ch >= 0) {
        return new Problem(
            t.where(r, col),
            String.format(
                Locale.ROOT,
                "'%s' contains the control character U+%04X",
                cell.replaceAll("\\p{Cntrl}", "?"),
                ch),
            "remove it: codes and indicator ids are printable text");
      }
    }
    return null;
  }

  /** A cell that is not a number, with the fix for the file's decimal separator. */
  static Problem notANumber(CsvTable t, CsvTable.Row r, int column, String cell) {
    return new Problem(
        t.where(r, column),
        "'" + cell + "' is not a number",
        t.decimalComma()
            ? "this file uses a decimal comma (3,5): write numbers without a point or thousands"
                + " separators, or leave the cell empty for a missing value"
            : "write a plain number (decimal point, no thousands separators), or leave the cell"
                + " empty for a missing value");
  }
}
