package org.aidx.method.impute;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How missing indicator values are filled before normalisation. Each imputed cell is flagged.
 *
 * <ul>
 *   <li>{@code none}: values stay missing; aggregation then averages the children present, with
 *       their weights renormalised (COINr's default).
 *   <li>{@code mean}: the mean of the indicator over the economies present. Example: (1, NaN, 5) →
 *       (1, 3, 5).
 *   <li>{@code median}: likewise with the median. Example: (1, NaN, 2, 9) → (1, 2, 2, 9).
 *   <li>{@code group-mean:COLUMN}: the mean over economies sharing the economy's value of the group
 *       column (e.g. an income group); left missing when the group has no value.
 *   <li>{@code relative}: the economy's average standing on the sibling indicators it has; see
 *       {@code org.aidx.pipeline.impute.RelativePosition}. Filled by the pipeline across
 *       indicators, not row by row.
 * </ul>
 *
 * @param groupColumn the group column for {@code group-mean}, else null
 */
public record Imputation(Kind kind, String groupColumn) {
  /** The method. */
  public enum Kind {
    NONE,
    MEAN,
    MEDIAN,
    GROUP_MEAN,
    RELATIVE
  }

  public Imputation {
    if (kind == Kind.GROUP_MEAN && (groupColumn == null || groupColumn.isBlank())) {
      throw new IllegalArgumentException(
          "group-mean imputation needs a group column: group-mean:COLUMN");
    }
  }

  public static Imputation none() {
    return new Imputation(Kind.NONE, null);
  }

  public String label() {
    switch (kind) {
      case NONE:
        return "none";
      case MEAN:
        return "mean";
      case MEDIAN:
        return "median";
      case RELATIVE:
        return "relative";
      default:
        return "group-mean:" + groupColumn;
    }
  }

  /** Parses {@code none|mean|median|group-mean:COLUMN}. */
  public static Imputation parse(String text) {
    String t = text == null ? "" : text.trim();
    String low = t.toLowerCase(Locale.ROOT);
    if (low.equals("none")) {
      return none();
    } else if (low.equals("mean")) {
      return new Imputation(Kind.MEAN, null);
    } else if (low.equals("median")) {
      return new Imputation(Kind.MEDIAN, null);
    } else if (low.equals("relative")) {
      return new Imputation(Kind.RELATIVE, null);
    } else if (low.startsWith("group-mean:") && t.length() > "group-mean:".length()) {
      return new Imputation(Kind.GROUP_MEAN, t.substring("group-mean:".length()));
    }
    throw new IllegalArgumentException(
        "imputation '" + text + "' is not one of none, mean, median, group-mean:COLUMN, relative");
  }

  /**
   * Fills the missing values of one indicator in place ({@code relative} fills nothing here: it
   * needs the sibling indicators, see {@link RelativePosition}).
   *
   * @param groups each economy's group label (same order as {@code values}); used by group-mean
   *     only, may be null otherwise; a null label means no group
   * @param imputed set to true for every cell filled
   */
  public void impute(double[] values, String[] groups, boolean[] imputed) {
    if (kind == Kind.NONE || kind == Kind.RELATIVE) {
      return;
    }
    if (kind == Kind.GROUP_MEAN) {
      Map<String, double[]> sums = new HashMap<>();
      for (int i = 0; i < values.length; i++) {
        if (!Double.isNaN(values[i]) && groups[i] != null) {
          double[] s = sums.computeIfAbsent(groups[i], g -> new double[2]);
          s[0] += values[i];
          s[1]++;
        }
      }
      for (int i = 0; i < values.length; i++) {
        if (Double.isNaN(values[i]) && groups[i] != null && sums.containsKey(groups[i])) {
          double[] s = sums.get(groups[i]);
          values[i] = s[0] / s[1];
          imputed[i] = true;
        }
      }
      return;
    }
    double fill = kind == Kind.MEAN ? mean(values) : median(values);
    if (Double.isNaN(fill)) {
      return;
    }
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        values[i] = fill;
        imputed[i] = true;
      }
    }
  }

  private static double mean(double[] v) {
    double s = 0;
    int n = 0;
    for (double x : v) {
      if (!Double.isNaN(x)) {
        s += x;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  private static double median(double[] v) {
    double[] p = Arrays.stream(v).filter(x -> !Double.isNaN(x)).sorted().toArray();
    if (p.length == 0) {
      return Double.NaN;
    }
    int m = p.length / 2;
    return p.length % 2 == 1 ? p[m] : (p[m - 1] + p[m]) / 2;
  }
}
