package org.aidx.analysis.panel;

import org.aidx.model.InputException;

/**
 * How a panel selects values for year Y: each value is the latest at or before Y that is at most
 * {@code maxAge} years old (Y − its year ≤ maxAge), flagged as carried forward when its year is
 * before Y; an older value is missing and handled by the run's imputation. An economy whose share
 * of indicators with a value is below {@code minCoverage} in a year is flagged as low coverage in
 * that year (shown with its coverage, its rank marked).
 *
 * <p>Example: values for 2019 and 2021, maxAge 3: year 2022 uses 2021 (carried forward, age 1),
 * year 2025 has none (2021 is 4 years old).
 *
 * @param maxAge the maximum age in years, at least 1
 * @param minCoverage the smallest share of indicators with a value for an economy to count as
 *     covered, in [0, 1]
 */
public record PanelRule(int maxAge, double minCoverage) {
  /** Default maximum age: a value is used for at most three years after its own. */
  public static final int DEFAULT_MAX_AGE = 3;

  /** Default minimum coverage: half of the framework's indicators. */
  public static final double DEFAULT_MIN_COVERAGE = org.aidx.pipeline.Coverage.DEFAULT_MIN_SHARE;

  public PanelRule {
    if (maxAge < 1) {
      throw new InputException(
          "--max-age",
          "the maximum age must be at least 1 year, got "
              + maxAge
              + " (a value of year Y itself has age 0 and is always used)",
          "pass --max-age " + DEFAULT_MAX_AGE + " or another positive number of years");
    }
    if (!(minCoverage >= 0 && minCoverage <= 1)) {
      throw new InputException(
          "--min-coverage",
          "the minimum coverage must be a share between 0 and 1, got " + minCoverage,
          "pass --min-coverage " + DEFAULT_MIN_COVERAGE);
    }
  }

  public static PanelRule defaults() {
    return new PanelRule(DEFAULT_MAX_AGE, DEFAULT_MIN_COVERAGE);
  }

  public PanelRule withMaxAge(int a) {
    return new PanelRule(a, minCoverage);
  }

  public PanelRule withMinCoverage(double c) {
    return new PanelRule(maxAge, c);
  }
}
