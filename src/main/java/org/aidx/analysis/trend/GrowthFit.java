package org.aidx.analysis.trend;

import java.util.List;

/**
 * A log-linear trend, log10(y) = a + b·t, fitted piecewise between structural breaks chosen from
 * the data.
 *
 * @param candidates the fit with 0, 1, … breaks and its BIC; the chosen one has the lowest BIC
 * @param breaks the number of breaks chosen
 * @param breakIntervals each chosen break date with a 95% interval from refitting bootstrap
 *     resamples of all points with the same number of breaks
 */
public record GrowthFit(
    String series,
    String unit,
    int n,
    int breaks,
    List<Segment> segments,
    List<Candidate> candidates,
    List<Estimate> breakIntervals,
    int minSegment,
    int bootstrapReps,
    long seed,
    List<String> notes) {
  public GrowthFit {
    segments = List.copyOf(segments);
    candidates = List.copyOf(candidates);
    breakIntervals = List.copyOf(breakIntervals);
    notes = List.copyOf(notes);
  }

  private static final double LOG10_2 = Math.log10(2);

  /**
   * One segment: its first and last observation dates, points, slope b in orders of magnitude
   * (log10) per year with a 95% bootstrap interval, and intercept a.
   *
   * <p>Doubling time (months) = 12·log10(2)/b; ×/year = 10^b; for a falling quantity, halving time
   * = 12·log10(2)/(−b) and annual decline = 1 − 10^b. Example: b = 0.6 OOM/year → 6.02 months
   * doubling, ×3.98 per year.
   */
  public record Segment(
      int number, double start, double end, int n, Estimate slope, double intercept) {
    public double doublingMonths() {
      return months(slope.value());
    }

    /** Doubling-time interval from the slope interval (a steeper slope is a shorter doubling). */
    public double[] doublingInterval() {
      return new double[] {months(slope.hi()), months(slope.lo())};
    }

    public double halvingMonths() {
      return months(-slope.value());
    }

    public double[] halvingInterval() {
      return new double[] {months(-slope.lo()), months(-slope.hi())};
    }

    public double perYearFactor() {
      return Math.pow(10, slope.value());
    }

    /** Fraction by which the quantity falls each year, 1 − 10^b (negative when it rises). */
    public double annualDecline() {
      return 1 - Math.pow(10, slope.value());
    }

    public double[] annualDeclineInterval() {
      return new double[] {1 - Math.pow(10, slope.hi()), 1 - Math.pow(10, slope.lo())};
    }

    /** The fitted log10 value at time t. */
    public double log10At(double t) {
      return intercept + slope.value() * t;
    }

    /** Months for a tenfold change of 2 when the slope is b; NaN when b ≤ 0. */
    private static double months(double b) {
      return b > 0 ? 12 * LOG10_2 / b : Double.NaN;
    }
  }

  /** The best fit with a given number of breaks. */
  public record Candidate(int breaks, double sse, double bic, List<Double> breakDates) {
    public Candidate {
      breakDates = List.copyOf(breakDates);
    }
  }

  /** Dates of the chosen breaks (midway between the segments' neighbouring observations). */
  public List<Double> breakDates() {
    return candidates.get(breaks).breakDates();
  }
}
