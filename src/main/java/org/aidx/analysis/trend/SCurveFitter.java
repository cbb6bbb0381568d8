package org.aidx.analysis.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.aidx.model.InputException;
import org.aidx.model.Problem;

/**
 * Fits an S-curve family to a cumulative adoption series by nonlinear least squares
 * (Levenberg–Marquardt) from several automatic starting points, then bootstraps the residuals
 * (seeded) for intervals on every parameter, the midpoint, the knees and the forecast.
 *
 * <p>Starting points come from linearising the curve for a handful of trial saturations: for the
 * logistic ln(y/(K − y)) = r(t − t0), for Gompertz −ln(−ln(y/K)) = r(t − t0), each an ordinary
 * regression on t; Bass starts from the logistic solution (it is an affine image of one). Rates,
 * saturation and Bass's p and q are fitted on the log scale so they stay positive.
 *
 * <pre>{@code
 * SCurveFit f = SCurveFitter.of(CurveFamily.LOGISTIC).withSaturation(100).withBootstrap(200, 42)
 *     .fit(series);
 * f.knee1().year().value(); // e.g. 1914.2 for US household electrification
 * }</pre>
 *
 * <p>A fit that does not converge, or whose parameters run to the edge of their plausible range
 * (saturation above 1000 times the largest value, a rate below 0.0001 or above 20 per year), is an
 * {@link InputException} that shows the best parameters reached: never a silent result.
 */
public final class SCurveFitter {
  private static final int MAX_EVAL = 5000;
  private final CurveFamily family;
  private final double saturation;
  private final int reps;
  private final long seed;
  private final double horizon;

  private SCurveFitter(CurveFamily family, double saturation, int reps, long seed, double horizon) {
    this.family = family;
    if (!Double.isNaN(saturation) && !(saturation > 0 && Double.isFinite(saturation))) {
      throw new IllegalArgumentException("saturation must be positive, got " + saturation);
    }
    if (reps < 0) {
      throw new IllegalArgumentException("bootstrap replicates must be ≥ 0, got " + reps);
    }
    if (!(horizon >= 0 && horizon <= 200)) {
      throw new IllegalArgumentException("horizon must be 0–200 years, got " + horizon);
    }
    this.saturation = saturation;
    this.reps = reps;
    this.seed = seed;
    this.horizon = horizon;
  }

  /** A fitter with a free saturation, 200 bootstrap replicates (seed 42) and a 10-year horizon. */
  public static SCurveFitter of(CurveFamily family) {
    return new SCurveFitter(family, Double.NaN, 200, 42, 10);
  }

  /** Fixes the saturation level (e.g. 100 for a percent share). */
  public SCurveFitter withSaturation(double k) {
    return new SCurveFitter(family, k, reps, seed, horizon);
  }

  public SCurveFitter withBootstrap(int replicates, long seed) {
    return new SCurveFitter(family, saturation, replicates, seed, horizon);
  }

  /** Forecast yearly up to this many years after the last observation. */
  public SCurveFitter withHorizon(double years) {
    return new SCurveFitter(family, saturation, reps, seed, years);
  }

  public CurveFamily family() {
    return family;
  }

  /** Free parameters: the family's, less one when the saturation is fixed. */
  public int freeParameters() {
    return family.parameterNames().size() - (Double.isNaN(saturation) ? 0 : 1);
  }

  /** Points needed: the free parameters plus two, so that residuals remain to estimate noise. */
  public int minimumPoints() {
    return freeParameters() + 2;
  }

