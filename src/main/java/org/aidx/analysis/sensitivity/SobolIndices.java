package org.aidx.analysis.sensitivity;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.aidx.model.stats.Quantile;

/**
 * First- and total-order Sobol indices of k factors from the outputs of a {@link SaltelliDesign},
 * with bootstrap percentile intervals: the (1 − confidence)/2 and (1 + confidence)/2 quantiles
 * ({@link Quantile}, nearest rank) of the indices over the resamples.
 *
 * <ul>
 *   <li>First order, Saltelli et al. (2010): S_i = (1/N) Σ_j (f(B)_j − f̄) (f(A_B^i)_j − f(A)_j) /
 *       V, with f(B) centred on the mean f̄ of the 2N outputs of A and B (the expectation is
 *       unchanged, since f(A_B^i) and f(A) have the same mean, and the variance is smaller when f̄
 *       is large).
 *   <li>Total order, Jansen (1999): S_Ti = (1/2N) Σ_j (f(A)_j − f(A_B^i)_j)² / V.
 * </ul>
 *
 * V is the variance of the 2N outputs f(A) and f(B). Example: for f(x) = x₁ + 2x₂ on uniform
 * inputs, V₁ = 1/12 and V₂ = 4/12, so S₁ = S_T1 = 0.2 and S₂ = S_T2 = 0.8. When V is 0 (the output
 * never changes) every index is NaN.
 *
 * @param factors the factors' names
 * @param first first-order index per factor, with its interval [firstLo, firstHi]
 * @param total total-order index per factor, with its interval [totalLo, totalHi]
 * @param variance V
 * @param n base sample size N
 * @param bootstrap bootstrap resamples behind the intervals (0: intervals NaN)
 * @param confidence the intervals' coverage, e.g. 0.95
 */
public record SobolIndices(
    List<String> factors,
    double[] first,
    double[] firstLo,
    double[] firstHi,
    double[] total,
    double[] totalLo,
    double[] totalHi,
    double variance,
    int n,
    int bootstrap,
    double confidence) {
  public SobolIndices {
    factors = List.copyOf(factors);
    first = first.clone();
    firstLo = firstLo.clone();
    firstHi = firstHi.clone();
    total = total.clone();
    totalLo = totalLo.clone();
    totalHi = totalHi.clone();
  }

  @Override
  public double[] first() {
    return first.clone();
  }

  @Override
  public double[] firstLo() {
    return firstLo.clone();
  }

  @Override
  public double[] firstHi() {
    return firstHi.clone();
  }

  @Override
  public double[] total() {
    return total.clone();
  }

  @Override
  public double[] totalLo() {
    return totalLo.clone();
  }

  @Override
  public double[] totalHi() {
    return totalHi.clone();
  }

  /**
   * Estimates the indices from outputs laid out as in {@link SaltelliDesign}: {@code y[r]} is the
   * output of evaluation r.
   *
   * @param bootstrap resamples (rows drawn with replacement) for the intervals; 0 for none
   * @param seed seed of the resampling
   */
  public static SobolIndices estimate(
      List<String> factors, double[] y, int n, int bootstrap, long seed, double confidence) {
    int k = factors.size();
    if (y.length != (long) n * (k + 2)) {
      throw new IllegalArgumentException(
          "expected N(k+2) = " + (long) n * (k + 2) + " outputs, got " + y.length);
    }
    int[] rows = new int[n];
    for (int j = 0; j < n; j++) {
      rows[j] = j;
    }
    double[] s1 = new double[k];
    double[] st = new double[k];
    double v = estimate(y, n, k, rows, s1, st);
    double[] s1lo = new double[k];
    double[] s1hi = new double[k];
    double[] stlo = new double[k];
    double[] sthi = new double[k];
    Arrays.fill(s1lo, Double.NaN);
    Arrays.fill(s1hi, Double.NaN);
    Arrays.fill(stlo, Double.NaN);
    Arrays.fill(sthi, Double.NaN);
    if (bootstrap > 0 && v > 0) {
      double[][] b1 = new double[k][bootstrap];
      double[][] bt = new double[k][bootstrap];
      SplittableRandom rnd = new SplittableRandom(seed);
      double[] t1 = new double[k];
      double[] tt = new double[k];
      for (int b = 0; b < bootstrap; b++) {
        for (int j = 0; j < n; j++) {
          rows[j] = rnd.nextInt(n);
        }
        estimate(y, n, k, rows, t1, tt);
        for (int i = 0; i < k; i++) {
          b1[i][b] = t1[i];
          bt[i][b] = tt[i];
        }
      }
      double alpha = (1 - confidence) / 2;
      for (int i = 0; i < k; i++) {
        s1lo[i] = Quantile.of(b1[i], alpha);
        s1hi[i] = Quantile.of(b1[i], 1 - alpha);
        stlo[i] = Quantile.of(bt[i], alpha);
        sthi[i] = Quantile.of(bt[i], 1 - alpha);
      }
    }
    return new SobolIndices(factors, s1, s1lo, s1hi, st, stlo, sthi, v, n, bootstrap, confidence);
  }

  /** Fills s1 and st from the given rows; returns V. */
  private static double estimate(double[] y, int n, int k, int[] rows, double[] s1, double[] st) {
    int w = k + 2;
    double mean = 0;
    for (int j : rows) {
      mean += y[j * w] + y[j * w + 1];
    }
    mean /= 2.0 * n;
    double v = 0;
    for (int j : rows) {
      double a = y[j * w] - mean;
      double b = y[j * w + 1] - mean;
      v += a * a + b * b;
    }
    v /= 2.0 * n - 1;
    for (int i = 0; i < k; i++) {
      double num1 = 0;
      double numT = 0;
      for (int j : rows) {
        double fa = y[j * w];
        double fb = y[j * w + 1];
        double fab = y[j * w + 2 + i];
        num1 += (fb - mean) * (fab - fa);
        numT += (fa - fab) * (fa - fab);
      }
      s1[i] = v > 0 ? num1 / n / v : Double.NaN;
      st[i] = v > 0 ? numT / (2.0 * n) / v : Double.NaN;
    }
    return v;
  }
}
