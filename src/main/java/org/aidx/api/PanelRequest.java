package org.aidx.api;

import java.util.ArrayList;
import java.util.List;
import org.aidx.analysis.panel.PanelRule;
import org.aidx.model.InputException;
import org.aidx.model.Problem;

/**
 * {@code GET /api/panel}: the panel of the default index, as {@code aidx panel --format json} with
 * the same options. Null years take the CLI's defaults (five years ending in the latest).
 *
 * @param runs Monte Carlo replications per end year for the catching-up interval, 0 to 100,000
 */
public record PanelRequest(
    Integer from, Integer to, int maxAge, double minCoverage, int runs, long seed) {
  public static final int DEFAULT_RUNS = org.aidx.analysis.uncertainty.Uncertainty.DEFAULT_RUNS;
  public static final long DEFAULT_SEED = org.aidx.analysis.uncertainty.Uncertainty.DEFAULT_SEED;
  static final int MAX_RUNS = 100_000;

  /**
   * Reads the query parameters {@code from}, {@code to}, {@code max_age}, {@code min_coverage},
   * {@code runs} and {@code seed}; absent or blank ones take the defaults.
   *
   * @throws InputException naming every parameter that is not a number in its range
   */
  public static PanelRequest query(
      String from, String to, String maxAge, String minCoverage, String runs, String seed) {
    List<Problem> problems = new ArrayList<>();
    Long f = whole("from", from, null, problems);
    Long t = whole("to", to, null, problems);
    Long a = whole("max_age", maxAge, (long) PanelRule.DEFAULT_MAX_AGE, problems);
    Long n = whole("runs", runs, (long) DEFAULT_RUNS, problems);
    Long s = whole("seed", seed, DEFAULT_SEED, problems);
    double c = PanelRule.DEFAULT_MIN_COVERAGE;
    if (minCoverage != null && !minCoverage.isBlank()) {
      try {
        c = Double.parseDouble(minCoverage.trim());
      } catch (NumberFormatException e) {
        problems.add(
            new Problem(
                "query parameter 'min_coverage'",
                "'" + minCoverage + "' is not a number",
                "pass a share between 0 and 1, e.g. min_coverage=0.5"));
      }
    }
    if (n != null && (n < 0 || n > MAX_RUNS)) {
      problems.add(
          new Problem(
              "query parameter 'runs'",
              "must be between 0 and " + MAX_RUNS + ", got " + n,
              "pass e.g. runs=1000"));
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    PanelRule rule = new PanelRule(Math.toIntExact(a), c); // checks max_age and min_coverage
    return new PanelRequest(
        f == null ? null : Math.toIntExact(f),
        t == null ? null : Math.toIntExact(t),
        rule.maxAge(),
        rule.minCoverage(),
        Math.toIntExact(n),
        s);
  }

  PanelRule rule() {
    return new PanelRule(maxAge, minCoverage);
  }

  private static Long whole(String name, String text, Long absent, List<Problem> problems) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      long v = Long.parseLong(text.trim());
      if (!name.equals("seed") && Math.abs(v) > Integer.MAX_VALUE) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      problems.add(
          new Problem(
              "query parameter '" + name + "'",
              "'" + text + "' is not a whole number",
              "pass a whole number, e.g. " + name + "=" + (name.equals("runs") ? 1000 : 3)));
      return absent;
    }
  }
}
