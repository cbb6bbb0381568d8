package org.aidx.testing;

import org.aidx.framework.Aggregation;

/**
 * The weighted means written out plainly, one value at a time and sharing no code with the
 * pipeline: the test oracle's arithmetic.
 */
public final class PlainMeans {
  private PlainMeans() {}

  /**
   * Combines {@code n} values with weights; entries whose value is NaN are skipped and the weights
   * of the others renormalised. Returns NaN when no value is present. Callers check positivity
   * first where {@link Aggregation#needsPositive()}.
   */
  public static double combine(Aggregation how, double[] values, double[] weights, int n) {
    double wsum = 0;
    double acc = 0;
    for (int i = 0; i < n; i++) {
      double x = values[i];
      if (Double.isNaN(x)) {
        continue;
      }
      double w = weights[i];
      wsum += w;
      switch (how) {
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
    switch (how) {
      case ARITHMETIC:
        return acc / wsum;
      case GEOMETRIC:
        return Math.exp(acc / wsum);
      default:
        return wsum / acc;
    }
  }
}
