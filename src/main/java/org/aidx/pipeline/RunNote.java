package org.aidx.pipeline;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import org.aidx.pipeline.treat.Treatment;

/**
 * Something a reader of a result must know about how it was made: a value missing, raised to a
 * floor, treated, or a request the data could not meet. Each kind carries its facts; {@link
 * #text()} renders it as the line printed in results and reports, e.g. {@code new
 * NoValues("patents")} → {@code no values: patents is missing for every economy}. Code that needs
 * one kind selects it by type ({@code note instanceof RunNote.TiersReduced}), never by the text.
 */
public sealed interface RunNote {
  /** The line printed in results, reports and on the terminal. */
  String text();

  /**
   * The one number format of run notes: four significant figures, no trailing zeros, no exponent,
   * e.g. {@code 318.52854977730317 → 318.5}, {@code 3.8356937844778917E-4 → 0.0003836}, {@code 0.0
   * → 0}, {@code 0.25 → 0.25}; a value that is not finite prints as Java does ({@code NaN}).
   */
  static String number(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    if (v == 0) {
      return "0";
    }
    return new BigDecimal(v)
        .round(new MathContext(4, RoundingMode.HALF_EVEN))
        .stripTrailingZeros()
        .toPlainString();
  }

  /**
   * An economy has no value for an indicator (at or before the run's year, within the maximum age);
   * the imputation named fills it or leaves it missing.
   */
  record Missing(String economy, String indicator, Integer year, Integer maxAge, String imputation)
      implements RunNote {
    @Override
    public String text() {
      return "missing: "
          + economy
          + " has no value for "
          + indicator
          + (year == null ? "" : " at or before " + year)
          + (year == null || maxAge == null ? "" : " within " + maxAge + " year(s)")
          + " ("
          + imputation
          + " imputation)";
    }
  }

  /** An economy has no value for the denominator of an indicator, so the indicator is missing. */
  record MissingDenominator(
      String economy, String indicator, String denominator, Integer year, String imputation)
      implements RunNote {
    @Override
    public String text() {
      return "missing: "
          + economy
          + " has no value for the denominator '"
          + denominator
          + "' of "
          + indicator
          + (year == null ? "" : " at or before " + year)
          + ", so "
          + indicator
          + " is missing ("
          + imputation
          + " imputation)";
    }
  }

  /**
   * A zero or negative value raised to {@code fraction} × the indicator's smallest positive value
   * before normalisation (see {@link FloorRule}).
   */
  record Floored(
      String economy,
      String indicator,
      double value,
      double floor,
      double fraction,
      double smallest)
      implements RunNote {
    @Override
    public String text() {
      return "floored: "
          + economy
          + " "
          + indicator
          + " "
          + number(value)
          + " raised to "
          + number(floor)
          + " ("
          + number(fraction)
          + " × the smallest positive value, "
          + number(smallest)
          + ")";
    }
  }

  /**
   * A child's score below the geometric floor raised to it for a geometric or harmonic mean of an
   * aggregate ({@code --floor}).
   */
  record FlooredForMean(
      String economy, String child, double value, double floor, String mean, String aggregate)
      implements RunNote {
    @Override
    public String text() {
      return "floored: "
          + economy
          + " "
          + child
          + " "
          + number(value)
          + " raised to "
          + number(floor)
          + " for the "
          + mean
          + " mean of "
          + aggregate;
    }
  }

  /** Outlier treatment changed an indicator's values. */
  record Treated(String indicator, Treatment.Outcome outcome) implements RunNote {
    @Override
    public String text() {
      return "treated: " + indicator + " " + outcome.name().toLowerCase(Locale.ROOT);
    }
  }

  /** No economy has a value for an indicator; its parents average the children present. */
  record NoValues(String indicator) implements RunNote {
    @Override
    public String text() {
      return "no values: " + indicator + " is missing for every economy";
    }
  }

  /** An economy has no index because a whole branch of the framework has no data. */
  record NoIndex(String economy) implements RunNote {
    @Override
    public String text() {
      return "no index: " + economy + " lacks data for a whole branch of the framework";
    }
  }

  /** Fewer tiers than asked, because there are fewer distinct index scores. */
  record TiersReduced(int asked, int count) implements RunNote {
    @Override
    public String text() {
      return "tiers: "
          + asked
          + " asked, reduced to "
          + count
          + ", the number of distinct index scores";
    }
  }
}
