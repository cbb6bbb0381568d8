package org.aidx.exposure;

import org.aidx.model.InputException;

/**
 * How the standardised AIIE scores (mean 0, SD 1, no absolute zero) become exposures in [0, 1],
 * read as "the share of an industry's activity exposed to AI". Any such mapping is a choice: the
 * score ranks industries, it does not measure a share.
 *
 * <ul>
 *   <li>{@link #MIN_MAX} (default): (z − min)/(max − min) over every industry in the table.
 *       Example: z = (−2, −1, 0, 1, 2) → (0, 0.25, 0.5, 0.75, 1). The least exposed industry gets
 *       exactly 0. A zero range is an error.
 *   <li>{@link #NORMAL_CDF}: Φ(z), the standard normal distribution function, i.e. the share of a
 *       normally distributed population of industries less exposed than this one. Example: z = (−1,
 *       0, 1) → (0.1587, 0.5, 0.8413). Compresses the spread: no industry gets 0 or 1.
 * </ul>
 */
public enum Rescaling {
  MIN_MAX("min-max over all AIIE industries"),
  NORMAL_CDF("standard normal CDF of the AIIE z-score");

  private final String description;

  Rescaling(String description) {
    this.description = description;
  }

  /** For provenance notes, e.g. {@code min-max over all AIIE industries}. */
  public String description() {
    return description;
  }

  /**
   * Rescales every score; returns a new array.
   *
   * @throws InputException for min-max when every score is equal
   */
  public double[] rescale(double[] z) {
    double[] out = new double[z.length];
    if (this == NORMAL_CDF) {
      for (int i = 0; i < z.length; i++) {
        out[i] = normalCdf(z[i]);
      }
      return out;
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double span = max - min;
    if (!(span > 0)) {
      throw new InputException(
          "AI industry exposure scores",
          "min-max rescaling needs at least two different scores, but "
              + (z.length == 0 ? "there are none" : "every score is " + min),
          "supply the full AIIE table or use the normal-CDF rescaling");
    }
    for (int i = 0; i < z.length; i++) {
      out[i] = (z[i] - min) / span;
    }
    return out;
  }

  /**
   * Φ(z), the standard normal distribution function, by Marsaglia's series (J. Stat. Softw. 11(4),
   * 2004): Φ(z) = ½ + φ(z)·(z + z³/3 + z⁵/(3·5) + …), absolute error about 1e-15 for |z| ≤ 8; 0 or
   * 1 beyond. Example: Φ(0) = 0.5, Φ(1) ≈ 0.841345, Φ(−z) = 1 − Φ(z).
   */
  public static double normalCdf(double z) {
    if (Double.isNaN(z)) {
      return Double.NaN;
    }
    if (z < -8) {
      return 0.0;
    }
    if (z > 8) {
      return 1.0;
    }
    double sum = z;
    double previous = 0;
    double term = z;
    double q = z * z;
    for (int i = 3; sum != previous; i += 2) {
      previous = sum;
      term *= q / i;
      sum = previous + term;
    }
    // 0.9189... = ln(√(2π)), so exp(−z²/2 − ln √(2π)) = φ(z).
    return 0.5 + sum * Math.exp(-0.5 * q - 0.91893853320467274178);
  }
}
