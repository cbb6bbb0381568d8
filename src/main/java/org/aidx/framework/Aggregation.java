package org.aidx.framework;

import java.util.Locale;

/**
 * How an aggregate node combines its children's scores, with weights {@code w} that sum to 1 over
 * the children present.
 *
 * <ul>
 *   <li>{@code ARITHMETIC}: Σ w·x. Example: (2, 8) with equal weights → 5.
 *   <li>{@code GEOMETRIC}: Π x^w, defined for x &gt; 0 only. Example: (2, 8) → 4.
 *   <li>{@code HARMONIC}: 1 / Σ (w / x), defined for x &gt; 0 only. Example: (2, 8) → 3.2.
 * </ul>
 */
public enum Aggregation {
  ARITHMETIC,
  GEOMETRIC,
  HARMONIC;

  /** Whether every input must be strictly positive. */
  public boolean needsPositive() {
    return this != ARITHMETIC;
  }

  /**
   * Combines {@code n} values with weights; entries whose value is NaN are skipped and the weights
   * of the others renormalised. Returns NaN when no value is present. Callers check positivity
   * first where {@link #needsPositive()}.
   */
  public double combine(double[] values, double[] weights, int n) {
    double wsum = 0;
    double acc = 0;
    for (int i = 0; i < n; i++) {
      double x = values[i];
      if (Double.isNaN(x)) {
        continue;
      }
      double w = weights[i];
      wsum += w;
      switch (this) {
        case ARITHMETIC:
          acc += w * x;
          break;
        case GEOMETRIC:
          acc += w * Math.log(x);
          break;
        default:
          acc += w / x;
      }
    }
    if (wsum == 0) {
      return Double.NaN;
    }
    switch (this) {
      case ARITHMETIC:
        return acc / wsum;
      case GEOMETRIC:
        return Math.exp(acc / wsum);
      default:
        return wsum / acc;
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code arithmetic|geometric|harmonic} (also {@code mean}, {@code geomean}). */
  public static Aggregation parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "arithmetic":
      case "mean":
      case "arith":
        return ARITHMETIC;
      case "geometric":
      case "geomean":
      case "geom":
        return GEOMETRIC;
      case "harmonic":
      case "harmean":
        return HARMONIC;
      default:
        throw new IllegalArgumentException(
            "aggregation '" + text + "' is not one of arithmetic, geometric, harmonic");
    }
  }
}
