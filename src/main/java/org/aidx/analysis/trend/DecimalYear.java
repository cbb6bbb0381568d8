package org.aidx.analysis.trend;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Dates as decimal years, the time axis of every trend fit: 2020-07-02 → 2020.5 (day 183 of a
 * 366-day year, counted from 0), "2020" → 2020.0, "2020-07" → 2020.497.
 */
public final class DecimalYear {
  private DecimalYear() {}

  /** The decimal year of the start of {@code date}. */
  public static double of(LocalDate date) {
    int days = Year.isLeap(date.getYear()) ? 366 : 365;
    return date.getYear() + (date.getDayOfYear() - 1) / (double) days;
  }

  /**
   * Parses {@code yyyy}, {@code yyyy-mm}, {@code yyyy-mm-dd} or a decimal year such as {@code
   * 2020.5}; empty when the text is none of these.
   */
  public static OptionalDouble parse(String text) {
    String s = text.trim();
    try {
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return OptionalDouble.of(of(LocalDate.parse(s)));
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        return OptionalDouble.of(of(LocalDate.parse(s + "-01")));
      }
      if (s.matches("-?\\d{1,4}(\\.\\d+)?")) {
        return OptionalDouble.of(Double.parseDouble(s));
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.empty();
  }

  /** The calendar date a decimal year falls on, e.g. 2020.5 → 2020-07-02. */
  public static LocalDate toDate(double year) {
    int y = (int) Math.floor(year);
    int days = Year.isLeap(y) ? 366 : 365;
    int day = (int) Math.min(days - 1, Math.floor((year - y) * days + 1e-9));
    return LocalDate.ofYearDay(y, day + 1);
  }

  /** A decimal year as yyyy-mm (precise enough for trend dates). */
  public static String month(double year) {
    LocalDate d = toDate(year);
    return String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
  }
}
