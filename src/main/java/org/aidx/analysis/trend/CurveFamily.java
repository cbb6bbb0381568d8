package org.aidx.analysis.trend;

import java.util.List;
import java.util.Locale;

/**
 * S-curve families for cumulative adoption, each with its midpoint (inflection) and its two knees,
 * the extrema of the second derivative where diffusion turns from slow to fast and from fast to
 * saturating. Parameters, in this order:
 *
 * <ul>
 *   <li>{@link #LOGISTIC}: y = K / (1 + e^(−r(t − t0))); [K, r, t0]. Inflection at t0 (K/2); knees
 *       at t0 ∓ ln(2 + √3)/r, at (3 ∓ √3)/6 of K, i.e. 21.1% and 78.9%. Example: K = 100, r = 0.5,
 *       t0 = 1950 → knees 1947.37 and 1952.63.
 *   <li>{@link #GOMPERTZ}: y = K·e^(−e^(−r(t − t0))); [K, r, t0]. Inflection at t0 (K/e = 36.8%).
 *       With u = e^(−r(t − t0)), y'' ∝ e^(−u)·u·(u − 1) and y''' ∝ e^(−u)·u·(u² − 3u + 1), so the
 *       knees are at u = (3 ± √5)/2: t0 ∓ ln((3 + √5)/2)/r = t0 ∓ 0.9624/r, at 7.3% and 68.2% of K.
 *   <li>{@link #BASS}: y = m·(1 − e^(−(p+q)(t − τ))) / (1 + (q/p)·e^(−(p+q)(t − τ))); [m, p, q, τ]
 *       with τ the launch date (y(τ) = 0), fitted. With s = p + q and Q = q/p this is an affine
 *       image of a logistic, y = m((1 + Q)·L − 1)/Q with L = 1/(1 + Q·e^(−s(t − τ))), so its
 *       inflection is the logistic's, τ + ln(q/p)/s, and its knees are that ∓ ln(2 + √3)/s. When q
 *       ≤ p the inflection falls at or before τ (adoption is fastest at launch).
 * </ul>
 */
public enum CurveFamily {
  LOGISTIC(List.of("saturation", "rate", "midpoint")) {
    @Override
    public double value(double[] p, double t) {
      return p[0] / (1 + Math.exp(-p[1] * (t - p[2])));
    }

    @Override
    public double rate(double[] p) {
      return p[1];
    }

    @Override
    public double midpoint(double[] p) {
      return p[2];
    }

    @Override
    public double[] knees(double[] p) {
      double d = LOGISTIC_KNEE / p[1];
      return new double[] {p[2] - d, p[2] + d};
    }
  },
  GOMPERTZ(List.of("saturation", "rate", "midpoint")) {
    @Override
    public double value(double[] p, double t) {
      return p[0] * Math.exp(-Math.exp(-p[1] * (t - p[2])));
    }

    @Override
    public double rate(double[] p) {
      return p[1];
    }

    @Override
    public double midpoint(double[] p) {
      return p[2];
    }

    @Override
    public double[] knees(double[] p) {
      double d = GOMPERTZ_KNEE / p[1];
      return new double[] {p[2] - d, p[2] + d};
    }
  },
  BASS(List.of("saturation", "innovation_p", "imitation_q", "launch")) {
    @Override
    public double value(double[] p, double t) {
      double s = p[1] + p[2];
      double z = Math.exp(-s * (t - p[3]));
      return p[0] * (1 - z) / (1 + (p[2] / p[1]) * z);
    }

    @Override
    public double rate(double[] p) {
      return p[1] + p[2];
    }

    @Override
    public double midpoint(double[] p) {
      return p[3] + Math.log(p[2] / p[1]) / (p[1] + p[2]);
    }

    @Override
    public double[] knees(double[] p) {
      double m = midpoint(p);
      double d = LOGISTIC_KNEE / (p[1] + p[2]);
      // the curve starts at its launch τ: a knee before it does not exist (NaN)
      return new double[] {m - d < p[3] ? Double.NaN : m - d, m + d < p[3] ? Double.NaN : m + d};
    }
  };

  /** ln(2 + √3) ≈ 1.3170: the logistic's knees lie this many 1/r from its midpoint. */
  public static final double LOGISTIC_KNEE = Math.log(2 + Math.sqrt(3));

  /** ln((3 + √5)/2) ≈ 0.9624: the Gompertz curve's knees lie this many 1/r from its inflection. */
  public static final double GOMPERTZ_KNEE = Math.log((3 + Math.sqrt(5)) / 2);

  private final List<String> parameterNames;

  CurveFamily(List<String> parameterNames) {
    this.parameterNames = parameterNames;
  }

  /** The curve at time t for parameters p (in {@link #parameterNames()} order). */
  public abstract double value(double[] p, double t);

  /** The speed of diffusion: r, or p + q for Bass. */
  public abstract double rate(double[] p);

  /** The inflection point, where adoption grows fastest. */
  public abstract double midpoint(double[] p);

  /** The two knees (extrema of the second derivative), earlier first; NaN where none exists. */
  public abstract double[] knees(double[] p);

  public List<String> parameterNames() {
    return parameterNames;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The family with this id (logistic, gompertz, bass). */
  public static CurveFamily parse(String id) {
    for (CurveFamily f : values()) {
      if (f.id().equalsIgnoreCase(id.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown curve family '" + id + "': use logistic, gompertz, bass or all");
  }
}
