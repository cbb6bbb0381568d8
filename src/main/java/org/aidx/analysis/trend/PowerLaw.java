package org.aidx.analysis.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.aidx.model.InputException;
import org.aidx.model.Problem;

/**
 * Power-law scaling fits in log space, with a seeded pairs bootstrap for 95% intervals.
 *
 * <ul>
 *   <li>y = a·x^b: ordinary least squares of ln y on ln x. Example: (1, 2), (10, 20), (100, 200) →
 *       a = 2, b = 1.
 *   <li>y = a·x^b + c (irreducible term c > 0, e.g. a loss floor): Levenberg–Marquardt on ln y −
 *       ln(a·x^b + c), started from the plain fit with c at half the smallest y.
 * </ul>
 */
public final class PowerLaw {
  private final boolean irreducible;
  private final int reps;
  private final long seed;

  private PowerLaw(boolean irreducible, int reps, long seed) {
    if (reps < 0) {
      throw new IllegalArgumentException("bootstrap replicates must be ≥ 0, got " + reps);
    }
    this.irreducible = irreducible;
    this.reps = reps;
    this.seed = seed;
  }

  /** y = a·x^b, 500 bootstrap replicates, seed 42. */
  public static PowerLaw of() {
    return new PowerLaw(false, 500, 42);
  }

  public PowerLaw withIrreducible(boolean on) {
    return new PowerLaw(on, reps, seed);
  }

  public PowerLaw withBootstrap(int replicates, long seed) {
    return new PowerLaw(irreducible, replicates, seed);
  }

  /** Points needed: parameters + 2. */
  public int minimumPoints() {
    return irreducible ? 5 : 4;
  }

  public PowerLawFit fit(String xName, String yName, double[] x, double[] y) {
    check(xName, yName, x, y);
    int n = x.length;
    double[] lx = new double[n];
    double[] ly = new double[n];
    for (int i = 0; i < n; i++) {
      lx[i] = Math.log(x[i]);
      ly[i] = Math.log(y[i]);
    }
    boolean[] edge = {false};
    double[] est = solve(lx, ly, x, y, null, edge);
    if (est == null) {
      throw new InputException(
          yName + " against " + xName,
          "the power law with an irreducible term did not converge",
          "fit without --irreducible, or give more points");
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    double[][] rep = new double[3][Math.max(1, reps)];
    int used = 0;
    double[] bx = new double[n];
    double[] by = new double[n];
    double[] blx = new double[n];
    double[] bly = new double[n];
    for (int r = 0; r < reps; r++) {
      for (int i = 0; i < n; i++) {
        int k = rnd.nextInt(n);
        bx[i] = x[k];
        by[i] = y[k];
        blx[i] = lx[k];
        bly[i] = ly[k];
      }
      double[] e = solve(blx, bly, bx, by, est, new boolean[1]);
      if (e != null) {
        rep[0][used] = e[0];
        rep[1][used] = e[1];
        rep[2][used] = e[2];
        used++;
      }
    }
    double ssr = 0;
    double mean = 0;
    for (double v : ly) {
      mean += v / n;
    }
    double sst = 0;
    for (int i = 0; i < n; i++) {
      double f = Math.log(est[0] * Math.pow(x[i], est[1]) + est[2]);
      ssr += (ly[i] - f) * (ly[i] - f);
      sst += (ly[i] - mean) * (ly[i] - mean);
    }
    List<String> notes = new ArrayList<>();
    if (reps > 0 && used < 0.8 * reps) {
      notes.add(
          String.format(
              Locale.ROOT,
              "only %d of %d bootstrap refits succeeded: rough intervals",
              used,
              reps));
    }
    if (edge[0]) {
      notes.add(
          "the irreducible term ran to the edge of its range (c → 0 or c → min y): the data do not"
              + " support it; prefer the fit without --irreducible");
    }
    int k = irreducible ? 3 : 2;
    return new PowerLawFit(
        xName,
        yName,
        n,
        Quantiles.interval("a", est[0], rep[0], used),
        Quantiles.interval("b", est[1], rep[1], used),
        irreducible ? Quantiles.interval("c", est[2], rep[2], used) : Estimate.point("c", 0),
        irreducible,
        sst > 0 ? 1 - ssr / sst : Double.NaN,
        Math.sqrt(ssr / Math.max(1, n - k)),
        reps,
        used,
        seed,
        notes);
  }

  /** {a, b, c} (c = 0 without the irreducible term), or null when the fit fails. */
  private double[] solve(
      double[] lx, double[] ly, double[] x, double[] y, double[] start, boolean[] edge) {
    double[] ab = SegmentedTrend.ols(lx, ly, 0, lx.length);
    if (ab == null) {
      return null;
    }
    if (!irreducible) {
      return new double[] {Math.exp(ab[0]), ab[1], 0};
    }
    double minY = Double.POSITIVE_INFINITY;
    for (double v : y) {
      minY = Math.min(minY, v);
    }
    double[] th =
        start != null
            ? new double[] {Math.log(start[0]), start[1], Math.log(start[2])}
            : new double[] {ab[0], ab[1], Math.log(minY / 2)};
    LeastSquares.Model m =
        (p, i) -> Math.log(Math.exp(p[0]) * Math.pow(x[i], p[1]) + Math.exp(p[2]));
    double[] lo = {-700, -50, Math.log(minY) - 40};
    double[] hi = {700, 50, Math.log(minY) + 1e-9};
    LeastSquares.Outcome o = LeastSquares.fit(m, ly, th, lo, hi, 5000);
    if (!o.converged()) {
      return null;
    }
    edge[0] = o.atBound();
    double[] p = o.theta();
    return new double[] {Math.exp(p[0]), p[1], Math.exp(p[2])};
  }

  private void check(String xName, String yName, double[] x, double[] y) {
    String where = yName + " against " + xName;
    if (x.length < minimumPoints()) {
      throw new InputException(
          where,
          "has "
              + x.length
              + " point(s) with both values; a power law"
              + (irreducible ? " with an irreducible term" : "")
              + " needs at least "
              + minimumPoints(),
          "use more points");
    }
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (!(x[i] > 0) || !(y[i] > 0)) {
        problems.add(
            new Problem(
                where + " point " + (i + 1),
                "(" + x[i] + ", " + y[i] + ") is not positive; a log-log fit needs x > 0 and y > 0",
                "remove or correct the point"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }
}
