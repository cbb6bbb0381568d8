package org.aidx.analysis.trend;

import java.util.List;

/**
 * One fitted S-curve with bootstrap intervals: parameters, information criteria, midpoint, both
 * knees, the stage of the series at its last observation and a forecast.
 *
 * @param parameters in the family's order; a fixed saturation has an empty interval (lo = hi)
 * @param aic n·ln(SSE/n) + 2(k + 1), k = free parameters (+1 for the error variance)
 * @param bic n·ln(SSE/n) + (k + 1)·ln n
 * @param firstAdoption the first year with a positive value, from which "years since" is counted
 * @param bootstrapUsed replicates that refitted successfully (of {@code bootstrapReps})
 */
public record SCurveFit(
    CurveFamily family,
    String series,
    String unit,
    int n,
    int freeParameters,
    boolean saturationFixed,
    List<Estimate> parameters,
    double sse,
    double aic,
    double bic,
    Estimate midpoint,
    Knee knee1,
    Knee knee2,
    double firstAdoption,
    double lastYear,
    Stage stage,
    List<Forecast> forecast,
    int bootstrapReps,
    int bootstrapUsed,
    long seed,
    List<String> notes) {
  public SCurveFit {
    parameters = List.copyOf(parameters);
    forecast = List.copyOf(forecast);
    notes = List.copyOf(notes);
  }

  /** A knee point: when, at what level, and how long after first adoption. */
  public record Knee(Estimate year, Estimate share, double yearsSinceFirstAdoption) {}

  /** A forecast value with a 95% prediction interval (curve uncertainty plus residual noise). */
  public record Forecast(double year, double value, double lo, double hi) {}

  /** Where the series stood at its last observation. */
  public enum Stage {
    BEFORE_FIRST_KNEE("before the first knee"),
    BETWEEN_KNEES("between the knees"),
    AFTER_SECOND_KNEE("after the second knee");

    private final String label;

    Stage(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** A missing first knee (Bass, before launch) counts as passed. */
    static Stage of(double t, double knee1, double knee2) {
      return t < knee1 ? BEFORE_FIRST_KNEE : t < knee2 ? BETWEEN_KNEES : AFTER_SECOND_KNEE;
    }
  }

  /** The point estimates of the parameters, in the family's order. */
  public double[] values() {
    return parameters.stream().mapToDouble(Estimate::value).toArray();
  }

  /** The fitted curve at time t. */
  public double value(double t) {
    return family.value(values(), t);
  }

  public Estimate saturation() {
    return parameters.get(0);
  }

  /** The rate: r, or p + q for Bass. */
  public double rate() {
    return family.rate(values());
  }
}
