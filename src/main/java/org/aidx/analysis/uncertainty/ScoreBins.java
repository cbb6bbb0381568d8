package org.aidx.analysis.uncertainty;

import java.util.ArrayList;
import java.util.List;
import org.aidx.model.stats.Quantile;

/**
 * Index scores and gaps to the reference of many replications as fixed fine bins per economy, so
 * that their quantiles need memory independent of the number of replications. The bins of economy e
 * span the range [min, max] its score (or gap) took in the first replications (the pilot), widened
 * by a quarter of that range on each side, in {@value #BINS} equal bins, plus one bin below and one
 * above; the exact minimum and maximum are kept too. Counts are integers, so merging the bins of
 * several threads is exact and the result does not depend on how replications were spread.
 *
 * <p>A quantile q_p ({@link Quantile}: the ⌈pN⌉-th smallest) is read from the bin holding it,
 * interpolating by count inside that bin, and clamped to [min, max]: it lies within one bin of the
 * exact quantile. On linear bins that is 1.5 × pilot range / {@value #BINS} = 1/2731 of the pilot
 * range: pilot scores spanning [40, 42.731] give bins 0.001 wide from 39.32 to 43.41, and every
 * score quantile is within 0.001 of the exact one. On logarithmic bins (see {@link Ranges}) it is a
 * relative 1.5 · ln 2 · (log2(max / min) + 1) / {@value #BINS} ≈ 0.00025 · (log2(max / min) + 1):
 * pilot scores spanning [0.2, 42] give quantiles within 0.22% of the exact ones. A quantile that
 * falls below or above the bins (more than a quarter range beyond the pilot) is the exact minimum
 * or maximum and is reported by {@link #outside}.
 */
final class ScoreBins {
  /** Bins per economy between the widened pilot bounds. */
  static final int BINS = 4096;

  private static final int STRIDE = BINS + 2;

  /**
   * Per economy, for score and gap: the lower edge of bin 1 and the inverse of the bin width, and
   * whether the bins are logarithmic. Bins are logarithmic when every pilot value is positive and
   * the largest is more than twice the smallest (e.g. scores of min-max and frontier
   * normalisations, two orders of magnitude apart); their edges are then in units of the value's
   * float bits, which grow with its binary logarithm (2^23 per doubling), and a value that is not
   * positive falls below them.
   */
  record Ranges(
      double[] lo,
      double[] inv,
      boolean[] log,
      double[] gapLo,
      double[] gapInv,
      boolean[] gapLog) {}

  private final Ranges ranges;
  private final int ne;
  private final int[] score;
  private final int[] gap;
  private final double[] min;
  private final double[] max;
  private final double[] gapMin;
  private final double[] gapMax;
  private final boolean[] outsideAt;

  ScoreBins(Ranges r) {
    this.ranges = r;
    this.ne = r.lo().length;
    score = new int[ne * STRIDE];
    gap = r.gapLo() == null ? null : new int[ne * STRIDE];
    min = filled(ne, Double.POSITIVE_INFINITY);
    max = filled(ne, Double.NEGATIVE_INFINITY);
    gapMin = filled(ne, Double.POSITIVE_INFINITY);
    gapMax = filled(ne, Double.NEGATIVE_INFINITY);
    outsideAt = new boolean[ne];
  }

