package org.aidx.model;

/**
 * The guard every computing step calls where a ratio, an inverse, a log or a product is formed: a
 * value that came out infinite (or NaN from a present input) would otherwise flow on into ranks,
 * tiers and JSON as {@code "Infinity"}. The run stops instead, naming the economy, the indicator or
 * node and the step.
 *
 * <p>Example: a reference value of {@code 4.9e-324} (the smallest sub-normal double) makes the
 * ratio 20 / 4.9e-324 overflow to +∞; {@code Finite.check(∞, "ratio normalisation", "JPN",
 * "indicator 'compute'")} throws an {@link InputException} saying so. NaN stands for a missing
 * value in aidx, so {@link #check} lets it pass; {@link #checkPresent} is for results whose inputs
 * were all present, where a NaN is an overflow too (∞ − ∞, ∞ / ∞).
 */
public final class Finite {
  private Finite() {}

  /** Throws when {@code value} is ±∞; NaN (a missing value) passes. */
  public static double check(double value, String step, String economy, String what) {
    if (Double.isInfinite(value)) {
      throw error(value, step, economy, what);
    }
    return value;
  }

  /** Throws when {@code value} is ±∞ or NaN: for results whose inputs were all present. */
  public static double checkPresent(double value, String step, String economy, String what) {
    if (!Double.isFinite(value)) {
      throw error(value, step, economy, what);
    }
    return value;
  }

  /**
   * Checks a row of results of one step for one indicator or node: an infinite value, or a NaN
   * where {@code inputs} has a value, stops the run.
   */
  public static void checkRow(
      double[] values, double[] inputs, String step, String[] economies, String what) {
    for (int e = 0; e < values.length; e++) {
      double v = values[e];
      if (Double.isInfinite(v) || (Double.isNaN(v) && !Double.isNaN(inputs[e]))) {
        throw error(v, step, economies[e], what);
      }
    }
  }

  private static InputException error(double value, String step, String economy, String what) {
    return new InputException(
        (economy == null ? "" : "economy " + economy + ", ") + what + ", step: " + step,
        "the result is "
            + (Double.isNaN(value) ? "undefined (NaN)" : value > 0 ? "+Infinity" : "-Infinity")
            + ": a value is too close to zero or too large for this step (doubles overflow beyond"
            + " about 1.8e308 and lose precision below 2.2e-308)",
        "check the raw values of this indicator for a unit error or a near-zero value, or choose"
            + " another normalisation (--normalise minmax) or reference economy (--reference)");
  }
}
