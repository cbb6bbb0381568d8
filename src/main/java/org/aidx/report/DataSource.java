package org.aidx.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.aidx.model.Observation;
import org.aidx.pipeline.IndexResult;

/**
 * Where one indicator's values in a run came from, summarised from the provenance of the values the
 * pipeline actually used (not every year in the dataset).
 *
 * <p>Example: if a run used 2023 values for 18 economies and a 2022 value for one, the twentieth
 * being imputed, the row reads {@code firstYear 2022, lastYear 2023, values 19, missing 0, imputed
 * 1}.
 *
 * @param indicator the indicator id
 * @param name the indicator's name in the framework
 * @param sources the distinct sources of the used values, in order of first use
 * @param units the distinct units of the used values
 * @param firstYear the earliest year used, or 0 when no value was used
 * @param lastYear the latest year used, or 0 when no value was used
 * @param values how many economies have an observed value
 * @param missing how many economies have neither an observed nor an imputed value
 * @param imputed how many economies have an imputed value
 */
public record DataSource(
    String indicator,
    String name,
    List<String> sources,
    List<String> units,
    int firstYear,
    int lastYear,
    int values,
    int missing,
    int imputed) {
  public DataSource {
    Objects.requireNonNull(indicator, "indicator");
    name = name == null ? indicator : name;
    sources = List.copyOf(sources);
    units = List.copyOf(units);
    if (values < 0 || missing < 0 || imputed < 0) {
      throw new IllegalArgumentException("counts must not be negative for " + indicator);
    }
    if (firstYear > lastYear) {
      throw new IllegalArgumentException(
          "first year " + firstYear + " after last year " + lastYear + " for " + indicator);
    }
  }

  /**
   * The one way reports print a missing count: every value the data lacked, and how many of those
   * were imputed, e.g. {@code (0, 2) → "2 (imputed 2)"}, {@code (1, 0) → "1"}, {@code (0, 0) →
   * "0"}, never "missing 0" beside two imputed values.
   *
   * @param absent values neither observed nor imputed
   * @param imputed values imputed
   */
  public static String missingText(int absent, int imputed) {
    int missing = absent + imputed;
    return imputed == 0 ? Integer.toString(missing) : missing + " (imputed " + imputed + ")";
  }

  /**
   * The sources as one text, each clause once: the sources are split into their clauses at "; "
   * outside parentheses, and a clause already given by an earlier source is left out. Two values of
   * one publisher with different notes thus read as the publisher once and both notes.
   *
   * <p>Example: "TOP500 list, sum of Rmax" and "TOP500 list, sum of Rmax; no system, so 0" →
   * "TOP500 list, sum of Rmax; no system, so 0".
   */
  public String sourceText() {
    return merged(sources);
  }

  /** See {@link #sourceText()}. */
  public static String merged(List<String> texts) {
    Set<String> clauses = new LinkedHashSet<>();
    for (String t : texts) {
      clauses.addAll(clauses(t));
    }
    return String.join("; ", clauses);
  }

  /** A text's clauses: its parts between "; " at parenthesis depth 0, trimmed, non-empty. */
  static List<String> clauses(String text) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (c == ';' && depth == 0) {
        add(out, text.substring(start, i));
        start = i + 1;
      }
    }
    add(out, text.substring(start));
    return out;
  }

  private static void add(List<String> out, String clause) {
    String c = clause.trim();
    if (!c.isEmpty()) {
      out.add(c);
    }
  }

  /** One row per indicator of the result, in framework order. */
  public static List<DataSource> of(IndexResult r) {
    List<DataSource> out = new ArrayList<>();
    for (int i = 0; i < r.indicators().size(); i++) {
      String id = r.indicators().get(i);
      Set<String> sources = new LinkedHashSet<>();
      Set<String> units = new LinkedHashSet<>();
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      int values = 0;
      int missing = 0;
      int imputed = 0;
      for (int e = 0; e < r.economies().size(); e++) {
        Observation o = r.observation(i, e);
        if (r.imputed(i, e)) {
          imputed++;
        } else if (o == null) {
          missing++;
        }
        if (o != null) {
          values++;
          first = Math.min(first, o.year());
          last = Math.max(last, o.year());
          if (!o.provenance().source().isBlank()) {
            sources.add(o.provenance().source());
          }
          if (!o.provenance().unit().isBlank()) {
            units.add(o.provenance().unit());
          }
        }
      }
      if (values == 0) {
        first = 0;
        last = 0;
      }
      out.add(
          new DataSource(
              id,
              r.node(id).name(),
              List.copyOf(sources),
              List.copyOf(units),
              first,
              last,
              values,
              missing,
              imputed));
    }
    return out;
  }

  /** {@code 2019–2023}, {@code 2023}, or empty when no value was used. */
  public String years() {
    if (values == 0) {
      return "";
    }
    return firstYear == lastYear ? Integer.toString(firstYear) : firstYear + "–" + lastYear;
  }
}
