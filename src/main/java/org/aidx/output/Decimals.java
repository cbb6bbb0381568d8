package org.aidx.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Decimal spellings of doubles without {@link java.util.Formatter}: the same text as {@code
 * String.format(Locale.ROOT, "%.Nf", x)} and of {@code %.6g} cut to its significant digits, at a
 * fraction of the cost (a table of 200 rows made about 2,800 Formatter calls). Java's Formatter
 * rounds the shortest decimal that identifies the double ({@link Double#toString}) half up, which
 * is what {@link BigDecimal#valueOf(double)} and {@link RoundingMode#HALF_UP} do; negative values,
 * −0.0, NaN and the infinities (where Formatter keeps a minus sign on a rounded zero, or spells
 * words) go to Formatter itself. Example: {@code fixed(0.15, 1)} is {@code 0.2}, {@code fixed(2.0,
 * 3)} is {@code 2.000}, {@code compact(1234.56789)} is {@code 1234.57}.
 */
public final class Decimals {
  private static final MathContext SIX = new MathContext(6, RoundingMode.HALF_UP);

  private Decimals() {}

  /** {@code String.format(Locale.ROOT, "%.<digits>f", x)}. */
  public static String fixed(double x, int digits) {
    if (!(x > 0 || Double.doubleToRawLongBits(x) == 0) || x == Double.POSITIVE_INFINITY) {
      return String.format(Locale.ROOT, "%." + digits + "f", x);
    }
    return BigDecimal.valueOf(x).setScale(digits, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * Six significant digits, trailing zeros dropped, never an exponent, empty for NaN, whole numbers
   * below 10¹⁵ as integers: {@code new BigDecimal(String.format(Locale.ROOT, "%.6g",
   * x)).stripTrailingZeros().toPlainString()} otherwise (an infinity is refused, as there).
   * Example: {@code compact(0.123456789)} is {@code 0.123457}, {@code compact(3.0)} is {@code 3}.
   */
  public static String compact(double x) {
    if (Double.isNaN(x)) {
      return "";
    }
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    if (Double.isInfinite(x)) {
      throw new NumberFormatException("no decimal for " + x);
    }
    return BigDecimal.valueOf(x).round(SIX).stripTrailingZeros().toPlainString();
  }

  /** s padded with spaces on the left to {@code width} characters (as {@code %<width>s}). */
  public static StringBuilder right(StringBuilder b, String s, int width) {
    for (int k = s.length(); k < width; k++) {
      b.append(' ');
    }
    return b.append(s);
  }

  /** s padded with spaces on the right to {@code width} characters (as {@code %-<width>s}). */
  public static StringBuilder left(StringBuilder b, String s, int width) {
    b.append(s);
    for (int k = s.length(); k < width; k++) {
      b.append(' ');
    }
    return b;
  }
}