  private static double[] filled(int n, double v) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, v);
    return a;
  }

  /**
   * The bins' ranges from the pilot's scores, economy-major ({@code scores[e * pilot + r]}, NaN
   * where missing); gap ranges only when {@code ref} ≥ 0.
   */
  static Ranges ranges(float[] scores, int pilot, int ne, int ref) {
    double[] lo = new double[ne];
    double[] inv = new double[ne];
    boolean[] log = new boolean[ne];
    double[] glo = ref >= 0 ? new double[ne] : null;
    double[] ginv = ref >= 0 ? new double[ne] : null;
    boolean[] glog = ref >= 0 ? new boolean[ne] : null;
    float[] g = new float[pilot];
    for (int e = 0; e < ne; e++) {
      range(scores, e * pilot, pilot, lo, inv, log, e);
      if (ref >= 0) {
        for (int r = 0; r < pilot; r++) {
          g[r] = scores[ref * pilot + r] - scores[e * pilot + r];
        }
        range(g, 0, pilot, glo, ginv, glog, e);
      }
    }
    return new Ranges(lo, inv, log, glo, ginv, glog);
  }

  /** The position of a positive value on logarithmic bins: its float bits, monotone in it. */
  private static double key(double v) {
    return v > 0 ? Float.floatToRawIntBits((float) v) : -1;
  }

  private static void range(
      float[] v, int from, int n, double[] lo, double[] inv, boolean[] log, int e) {
    double a = Double.POSITIVE_INFINITY;
    double b = Double.NEGATIVE_INFINITY;
    for (int r = from; r < from + n; r++) {
      float x = v[r];
      if (x == x) {
        a = Math.min(a, x);
        b = Math.max(b, x);
      }
    }
    double span;
    double low;
    if (a > b) {
      // never present in the pilot: any bins will do, every later value is outside or in them
      low = 0;
      span = 1;
    } else if (a == b) {
      // constant in the pilot (e.g. the reference's own gap): a narrow range around the value
      span = Math.max(Math.abs(a), Double.MIN_NORMAL) * 1e-6;
      low = a - span / 2;
    } else if (a > 0 && b > 2 * a) {
      log[e] = true;
      double ka = key(a);
      double kb = key(b);
      span = 1.5 * (kb - ka);
      low = ka - (kb - ka) / 4;
    } else {
      span = 1.5 * (b - a);
      low = a - (b - a) / 4;
    }
    lo[e] = low;
    inv[e] = BINS / span;
  }

  private static int bin(double x, double lo, double inv, boolean log) {
    double t = ((log ? key(x) : x) - lo) * inv;
    return t < 0 ? 0 : t >= BINS ? BINS + 1 : 1 + (int) t;
  }

  /** Adds one replication's index scores (NaN where missing) and, with a reference, its gaps. */
  void add(double[] x, int ref) {
    double[] lo = ranges.lo();
    double[] inv = ranges.inv();
    boolean[] log = ranges.log();
    for (int e = 0; e < ne; e++) {
      double v = x[e];
      if (v == v) {
        score[e * STRIDE + bin(v, lo[e], inv[e], log[e])]++;
        if (v < min[e]) {
          min[e] = v;
        }
        if (v > max[e]) {
          max[e] = v;
        }
      }
    }
    if (ref >= 0) {
      double base = x[ref];
      double[] glo = ranges.gapLo();
      double[] ginv = ranges.gapInv();
      boolean[] glog = ranges.gapLog();
      for (int e = 0; e < ne; e++) {
        double d = base - x[e];
        if (d == d) {
          gap[e * STRIDE + bin(d, glo[e], ginv[e], glog[e])]++;
          if (d < gapMin[e]) {
            gapMin[e] = d;
          }
          if (d > gapMax[e]) {
            gapMax[e] = d;
          }
        }
      }
    }
  }

  /** Adds the pilot's replications, kept as floats, economy-major. */
  void addPilot(float[] scores, int pilot, int ref) {
    double[] x = new double[ne];
    for (int r = 0; r < pilot; r++) {
      for (int e = 0; e < ne; e++) {
        x[e] = scores[e * pilot + r];
      }
      add(x, ref);
    }
  }

  /** Adds the counts, minima and maxima of bins with the same ranges. */
  void merge(ScoreBins o) {
    for (int k = 0; k < score.length; k++) {
      score[k] += o.score[k];
    }
    if (gap != null) {
      for (int k = 0; k < gap.length; k++) {
        gap[k] += o.gap[k];
      }
    }
    for (int e = 0; e < ne; e++) {
      min[e] = Math.min(min[e], o.min[e]);
      max[e] = Math.max(max[e], o.max[e]);
      gapMin[e] = Math.min(gapMin[e], o.gapMin[e]);
      gapMax[e] = Math.max(gapMax[e], o.gapMax[e]);
    }
  }

  /** Median, 5th and 95th percentile of economy e's scores (or gaps), with the nominal value. */
  UncertaintySummary.Spread spread(int e, boolean ofGap, double nominal) {
    int[] c = ofGap ? gap : score;
    long n = 0;
    for (int b = 0; b < STRIDE; b++) {
      n += c[e * STRIDE + b];
    }
    if (n == 0) {
      return new UncertaintySummary.Spread(nominal, Double.NaN, Double.NaN, Double.NaN);
    }
    return new UncertaintySummary.Spread(
        nominal,
        quantile(e, ofGap, n, 0.5),
        quantile(e, ofGap, n, 0.05),
        quantile(e, ofGap, n, 0.95));
  }

  /** The p-quantile ({@link Quantile}: the ⌈pN⌉-th smallest) of n counted values of economy e. */
  double quantile(int e, boolean ofGap, long n, double p) {
    int[] c = ofGap ? gap : score;
    double lo = ofGap ? ranges.gapLo()[e] : ranges.lo()[e];
    double inv = ofGap ? ranges.gapInv()[e] : ranges.inv()[e];
    boolean log = ofGap ? ranges.gapLog()[e] : ranges.log()[e];
    double least = ofGap ? gapMin[e] : min[e];
    double most = ofGap ? gapMax[e] : max[e];
    long target = Quantile.rank(n, p);
    long before = 0;
    int at = e * STRIDE;
    for (int b = 0; b < STRIDE; b++) {
      int k = c[at + b];
      if (before + k >= target) {
        if (b == 0 || b == BINS + 1) {
          outsideAt[e] = true;
          return b == 0 ? least : most;
        }
        double x = lo + ((b - 1) + (target - before - 0.5) / k) / inv;
        if (log) {
          x = Float.intBitsToFloat((int) x);
        }
        return Math.max(least, Math.min(most, x));
      }
      before += k;
    }
    throw new IllegalStateException("quantile beyond the counted values");
  }

  /** What a reader must know about quantiles from bins. */
  String note(int pilot) {
    return "score and gap quantiles come from "
        + BINS
        + " bins per economy spanning the range of the first "
        + pilot
        + " replications widened by a quarter on each side (logarithmic when those are positive"
        + " and span more than a factor of 2): each is within one bin of the exact nearest-rank"
        + " quantile, 1/2731 of that range on linear bins, a relative 0.00025 × (log2(max/min) +"
        + " 1) on logarithmic ones";
  }

  /** A note naming the economies one of whose quantiles fell outside the bins, or null. */
  String outside(List<String> economies) {
    List<String> names = new ArrayList<>();
    for (int e = 0; e < ne; e++) {
      if (outsideAt[e]) {
        names.add(economies.get(e));
      }
    }
    return names.isEmpty()
        ? null
        : "a score or gap quantile of "
            + String.join(", ", names)
            + " lies beyond its bins (more than a quarter of the first replications' range outside"
            + " it) and is given as the exact minimum or maximum";
  }
}