  public SCurveFit fit(Series s) {
    check(s);
    double[] t = s.times();
    double[] y = s.values();
    int n = t.length;
    boolean fixed = !Double.isNaN(saturation);
    int k = freeParameters();
    double maxY = 0;
    for (double v : y) {
      maxY = Math.max(maxY, v);
    }
    double[][] box = box(t, maxY, fixed);
    LeastSquares.Model model = (th, i) -> family.value(natural(th), t[i]);
    LeastSquares.Outcome best = null;
    for (double[] start : starts(t, y, maxY)) {
      LeastSquares.Outcome o = LeastSquares.fit(model, y, start, box[0], box[1], MAX_EVAL);
      if (best == null || better(o, best)) {
        best = o;
      }
    }
    if (best == null || !best.converged() || best.atBound()) {
      throw failure(s, best);
    }
    double[] theta = best.theta();
    double[] p = natural(theta);
    double[] fitted = new double[n];
    double[] resid = new double[n];
    for (int i = 0; i < n; i++) {
      fitted[i] = family.value(p, t[i]);
      resid[i] = (y[i] - fitted[i]) * Math.sqrt(n / (double) (n - k));
    }
    double firstAdoption = t[0];
    for (int i = 0; i < n; i++) {
      if (y[i] > 0) {
        firstAdoption = t[i];
        break;
      }
    }
    int h = (int) Math.floor(horizon);
    double last = t[n - 1];
    int np = p.length;
    // replicate columns: parameters, midpoint, knee1 year/share, knee2 year/share, forecasts
    int cols = np + 5 + h;
    double[][] rep = new double[cols][Math.max(1, reps)];
    SplittableRandom rnd = new SplittableRandom(seed);
    int used = 0;
    for (int b = 0; b < reps; b++) {
      double[] ys = new double[n];
      for (int i = 0; i < n; i++) {
        ys[i] = fitted[i] + resid[rnd.nextInt(n)];
      }
      LeastSquares.Outcome o = LeastSquares.fit(model, ys, theta, box[0], box[1], 2000);
      double[] noise = new double[h];
      for (int j = 0; j < h; j++) {
        noise[j] = resid[rnd.nextInt(n)];
      }
      if (!o.converged() || o.atBound()) {
        continue;
      }
      double[] pb = natural(o.theta());
      double[] kb = family.knees(pb);
      for (int j = 0; j < np; j++) {
        rep[j][used] = pb[j];
      }
      rep[np][used] = family.midpoint(pb);
      rep[np + 1][used] = kb[0];
      rep[np + 2][used] = family.value(pb, kb[0]);
      rep[np + 3][used] = kb[1];
      rep[np + 4][used] = family.value(pb, kb[1]);
      for (int j = 0; j < h; j++) {
        rep[np + 5 + j][used] = family.value(pb, last + j + 1) + noise[j];
      }
      used++;
    }
    List<Estimate> params = new ArrayList<>();
    for (int j = 0; j < np; j++) {
      String name = family.parameterNames().get(j);
      params.add(
          j == 0 && fixed
              ? new Estimate(name, p[0], p[0], p[0])
              : Quantiles.interval(name, p[j], rep[j], used));
    }
    double[] knees = family.knees(p);
    SCurveFit.Knee k1 =
        new SCurveFit.Knee(
            Quantiles.interval("knee1_year", knees[0], rep[np + 1], used),
            Quantiles.interval("knee1_share", family.value(p, knees[0]), rep[np + 2], used),
            knees[0] - firstAdoption);
    SCurveFit.Knee k2 =
        new SCurveFit.Knee(
            Quantiles.interval("knee2_year", knees[1], rep[np + 3], used),
            Quantiles.interval("knee2_share", family.value(p, knees[1]), rep[np + 4], used),
            knees[1] - firstAdoption);
    List<SCurveFit.Forecast> fc = new ArrayList<>();
    for (int j = 0; j < h; j++) {
      double yr = last + j + 1;
      fc.add(
          new SCurveFit.Forecast(
              yr,
              family.value(p, yr),
              Quantiles.of(rep[np + 5 + j], used, 0.025),
              Quantiles.of(rep[np + 5 + j], used, 0.975)));
    }
    double sse = best.sse();
    double ll = n * Math.log(Math.max(sse, Double.MIN_NORMAL) / n);
    List<String> notes = new ArrayList<>();
    if (reps > 0 && used < 0.8 * reps) {
      notes.add(
          String.format(
              Locale.ROOT,
              "only %d of %d bootstrap refits converged: intervals are rough",
              used,
              reps));
    }
    if (family == CurveFamily.BASS && p[2] <= p[1]) {
      notes.add("q ≤ p: adoption is fastest at launch, so the knees lie at or before the launch");
    }
    if (Double.isNaN(knees[0])) {
      notes.add("the first knee would fall before the launch: the curve has none");
    }
    if (!fixed && p[0] > 1.5 * maxY) {
      notes.add(
          String.format(
              Locale.ROOT,
              "fitted saturation %.4g is far above the largest value %.4g: it is an extrapolation;"
                  + " consider fixing it with --saturation",
              p[0],
              maxY));
    }
    return new SCurveFit(
        family,
        s.name(),
        s.unit(),
        n,
        k,
        fixed,
        params,
        sse,
        ll + 2 * (k + 1),
        ll + (k + 1) * Math.log(n),
        Quantiles.interval("midpoint", family.midpoint(p), rep[np], used),
        k1,
        k2,
        firstAdoption,
        last,
        SCurveFit.Stage.of(last, knees[0], knees[1]),
        fc,
        reps,
        used,
        seed,
        notes);
  }

