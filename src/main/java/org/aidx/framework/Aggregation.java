package org.aidx.framework;

import java.util.Locale;

/**
 * How an aggregate node combines its children's scores, with weights {@code w} that sum to 1 over
 * the children present; {@code org.aidx.pipeline.aggregate.MeanRule} is the rule that computes it.
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
