package org.aidx.analysis.trend;

/**
 * A point estimate with a confidence interval (lo, hi); the bounds are NaN when no interval was
 * computed. Example: {@code new Estimate("rate", 0.21, 0.18, 0.25)}.
 */
public record Estimate(String name, double value, double lo, double hi) {
  public Estimate {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an estimate needs a name");
    }
  }

  public static Estimate point(String name, double value) {
    return new Estimate(name, value, Double.NaN, Double.NaN);
  }

  /** Whether the interval contains {@code x}. */
  public boolean covers(double x) {
    return x >= lo && x <= hi;
  }
}
