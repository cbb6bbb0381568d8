package org.aidx.pipeline.aggregate;

import java.util.Objects;
import org.aidx.framework.Aggregation;

/**
 * The rule of one weighted mean, the single home of how an aggregate node combines its children:
 * each present child x with weight w enters as a term (w·x, w·ln x or w/x), the terms are summed
 * over the children present, and the sum is closed with the sum of their weights W (S/W, exp(S/W)
 * or W/S). A geometric or harmonic mean needs positive values: with a floor, a value below it
 * enters as the floor; without one, a value that is not positive cannot enter.
 *
 * <p>Example: geometric with floor 0.01 over (0, 4) with weights (1, 1): 0 enters as 0.01, the
 * terms are ln 0.01 and ln 4, and the mean is exp((ln 0.01 + ln 4) / 2) = √0.04 = 0.2. Without the
 * floor {@link #accepts} is false for 0. Arithmetic over (2, 8): (2 + 8) / 2 = 5; harmonic: 2 /
 * (1/2 + 1/8) = 3.2.
 *
 * <p>{@link CompiledTree} applies it (its complete-children fast paths are checked against the same
 * rule by differential tests), and {@code GapDecomposition} splits a gap by its terms.
 *
 * @param how the mean
 * @param floor values below it enter a geometric or harmonic mean as the floor; null for none
 */
public record MeanRule(Aggregation how, Double floor) {
  public MeanRule {
    Objects.requireNonNull(how, "how");
    if (floor != null && !(floor > 0 && Double.isFinite(floor))) {
      throw new IllegalArgumentException("the floor must be a positive number, got " + floor);
    }
  }

  public static MeanRule of(Aggregation how, Double floor) {
    return new MeanRule(how, floor);
  }

  /** The value {@code x} enters the mean with: raised to the floor when the mean needs it. */
  public double input(double x) {
    return floor != null && how.needsPositive() && x < floor ? floor : x;
  }

  /** Whether {@code x} was raised to the floor to enter the mean. */
  public boolean floors(double x) {
    return input(x) != x;
  }

  /** Whether a present value {@code x} can enter the mean (always, for an arithmetic mean). */
  public boolean accepts(double x) {
    return !how.needsPositive() || input(x) > 0;
  }

  /**
   * The term of a child: w·x, w·ln x or w/x of its {@link #input}; 0 for a child of weight 0
   * (missing or left out), whatever its value.
   */
  public double term(double w, double x) {
    if (w == 0) {
      return 0;
    }
    double v = input(x);
    switch (how) {
      case ARITHMETIC:
        return w * v;
      case GEOMETRIC:
        return w * Math.log(v);
      default:
        return w / v;
    }
  }

  /** The mean from the sum of the terms and the sum of the weights of the children present. */
  public double close(double terms, double weights) {
    if (weights == 0) {
      return Double.NaN;
    }
    switch (how) {
      case ARITHMETIC:
        return terms / weights;
      case GEOMETRIC:
        return Math.exp(terms / weights);
      default:
        return weights / terms;
    }
  }

  /**
   * The mean of the present values (NaN is missing) with weights renormalised over them; NaN when
   * none is present.
   *
   * @throws IllegalArgumentException when a present value cannot enter ({@link #accepts})
   */
  public double mean(double[] x, double[] w) {
    double s = 0;
    double ws = 0;
    for (int c = 0; c < x.length; c++) {
      if (Double.isNaN(x[c])) {
        continue;
      }
      if (!accepts(x[c])) {
        throw new IllegalArgumentException(
            "a " + how.label() + " mean needs positive values, got " + x[c]);
      }
      s += term(w[c], x[c]);
      ws += w[c];
    }
    return close(s, ws);
  }
}
