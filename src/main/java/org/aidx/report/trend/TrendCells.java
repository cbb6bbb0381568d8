package org.aidx.report.trend;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * How the trend outputs spell a number: {@code g(0.000123456789)} is {@code 0.000123457} (six
 * significant digits, empty when not finite), {@code f(2.345, 1)} is {@code 2.3} ("–" when not
 * finite), and a JSON field is null when its value is not finite.
 */
public final class TrendCells {
  private TrendCells() {}

  /** A number for tables and CSV: 6 significant digits, empty when not a number. */
  public static String g(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
  }

  /** A number with {@code d} decimals, "–" when not a number. */
  public static String f(double v, int d) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + d + "f", v) : "–";
  }

  public static void put(ObjectNode o, String key, double v) {
    if (Double.isFinite(v)) {
      o.put(key, v);
    } else {
      o.putNull(key);
    }
  }
}
