package org.aidx.pipeline;

import java.util.Locale;

/**
 * How zeros meet geometric means, as written on the command line ({@code --floor}).
 *
 * <ul>
 *   <li>{@code min:F}: a zero or negative value of an indicator is raised to F × the indicator's
 *       smallest positive value among the economies, before normalisation, and flagged. The floor
 *       depends on the data only, not on the reference economy, so ratios between economies stay
 *       base-invariant. Example with F = 0.5: (0, 2, 8) → (1, 2, 8).
 *   <li>{@code X} (a number): normalised scores below X are raised to X before a geometric or
 *       harmonic mean. Under ratio normalisation X is a share of the reference's value, so this
 *       floor moves with the reference.
 *   <li>{@code none}: neither; a zero in a geometric mean is an error naming the economy and node.
 * </ul>
 *
 * @param scoreFloor the floor on normalised scores, or null
 * @param zeroFloor the fraction F of {@code min:F}, 0 for {@code none}, or null to keep the
 *     framework's
 */
public record FloorRule(Double scoreFloor, Double zeroFloor) {
  /** Parses {@code none}, {@code min:F} or a positive number; null keeps the framework's rule. */
  public static FloorRule parse(String text) {
    if (text == null) {
      return new FloorRule(null, null);
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("none")) {
      return new FloorRule(null, 0.0);
    }
    try {
      if (t.startsWith("min:")) {
        double f = Double.parseDouble(t.substring(4));
        if (f > 0 && f <= 1) {
          return new FloorRule(null, f);
        }
      } else {
        double x = Double.parseDouble(t);
        if (x > 0 && Double.isFinite(x)) {
          return new FloorRule(x, null);
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "floor '"
            + text
            + "' is not one of none, min:F (0 < F ≤ 1, e.g. min:0.5) or a positive number X");
  }
}
