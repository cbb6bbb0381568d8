package org.aidx.pipeline.impute;

/**
 * Relative-position imputation: a missing value takes the economy's average standing on the sibling
 * indicators it has (the other children of the same parent node), measured against the average
 * economy.
 *
 * <p>Each indicator is read on a scale t: the natural log when all its present values are positive,
 * the values themselves otherwise. With m_c and s_c the mean and standard deviation of t over the
 * economies that have indicator c, and ± its direction, the economy's standing is the weighted mean
 * d = Σ w_c · ±(t_c − m_c)/s_c over its present siblings, and the missing value is t⁻¹(m_i ± d ·
 * s_i). An indicator with no spread (s = 0) contributes a standing of 0. On the raw scale (an
 * indicator with zeros) a filled value is not below the indicator's smallest present value: a
 * standing far below the mean would otherwise give a negative count (a = (10, 10, 10, 0) and b =
 * (10, 10, 0, missing): the fourth economy stands at z = −1.5 on a, which would fill b at −1.99; it
 * is filled at 0).
 *
 * <p>Why: renormalising the weights over the children present (the default for arithmetic means)
 * compares a gap with the reference economy, so under ratio normalisation and geometric means it
 * makes rankings depend on which economy is the reference. Standing measured against the average
 * economy does not: changing the reference shifts every log value of an indicator by the same
 * constant, which cancels in t − m. Example: siblings a = (1, 10, 100) and b = (2, 20, missing),
 * equal weights. On log a the third economy stands one standard deviation above the mean (z = +1);
 * log b has mean (ln 2 + ln 20)/2 = ln √40 and standard deviation ln 10/√2, so b is filled at √40 ·
 * 10^{1/√2} ≈ 32.2: as far above the average on b as the economy is on a.
 */
public final class RelativePosition {
  private RelativePosition() {}

  /**
   * Fills missing cells in place.
   *
   * @param x values, indicator × economy, NaN where missing
   * @param siblings for each indicator, the indices of the other indicators under the same parent
   * @param weights for each indicator, its weight in its parent
   * @param sign for each indicator, +1 for higher-is-better, −1 for lower-is-better
   * @param imputed set to true for every cell filled
   * @return the number of cells filled (cells whose siblings are all missing stay missing)
   */
  public static int fill(
      double[][] x, int[][] siblings, double[] weights, int[] sign, boolean[][] imputed) {
    int ni = x.length;
    boolean[] log = new boolean[ni];
    double[] mean = new double[ni];
    double[] sd = new double[ni];
    double[] lo = new double[ni];
    for (int i = 0; i < ni; i++) {
      lo[i] = Double.POSITIVE_INFINITY;
      for (double v : x[i]) {
        if (!Double.isNaN(v)) {
          lo[i] = Math.min(lo[i], v);
        }
      }
      boolean allPositive = true;
      int n = 0;
      for (double v : x[i]) {
        if (!Double.isNaN(v)) {
          n++;
          allPositive &= v > 0;
        }
      }
      log[i] = n > 0 && allPositive;
      double s = 0;
      for (double v : x[i]) {
        if (!Double.isNaN(v)) {
          s += t(v, log[i]);
        }
      }
      mean[i] = n == 0 ? Double.NaN : s / n;
      double ss = 0;
      for (double v : x[i]) {
        if (!Double.isNaN(v)) {
          double d = t(v, log[i]) - mean[i];
          ss += d * d;
        }
      }
      sd[i] = n < 2 ? 0 : Math.sqrt(ss / (n - 1));
    }
    int filled = 0;
    double[][] out = new double[ni][];
    for (int i = 0; i < ni; i++) {
      out[i] = x[i].clone();
      if (Double.isNaN(mean[i])) {
        continue;
      }
      for (int e = 0; e < x[i].length; e++) {
        if (!Double.isNaN(x[i][e])) {
          continue;
        }
        double num = 0;
        double den = 0;
        for (int c : siblings[i]) {
          double v = x[c][e];
          if (Double.isNaN(v)) {
            continue;
          }
          double z = sd[c] > 0 ? sign[c] * (t(v, log[c]) - mean[c]) / sd[c] : 0;
          num += weights[c] * z;
          den += weights[c];
        }
        if (den > 0) {
          double ti = mean[i] + sign[i] * (num / den) * sd[i];
          out[i][e] = log[i] ? Math.exp(ti) : Math.max(lo[i], ti);
          imputed[i][e] = true;
          filled++;
        }
      }
    }
    for (int i = 0; i < ni; i++) {
      x[i] = out[i];
    }
    return filled;
  }

  private static double t(double v, boolean log) {
    return log ? Math.log(v) : v;
  }
}