  private static boolean better(LeastSquares.Outcome a, LeastSquares.Outcome b) {
    boolean okA = a.converged() && !a.atBound();
    boolean okB = b.converged() && !b.atBound();
    if (okA != okB) {
      return okA;
    }
    return a.sse() < b.sse();
  }

  private void check(Series s) {
    List<Problem> problems = new ArrayList<>();
    String where = "series '" + s.name() + "'";
    if (s.size() < minimumPoints()) {
      throw new InputException(
          where,
          String.format(
              Locale.ROOT,
              "has %d point(s); a %s fit with %d free parameters needs at least %d",
              s.size(),
              family.id(),
              freeParameters(),
              minimumPoints()),
          "use a longer series"
              + (Double.isNaN(saturation) ? ", or fix the saturation with --saturation" : ""));
    }
    for (int i = 1; i < s.size(); i++) {
      if (s.t(i) == s.t(i - 1)) {
        problems.add(
            new Problem(
                where + " point " + (i + 1),
                "duplicated date " + fmt(s.t(i)),
                "keep one value per date"));
      } else if (s.t(i) < s.t(i - 1)) {
        problems.add(
            new Problem(
                where + " point " + (i + 1),
                "date " + fmt(s.t(i)) + " comes after " + fmt(s.t(i - 1)) + ": dates are unsorted",
                "sort the rows by date"));
      }
    }
    boolean positive = false;
    for (int i = 0; i < s.size(); i++) {
      if (s.y(i) < 0) {
        problems.add(
            new Problem(
                where + " point " + (i + 1) + " (" + fmt(s.t(i)) + ")",
                "negative adoption " + s.y(i),
                "cumulative adoption must be ≥ 0"));
      }
      positive |= s.y(i) > 0;
    }
    if (!positive) {
      problems.add(new Problem(where, "every value is zero", "an S-curve needs some adoption"));
    }
    if (!Double.isNaN(saturation)) {
      for (int i = 0; i < s.size(); i++) {
        if (s.y(i) > saturation * 1.05) {
          problems.add(
              new Problem(
                  where + " point " + (i + 1) + " (" + fmt(s.t(i)) + ")",
                  "value " + s.y(i) + " exceeds the fixed saturation " + saturation,
                  "raise --saturation or leave it free"));
          break;
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }

  private InputException failure(Series s, LeastSquares.Outcome best) {
    StringBuilder b = new StringBuilder();
    if (best != null) {
      double[] p = natural(best.theta());
      for (int j = 0; j < p.length; j++) {
        b.append(j == 0 ? "" : ", ")
            .append(family.parameterNames().get(j))
            .append(" = ")
            .append(fmt(p[j]));
      }
      b.append(String.format(Locale.ROOT, " (SSE %.4g)", best.sse()));
    }
    String why =
        best == null
            ? "could not start"
            : !best.converged()
                ? "did not converge within " + MAX_EVAL + " evaluations"
                : "ran a parameter to the edge of its plausible range (the data do not pin it down)";
    return new InputException(
        family.id() + " fit of '" + s.name() + "'",
        why + "; best parameters reached: " + b,
        Double.isNaN(saturation)
            ? "fix the saturation with --saturation (e.g. 100 for a percent share), or try another"
                + " --family"
            : "try another --family, or a longer series");
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }

  /** θ (free, unconstrained) → natural parameters in the family's order. */
  private double[] natural(double[] th) {
    boolean fixed = !Double.isNaN(saturation);
    int o = fixed ? 0 : 1;
    double k = fixed ? saturation : Math.exp(th[0]);
    if (family == CurveFamily.BASS) {
      return new double[] {k, Math.exp(th[o]), Math.exp(th[o + 1]), th[o + 2]};
    }
    return new double[] {k, Math.exp(th[o]), th[o + 1]};
  }

  /** Natural parameters → θ. */
  private double[] theta(double[] p) {
    boolean fixed = !Double.isNaN(saturation);
    List<Double> v = new ArrayList<>();
    if (!fixed) {
      v.add(Math.log(p[0]));
    }
    v.add(Math.log(p[1]));
    if (family == CurveFamily.BASS) {
      v.add(Math.log(p[2]));
      v.add(p[3]);
    } else {
      v.add(p[2]);
    }
    return v.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private double[][] box(double[] t, double maxY, boolean fixed) {
    double t0 = t[0];
    double t1 = t[t.length - 1];
    List<double[]> b = new ArrayList<>(); // {lo, hi}
    if (!fixed) {
      b.add(new double[] {Math.log(maxY * 0.5), Math.log(maxY * 1000)});
    }
    b.add(new double[] {Math.log(1e-4), Math.log(20)});
    if (family == CurveFamily.BASS) {
      b.add(new double[] {Math.log(1e-9), Math.log(20)});
      b.add(new double[] {t0 - 200, t1});
    } else {
      b.add(new double[] {t0 - 200, t1 + 200});
    }
    double[][] out = new double[2][b.size()];
    for (int j = 0; j < b.size(); j++) {
      out[0][j] = b.get(j)[0];
      out[1][j] = b.get(j)[1];
    }
    return out;
  }

  private List<double[]> starts(double[] t, double[] y, double maxY) {
    double[] trial =
        Double.isNaN(saturation)
            ? new double[] {1.02, 1.1, 1.3, 1.6, 2, 3, 5}
            : new double[] {saturation / maxY};
    List<double[]> out = new ArrayList<>();
    double mid = (t[0] + t[t.length - 1]) / 2;
    for (double f : trial) {
      double k = f * maxY;
      double[] rt = linearised(t, y, k, family == CurveFamily.GOMPERTZ);
      double r = rt == null ? 4.0 / (t[t.length - 1] - t[0] + 1) : rt[0];
      double t0 = rt == null ? mid : rt[1];
      r = Math.min(19, Math.max(2e-4, r));
      if (family == CurveFamily.BASS) {
        for (double tau : new double[] {t[0] - 1, t0 - 2 * CurveFamily.LOGISTIC_KNEE / r}) {
          tau = Math.min(tau, t0 - 0.1);
          double q = Math.exp(Math.min(30, r * (t0 - tau)));
          double pp = r / (1 + q);
          out.add(theta(new double[] {k, pp, r - pp, tau}));
        }
      } else {
        out.add(theta(new double[] {k, r, t0}));
      }
    }
    return out;
  }

  /** OLS of the linearised curve on t for saturation k: {r, t0}, or null if unusable. */
  private static double[] linearised(double[] t, double[] y, double k, boolean gompertz) {
    double st = 0;
    double sz = 0;
    double stt = 0;
    double stz = 0;
    int m = 0;
    for (int i = 0; i < t.length; i++) {
      double u = y[i] / k;
      if (u <= 0 || u >= 1) {
        continue;
      }
      double z = gompertz ? -Math.log(-Math.log(u)) : Math.log(u / (1 - u));
      st += t[i];
      sz += z;
      stt += t[i] * t[i];
      stz += t[i] * z;
      m++;
    }
    if (m < 2) {
      return null;
    }
    double tb = st / m;
    double var = stt / m - tb * tb;
    if (var <= 0) {
      return null;
    }
    double slope = (stz / m - tb * sz / m) / var;
    if (!(slope > 0)) {
      return null;
    }
    double intercept = sz / m - slope * tb;
    return new double[] {slope, -intercept / slope};
  }
}
