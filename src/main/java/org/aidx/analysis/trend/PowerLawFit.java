package org.aidx.analysis.trend;

import java.util.List;

/**
 * A fitted power law y = a·x^b (+ c), with 95% bootstrap intervals.
 *
 * @param c the irreducible term, or a point estimate of 0 when it was not fitted
 * @param r2 share of the variance of ln y explained, in log space
 */
public record PowerLawFit(
    String x,
    String y,
    int n,
    Estimate a,
    Estimate b,
    Estimate c,
    boolean irreducible,
    double r2,
    double residualSd,
    int bootstrapReps,
    int bootstrapUsed,
    long seed,
    List<String> notes) {
  public PowerLawFit {
    notes = List.copyOf(notes);
  }

  /** The fitted y at x. */
  public double value(double xv) {
    return a.value() * Math.pow(xv, b.value()) + (irreducible ? c.value() : 0);
  }
}
