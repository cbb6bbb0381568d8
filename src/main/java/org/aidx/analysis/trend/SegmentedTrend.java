package org.aidx.analysis.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.aidx.model.InputException;
import org.aidx.model.Problem;

/**
 * Segmented log-linear regression: log10(y) on the date, with 0 to {@code maxBreaks} structural
 * breaks, each segment with its own intercept and slope. For every number of breaks the break
 * positions that minimise the total squared error are found exactly (dynamic programming over all
 * admissible cut points, each segment at least {@code minSegment} points, never splitting equal
 * dates); the number of breaks is the one with the lowest BIC = n·ln(SSE/n) + (3m + 3)·ln n for m
 * breaks (two coefficients per segment, one date per break, one variance). So a break is reported
 * only when it improves the fit by more than the penalty; one-trend data give none.
 *
 * <p>Per segment the slope gets a 95% percentile interval from a seeded pairs bootstrap within the
 * segment (breaks held fixed). Each break date gets one from refitting the same number of breaks to
 * bootstrap resamples of all points.
 *
 * <pre>{@code
 * GrowthFit g = SegmentedTrend.of(2).withMinSegment(10).withBootstrap(500, 42).fit(compute);
 * g.segments().get(1).doublingMonths(); // about 6 for notable-model training compute after 2010
 * }</pre>
 */
public final class SegmentedTrend {
  private final int maxBreaks;
  private final int minSegment;
  private final int reps;
  private final long seed;

  private SegmentedTrend(int maxBreaks, int minSegment, int reps, long seed) {
    if (maxBreaks < 0 || maxBreaks > 5) {
      throw new IllegalArgumentException("--max-breaks must be 0–5, got " + maxBreaks);
    }
    if (minSegment < 3) {
      throw new IllegalArgumentException("--min-segment must be at least 3, got " + minSegment);
    }
    if (reps < 0) {
      throw new IllegalArgumentException("bootstrap replicates must be ≥ 0, got " + reps);
    }
    this.maxBreaks = maxBreaks;
    this.minSegment = minSegment;
    this.reps = reps;
    this.seed = seed;
  }

  /** Up to {@code maxBreaks} breaks, segments of at least 10 points, 500 replicates, seed 42. */
  public static SegmentedTrend of(int maxBreaks) {
    return new SegmentedTrend(maxBreaks, 10, 500, 42);
  }

  public SegmentedTrend withMinSegment(int points) {
    return new SegmentedTrend(maxBreaks, points, reps, seed);
  }

  public SegmentedTrend withBootstrap(int replicates, long seed) {
    return new SegmentedTrend(maxBreaks, minSegment, replicates, seed);
  }

