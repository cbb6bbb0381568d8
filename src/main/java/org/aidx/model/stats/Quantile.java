package org.aidx.model.stats;

import org.hipparchus.stat.descriptive.rank.Percentile;
import org.hipparchus.stat.descriptive.rank.Percentile.EstimationType;
import org.hipparchus.stat.ranking.NaNStrategy;

/**
 * The one quantile definition of aidx, for robustness, panel and trend intervals, Sobol bootstrap
 * intervals and map classes alike: the p-quantile of N values is the k-th smallest of them, with k
 * = ⌈p·N⌉ (at least 1). This is the nearest-rank quantile, the inverse of the empirical
 * distribution function: Hyndman and Fan's type 1, Hipparchus' {@link EstimationType#R_1}, which
 * computes it ({@link Percentile}).
 *
 * <p>Why nearest rank and not linear interpolation between order statistics (type 7, the default of
 * R and NumPy): the quantile is always one of the values, so a rank quantile is a rank some
 * replication gave (never 2.7 between ranks 2 and 3); it can be read exactly from counts, so
 * histograms of ranks and bins of scores (which keep memory independent of the number of
 * replications and merge exactly across threads) give the same quantile as the values themselves;
 * and robustness, panel, trend and sensitivity intervals then follow one definition (the panel's
 * and robustness's used to differ). The two definitions differ by less than one order statistic: on
 * the shipped data the switch moved the panel's 90% intervals of 2 of 19 economies by 0.1 point and
 * some trend and Sobol bootstrap intervals in their last printed digit.
 *
 * <p>Example: of (1, 2, 3, 4), the median (p = 0.5) is the 2nd smallest, 2; p = 0.95 gives the
 * ⌈3.8⌉ = 4th, 4; p = 0.05 the 1st, 1. Type 7 would give 2.5, 3.85 and 1.15. Of (1, 2, 3, 4, 5) the
 * 5% quantile is 1 (type 7: 1.2).
 *
 * <p>Missing values: NaN stands for a missing value in aidx, so NaNs are removed before counting
 * ({@link NaNStrategy#REMOVED}) and N is the number of values present; with none the quantile is
 * NaN. An infinite value is refused: Percentile forms even a nearest-rank estimate as lower + 0 ·
 * (upper − lower), which is NaN next to an infinity, and every caller drops non-finite replicates
 * (a fit that diverged) or stops on them (an overflowing score) before asking for a quantile.
 *
 * <p>p·N is computed as {@link Percentile} computes it (p as a percentage, divided by 100, times
 * N), so that {@link #rank} and Percentile agree to the last bit, even where p·N is an integer.
 */
public final class Quantile {
  private Quantile() {}

  /** The estimation type behind every quantile: nearest rank, k = ⌈p·N⌉. */
  public static final EstimationType ESTIMATION = EstimationType.R_1;

  /** How missing values are treated: left out before counting. */
  public static final NaNStrategy NAN_STRATEGY = NaNStrategy.REMOVED;

  private static Percentile percentile() {
    return new Percentile().withEstimationType(ESTIMATION).withNaNStrategy(NAN_STRATEGY);
  }

  /**
   * The p-quantile of the values present (not NaN); NaN when none is. Does not change {@code
   * values}.
   *
   * @throws IllegalArgumentException when a value is infinite or p is not in (0, 1]
   * @param p in (0, 1]
   */
  public static double of(double[] values, double p) {
    return of(values, 0, values.length, p);
  }

  /** The p-quantile of {@code values[from .. from + length)}, as {@link #of(double[], double)}. */
  public static double of(double[] values, int from, int length, double p) {
    finite(values, from, length);
    return percentile().evaluate(values, from, length, percent(p));
  }

  /** Several quantiles of the same values, in the order of {@code ps}. */
  public static double[] of(double[] values, double... ps) {
    finite(values, 0, values.length);
    Percentile q = percentile();
    q.setData(values);
    double[] out = new double[ps.length];
    for (int t = 0; t < ps.length; t++) {
      out[t] = q.evaluate(percent(ps[t]));
    }
    return out;
  }

  /**
   * The 1-based rank k of the p-quantile among n values: ⌈p·N⌉, between 1 and n. For readers of
   * counts (histograms, bins), which find the k-th smallest value themselves.
   *
   * @param n the number of values present, at least 1
   * @param p in (0, 1]
   */
  public static long rank(long n, double p) {
    if (n < 1) {
      throw new IllegalArgumentException("a quantile needs at least one value, got n = " + n);
    }
    // Percentile's R_1: index = n·q + 0.5, estimate at position ⌈index − 0.5⌉ (1-based, clamped)
    double q = percent(p) / 100;
    double k = Math.ceil((n * q + 0.5) - 0.5);
    return k < 1 ? 1 : k >= n ? n : (long) k;
  }

  /**
   * The position of the p-quantile among counted values: the smallest b in [from, counts.length)
   * with counts[from] + … + counts[b] ≥ {@link #rank}(n, p), where n is the total count from {@code
   * from}; -1 when nothing is counted. Example: counts (0, 2, 0, 1, 1) from 1 (the values 1, 1, 3,
   * 4): the median is at 1, the 95% quantile at 4.
   */
  public static int position(int[] counts, int from, double p) {
    long n = 0;
    for (int b = from; b < counts.length; b++) {
      n += counts[b];
    }
    if (n == 0) {
      return -1;
    }
    long k = rank(n, p);
    long c = 0;
    for (int b = from; b < counts.length; b++) {
      c += counts[b];
      if (c >= k) {
        return b;
      }
    }
    throw new IllegalStateException("unreachable: rank " + k + " of " + n + " counted values");
  }

  private static void finite(double[] values, int from, int length) {
    for (int i = from; i < from + length; i++) {
      if (Double.isInfinite(values[i])) {
        throw new IllegalArgumentException(
            "a quantile needs finite values (or NaN for missing ones), got "
                + values[i]
                + " at position "
                + i);
      }
    }
  }

  private static double percent(double p) {
    if (!(p > 0 && p <= 1)) {
      throw new IllegalArgumentException("a quantile's p must be in (0, 1], got " + p);
    }
    return p * 100;
  }
}
