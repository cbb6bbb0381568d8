package org.aidx.method.normalise;

import java.util.Locale;
import org.aidx.model.Direction;
import org.aidx.model.InputException;

/**
 * Brings one indicator onto a common scale across economies, honouring its direction so that a
 * higher score is always better. Missing values (NaN) stay missing.
 */
public sealed interface Normalisation permits Ratio, MinMax, ZScore, RankScore, Frontier {

  /**
   * Normalises one indicator.
   *
   * @param indicator the indicator id, for error messages
   * @param economies economy codes in the order of {@code raw}, for error messages
   * @param raw the values, NaN where missing
   * @param reference index of the reference economy, or -1 if none
   * @param out receives the scores; may be {@code raw} itself
   * @throws InputException when the method is undefined for these values (zero range, a
   *     non-positive value under a ratio)
   */
  void apply(
      String indicator,
      String[] economies,
      double[] raw,
      Direction direction,
      int reference,
      double[] out);

  /** The spelling accepted by {@link #parse}, e.g. {@code minmax:0,1}. */
  String label();

  /**
   * Parses {@code ratio|minmax[:LO,HI]|zscore[:MEAN,SD]|rank|frontier}.
   *
   * @throws IllegalArgumentException naming the accepted forms
   */
  static Normalisation parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    String head = t.contains(":") ? t.substring(0, t.indexOf(':')) : t;
    String tail = t.contains(":") ? t.substring(t.indexOf(':') + 1) : "";
    double[] p = tail.isEmpty() ? new double[0] : numbers(text, tail);
    if (p.length > 0
        && !(head.startsWith("minmax")
            || head.startsWith("min-max")
            || head.startsWith("zscore")
            || head.startsWith("z-score"))) {
      throw new IllegalArgumentException(
          "normalisation '"
              + text
              + "': only minmax and zscore take parameters (e.g. minmax:0,100)");
    }
    switch (head) {
      case "ratio":
        return new Ratio();
      case "minmax":
      case "min-max":
        return p.length == 0 ? MinMax.of(0, 1) : MinMax.of(pair(text, p)[0], p[1]);
      case "zscore":
      case "z-score":
        return p.length == 0 ? ZScore.of(0, 1) : ZScore.of(pair(text, p)[0], p[1]);
      case "rank":
        return new RankScore();
      case "frontier":
        return new Frontier();
      default:
        throw new IllegalArgumentException(
            "normalisation '"
                + text
                + "' is not one of ratio, minmax[:LO,HI], zscore[:MEAN,SD], rank, frontier");
    }
  }

  private static double[] pair(String text, double[] p) {
    if (p.length != 2) {
      throw new IllegalArgumentException(
          "normalisation '" + text + "' needs two numbers after the colon, e.g. minmax:0,100");
    }
    return p;
  }

  private static double[] numbers(String text, String tail) {
    String[] parts = tail.split(",");
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        out[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "normalisation '" + text + "': '" + parts[i].trim() + "' is not a number", e);
      }
    }
    return out;
  }

  /** Minimum and maximum of the non-missing values, or NaN, NaN if all are missing. */
  static double[] range(double[] raw) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double x : raw) {
      if (!Double.isNaN(x)) {
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
    }
    return lo > hi ? new double[] {Double.NaN, Double.NaN} : new double[] {lo, hi};
  }
}
