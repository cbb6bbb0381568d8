package org.aidx.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * How aidx writes a value into a CSV cell, a text table or JSON, shared by every writer so that all
 * outputs spell numbers the same way: {@code num(0.5)} is {@code 0.5}, {@code num(NaN)} is empty,
 * {@code rank(3.0)} is {@code 3}, {@code fixed(0.1234, 2)} is {@code 0.12}, {@code
 * compact(0.123456789)} is {@code 0.123457}, {@code cell("a,b")} is {@code "a,b"} in quotes.
 */
public final class Cells {
  /** The JSON mapper of every JSON output: indented, Jackson's defaults otherwise. */
  public static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Cells() {}

  public static String rank(double r) {
    if (Double.isNaN(r)) {
      return "";
    }
    return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
  }

  /** Full precision for machine-readable output, empty for missing. */
  public static String num(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  public static String fixed(double v, int digits) {
    return Double.isNaN(v) ? "n/a" : Decimals.fixed(v, digits);
  }

  /** Six significant digits at most, no exponent, empty for missing: {@link Decimals#compact}. */
  public static String compact(double x) {
    return Decimals.compact(x);
  }

  public static String cell(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? "\"" + s.replace("\"", "\"\"") + "\""
        : s;
  }
}