  /** Fits the series; its dates must be in order (equal dates allowed) and its values positive. */
  public GrowthFit fit(Series s) {
    check(s);
    int n = s.size();
    double[] t = s.times();
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      z[i] = Math.log10(s.y(i));
    }
    Sums sums = new Sums(t, z);
    List<String> notes = new ArrayList<>();
    int allowed = Math.min(maxBreaks, n / minSegment - 1);
    if (allowed < maxBreaks) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%d points allow at most %d break(s) with segments of at least %d points",
              n,
              Math.max(0, allowed),
              minSegment));
    }
    List<GrowthFit.Candidate> cands = new ArrayList<>();
    List<int[]> cuts = new ArrayList<>();
    for (int m = 0; m <= Math.max(0, allowed); m++) {
      int[] c = m == 0 ? new int[0] : bestCuts(sums, t, m);
      if (c == null) {
        break;
      }
      double sse = 0;
      int a = 0;
      for (int j = 0; j <= c.length; j++) {
        int b = j < c.length ? c[j] : n;
        sse += sums.sse(a, b);
        a = b;
      }
      double bic = n * Math.log(Math.max(sse, 1e-300) / n) + (3.0 * m + 3) * Math.log(n);
      List<Double> dates = new ArrayList<>();
      for (int cut : c) {
        dates.add((t[cut - 1] + t[cut]) / 2);
      }
      cands.add(new GrowthFit.Candidate(m, sse, bic, dates));
      cuts.add(c);
    }
    int chosen = 0;
    for (int m = 1; m < cands.size(); m++) {
      if (cands.get(m).bic() < cands.get(chosen).bic()) {
        chosen = m;
      }
    }
    int[] c = cuts.get(chosen);
    SplittableRandom rnd = new SplittableRandom(seed);
    List<GrowthFit.Segment> segs = new ArrayList<>();
    int a = 0;
    for (int j = 0; j <= c.length; j++) {
      int b = j < c.length ? c[j] : n;
      double[] ab = ols(t, z, a, b);
      double[] slopes = new double[reps];
      int used = 0;
      int len = b - a;
      double[] bt = new double[len];
      double[] bz = new double[len];
      for (int r = 0; r < reps; r++) {
        for (int i = 0; i < len; i++) {
          int pick = a + rnd.nextInt(len);
          bt[i] = t[pick];
          bz[i] = z[pick];
        }
        double[] fit = ols(bt, bz, 0, len);
        if (fit != null) {
          slopes[used++] = fit[1];
        }
      }
      segs.add(
          new GrowthFit.Segment(
              j + 1,
              t[a],
              t[b - 1],
              len,
              Quantiles.interval("slope_log10_per_year", ab[1], slopes, used),
              ab[0]));
      a = b;
    }
    List<Estimate> breakIntervals = breakIntervals(t, z, c, cands.get(chosen), rnd);
    return new GrowthFit(
        s.name(), s.unit(), n, chosen, segs, cands, breakIntervals, minSegment, reps, seed, notes);
  }

  /** Percentile intervals of the break dates over bootstrap resamples of all points. */
  private List<Estimate> breakIntervals(
      double[] t, double[] z, int[] cuts, GrowthFit.Candidate chosen, SplittableRandom rnd) {
    int m = cuts.length;
    int n = t.length;
    double[][] dates = new double[m][Math.max(1, reps)];
    int used = 0;
    for (int r = 0; m > 0 && r < reps; r++) {
      int[] pick = new int[n];
      for (int i = 0; i < n; i++) {
        pick[i] = rnd.nextInt(n);
      }
      java.util.Arrays.sort(pick); // the points are date-sorted, so sorted indices keep date order
      double[] bt = new double[n];
      double[] bz = new double[n];
      for (int i = 0; i < n; i++) {
        bt[i] = t[pick[i]];
        bz[i] = z[pick[i]];
      }
      int[] bc = bestCuts(new Sums(bt, bz), bt, m);
      if (bc == null) {
        continue;
      }
      for (int j = 0; j < m; j++) {
        dates[j][used] = (bt[bc[j] - 1] + bt[bc[j]]) / 2;
      }
      used++;
    }
    List<Estimate> out = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      out.add(Quantiles.interval("break_" + (j + 1), chosen.breakDates().get(j), dates[j], used));
    }
    return out;
  }

  private void check(Series s) {
    String where = "series '" + s.name() + "'";
    if (s.size() < 3) {
      throw new InputException(
          where,
          "has " + s.size() + " point(s); a log-linear trend needs at least 3",
          "add points or widen the date range (--from)");
    }
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      if (!(s.y(i) > 0)) {
        problems.add(
            new Problem(
                where + " point " + (i + 1) + " (" + DecimalYear.month(s.t(i)) + ")",
                "value " + s.y(i) + " is not positive; a log-linear fit needs values > 0",
                "remove the point or correct the value"));
      }
      if (i > 0 && s.t(i) < s.t(i - 1)) {
        problems.add(
            new Problem(
                where + " point " + (i + 1),
                "date "
                    + DecimalYear.month(s.t(i))
                    + " comes after "
                    + DecimalYear.month(s.t(i - 1))
                    + ": dates are unsorted",
                "sort the rows by date"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    if (s.t(0) == s.t(s.size() - 1)) {
      throw new InputException(where, "every point has the same date", "give points over time");
    }
  }

  /** The m cut positions (start index of segments 2..m+1) minimising total SSE, or null. */
  private int[] bestCuts(Sums sums, double[] t, int m) {
    int n = t.length;
    double inf = Double.POSITIVE_INFINITY;
    double[][] cost = new double[m + 1][n + 1];
    int[][] from = new int[m + 1][n + 1];
    for (double[] row : cost) {
      java.util.Arrays.fill(row, inf);
    }
    for (int b = minSegment; b <= n; b++) {
      if (b == n || t[b - 1] < t[b]) {
        cost[0][b] = sums.sse(0, b);
      }
    }
    for (int j = 1; j <= m; j++) {
      for (int b = (j + 1) * minSegment; b <= n; b++) {
        if (b < n && !(t[b - 1] < t[b])) {
          continue;
        }
        for (int a = j * minSegment; a <= b - minSegment; a++) {
          if (cost[j - 1][a] == inf || !(t[a - 1] < t[a])) {
            continue;
          }
          double v = cost[j - 1][a] + sums.sse(a, b);
          if (v < cost[j][b]) {
            cost[j][b] = v;
            from[j][b] = a;
          }
        }
      }
    }
    if (cost[m][n] == inf) {
      return null;
    }
    int[] cuts = new int[m];
    int b = n;
    for (int j = m; j >= 1; j--) {
      cuts[j - 1] = from[j][b];
      b = from[j][b];
    }
    return cuts;
  }

  /** OLS of z on t over [a, b): {intercept, slope}, or null if the dates do not vary. */
  static double[] ols(double[] t, double[] z, int a, int b) {
    int m = b - a;
    double tb = 0;
    double zb = 0;
    for (int i = a; i < b; i++) {
      tb += t[i];
      zb += z[i];
    }
    tb /= m;
    zb /= m;
    double stt = 0;
    double stz = 0;
    for (int i = a; i < b; i++) {
      stt += (t[i] - tb) * (t[i] - tb);
      stz += (t[i] - tb) * (z[i] - zb);
    }
    if (!(stt > 0)) {
      return null;
    }
    double slope = stz / stt;
    return new double[] {zb - slope * tb, slope};
  }

  /** Prefix sums (dates centred for accuracy) giving any segment's OLS residual SSE in O(1). */
  private static final class Sums {
    final double[] st;
    final double[] sz;
    final double[] stt;
    final double[] szz;
    final double[] stz;

    Sums(double[] t, double[] z) {
      int n = t.length;
      double c = 0;
      for (double v : t) {
        c += v / n;
      }
      st = new double[n + 1];
      sz = new double[n + 1];
      stt = new double[n + 1];
      szz = new double[n + 1];
      stz = new double[n + 1];
      for (int i = 0; i < n; i++) {
        double u = t[i] - c;
        st[i + 1] = st[i] + u;
        sz[i + 1] = sz[i] + z[i];
        stt[i + 1] = stt[i] + u * u;
        szz[i + 1] = szz[i] + z[i] * z[i];
        stz[i + 1] = stz[i] + u * z[i];
      }
    }

    double sse(int a, int b) {
      int m = b - a;
      double su = st[b] - st[a];
      double sv = sz[b] - sz[a];
      double cuu = (stt[b] - stt[a]) - su * su / m;
      double cvv = (szz[b] - szz[a]) - sv * sv / m;
      double cuv = (stz[b] - stz[a]) - su * sv / m;
      if (cuu <= 1e-12) {
        return Double.POSITIVE_INFINITY;
      }
      return Math.max(0, cvv - cuv * cuv / cuu);
    }
  }
}
