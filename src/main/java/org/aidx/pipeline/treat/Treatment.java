package org.aidx.pipeline.treat;

import java.util.Locale;

/**
 * Outlier treatment of one indicator, after the OECD/JRC Handbook and COINr: an indicator is
 * treated when |skewness| &gt; {@code maxSkew} and excess kurtosis &gt; {@code maxKurtosis}. The
 * most extreme value on the side of the skew is winsorised (set to the next value in), one point at
 * a time, up to {@code maxPoints} points, until the indicator is within both limits. If it is still
 * outside after that, the winsorisation is undone and a log transform is applied instead: ln(x −
 * min + 1) for a positive skew, −ln(max − x + 1) for a negative one (order and direction are kept).
 *
 * <p>Skewness and kurtosis are the bias-corrected sample statistics (as in Excel's SKEW and KURT).
 *
 * @param enabled false for no treatment
 */
public record Treatment(boolean enabled, int maxPoints, double maxSkew, double maxKurtosis) {
  public static final int DEFAULT_MAX_POINTS = 5;

  public Treatment {
    if (maxPoints < 0) {
      throw new IllegalArgumentException("winsorisation points must be >= 0, got " + maxPoints);
    }
  }

  public static Treatment none() {
    return new Treatment(false, DEFAULT_MAX_POINTS, 2, 3.5);
  }

  public static Treatment winsorise(int maxPoints) {
    return new Treatment(true, maxPoints, 2, 3.5);
  }

  public String label() {
    return enabled ? "winsorise:" + maxPoints : "none";
  }

  /** Parses {@code none|winsorise[:MAX_POINTS]}. */
  public static Treatment parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("none")) {
      return none();
    }
    if (t.equals("winsorise") || t.equals("winsorize")) {
      return winsorise(DEFAULT_MAX_POINTS);
    }
    if (t.startsWith("winsorise:") || t.startsWith("winsorize:")) {
      String n = t.substring(t.indexOf(':') + 1);
      try {
        int k = Integer.parseInt(n.trim());
        if (k < 0) {
          throw new NumberFormatException();
        }
        return winsorise(k);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "treatment '" + text + "': MAX_POINTS must be a whole number >= 0", e);
      }
    }
    throw new IllegalArgumentException(
        "treatment '" + text + "' is not one of none, winsorise[:MAX_POINTS]");
  }

  /** What was done to one indicator. */
  public enum Outcome {
    UNTOUCHED,
    WINSORISED,
    LOGGED
  }

  /**
   * Treats one indicator in place (NaN = missing, ignored).
   *
   * @param changed set to true for each cell whose value was winsorised
   * @return what was done; for {@code WINSORISED} the count of changed cells is in {@code changed}
   */
  public Outcome treat(double[] values, boolean[] changed) {
    if (!enabled || withinLimits(values)) {
      return Outcome.UNTOUCHED;
    }
    double[] original = values.clone();
    boolean positive = skewness(values) > 0;
    for (int k = 0; k < maxPoints && !withinLimits(values); k++) {
      // the extreme value (and its ties) on the side of the skew move to the next value in
      int extreme = -1;
      for (int i = 0; i < values.length; i++) {
        if (!Double.isNaN(values[i])
            && (extreme < 0
                || (positive ? values[i] > values[extreme] : values[i] < values[extreme]))) {
          extreme = i;
        }
      }
      double next = Double.NaN;
      for (double x : values) {
        if (!Double.isNaN(x)
            && x != values[extreme]
            && (Double.isNaN(next) || (positive ? x > next : x < next))) {
          next = x;
        }
      }
      if (Double.isNaN(next)) {
        break;
      }
      double target = values[extreme];
      for (int i = 0; i < values.length; i++) {
        if (values[i] == target) {
          values[i] = next;
          changed[i] = true;
        }
      }
    }
    if (withinLimits(values)) {
      return Outcome.WINSORISED;
    }
    System.arraycopy(original, 0, values, 0, values.length);
    java.util.Arrays.fill(changed, false);
    double[] r = range(values);
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        values[i] = positive ? Math.log(values[i] - r[0] + 1) : -Math.log(r[1] - values[i] + 1);
      }
    }
    return Outcome.LOGGED;
  }

  boolean withinLimits(double[] v) {
    return !(Math.abs(skewness(v)) > maxSkew && kurtosis(v) > maxKurtosis);
  }

  private static double[] range(double[] v) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double x : v) {
      if (!Double.isNaN(x)) {
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
    }
    return new double[] {lo, hi};
  }

  /** Bias-corrected sample skewness G1; NaN for fewer than 3 values or zero spread. */
  public static double skewness(double[] v) {
    double[] m = moments(v);
    double n = m[0];
    if (n < 3 || m[2] == 0) {
      return Double.NaN;
    }
    double s = Math.sqrt(m[2] / (n - 1));
    return n / ((n - 1) * (n - 2)) * m[3] / (s * s * s);
  }

  /** Bias-corrected sample excess kurtosis G2; NaN for fewer than 4 values or zero spread. */
  public static double kurtosis(double[] v) {
    double[] m = moments(v);
    double n = m[0];
    if (n < 4 || m[2] == 0) {
      return Double.NaN;
    }
    double var = m[2] / (n - 1);
    return n * (n + 1) / ((n - 1) * (n - 2) * (n - 3)) * m[4] / (var * var)
        - 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3));
  }

  /** n, mean, and the sums of squared, cubed and fourth-power deviations. */
  private static double[] moments(double[] v) {
    double n = 0;
    double sum = 0;
    for (double x : v) {
      if (!Double.isNaN(x)) {
        n++;
        sum += x;
      }
    }
    double mean = sum / n;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    for (double x : v) {
      if (!Double.isNaN(x)) {
        double d = x - mean;
        s2 += d * d;
        s3 += d * d * d;
        s4 += d * d * d * d;
      }
    }
    return new double[] {n, mean, s2, s3, s4};
  }
}
