package org.aidx.analysis.replicate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number a study implies through figures it published, and the interval their rounding allows.
 *
 * <p>A formula is a product of published figures, each named by its claim id and raised to a
 * positive power, multiplied ({@code *}) or divided ({@code /}). A figure written with d decimals
 * stands for any value within half a unit of its last digit: "0.32" for [0.315, 0.325]. With
 * positive figures the formula rises in every numerator and falls in every denominator, so its
 * lowest value takes the numerators at their lowest and the denominators at their highest.
 *
 * <p>Example: index = √(technology activity × market friendliness) implies market friendliness =
 * index² / technology activity. With the index published as 0.32 and technology activity as 0.15,
 * {@code index_deu^2 / tech_deu} gives 0.32² / 0.15 = 0.6827, low 0.315² / 0.155 = 0.6402 and high
 * 0.325² / 0.145 = 0.7284.
 *
 * @param formula the formula as written
 * @param value its value at the published figures
 * @param low its lowest value within their rounding
 * @param high its highest
 */
public record ImpliedValue(String formula, double value, double low, double high) {
  private static final Pattern FACTOR =
      Pattern.compile(
          "\\s*([*/]?)\\s*([A-Za-z][A-Za-z0-9_]*)\\s*(?:\\^\\s*([0-9]+(?:\\.[0-9]+)?))?");

  /**
   * Evaluates a formula at published figures given as written (their decimals set the rounding).
   *
   * @throws IllegalArgumentException naming what is wrong: a malformed formula, an unknown id, a
   *     figure that is not a positive number
   */
  public static ImpliedValue of(String formula, Map<String, String> published) {
    Matcher m = FACTOR.matcher(formula);
    int at = 0;
    double v = 1;
    double lo = 1;
    double hi = 1;
    List<String> used = new ArrayList<>();
    while (at < formula.length() && m.find(at) && m.start() == at && m.end() > at) {
      String op = m.group(1);
      if (used.isEmpty() == !op.isEmpty()) {
        throw new IllegalArgumentException(
            "formula '" + formula + "': expected a figure id, then '*' or '/' between figures");
      }
      String id = m.group(2);
      double p = m.group(3) == null ? 1 : Double.parseDouble(m.group(3));
      String text = published.get(id);
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException(
            "formula '" + formula + "': no published figure with id '" + id + "'");
      }
      BigDecimal x;
      try {
        x = new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "formula '" + formula + "': figure '" + id + "' is '" + text + "', not a number");
      }
      if (x.signum() <= 0) {
        throw new IllegalArgumentException(
            "formula '" + formula + "': figure '" + id + "' must be positive, is " + text);
      }
      double half = 0.5 * Math.pow(10, -Math.max(x.scale(), 0));
      double mid = x.doubleValue();
      boolean divide = op.equals("/");
      double fx = Math.pow(mid, p);
      double fLo = Math.pow(mid - half, p);
      double fHi = Math.pow(mid + half, p);
      if (divide) {
        v /= fx;
        lo /= fHi;
        hi /= fLo;
      } else {
        v *= fx;
        lo *= fLo;
        hi *= fHi;
      }
      used.add(id);
      at = m.end();
    }
    if (used.isEmpty() || !formula.substring(at).isBlank()) {
      throw new IllegalArgumentException(
          "formula '"
              + formula
              + "': cannot read it from position "
              + at
              + "; write figure ids joined by * or /, each optionally ^POWER");
    }
    return new ImpliedValue(formula, v, lo, hi);
  }
}
