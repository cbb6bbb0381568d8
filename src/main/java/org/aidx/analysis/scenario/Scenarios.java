package org.aidx.analysis.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.aidx.data.Dataset;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.framework.Transform;
import org.aidx.method.normalise.Normalisation;
import org.aidx.method.normalise.Ratio;
import org.aidx.model.Direction;
import org.aidx.model.InputException;
import org.aidx.model.Names;
import org.aidx.model.Observation;
import org.aidx.model.Problem;
import org.aidx.model.Provenance;
import org.aidx.pipeline.Methodology;

/**
 * Parses inline changes and applies scenarios to a dataset.
 *
 * <p>Inline syntax: {@code ISO3:TARGET=OPERATION}, with OPERATION one of {@code set(v)}, {@code
 * scale(k)}, {@code add(d)}, {@code copy(ISO3)}, {@code gap(ISO3,fraction)}. Example: {@code
 * JPN:data=gap(USA,0.5)} moves each of Japan's data indicators half-way to the USA's value.
 */
public final class Scenarios {
  private static final Pattern CHANGE =
      Pattern.compile("\\s*([A-Za-z0-9_]+)\\s*:\\s*([^=\\s]+)\\s*=\\s*(.+?)\\s*");
  private static final Pattern OPERATION =
      Pattern.compile("([a-z]+)\\s*\\(\\s*([^,()]*?)\\s*(?:,\\s*([^,()]*?)\\s*)?\\)");

  private Scenarios() {}

  /**
   * Parses {@code ISO3:TARGET=OPERATION}.
   *
   * @throws InputException naming the text and the accepted form
   */
  public static Change parseChange(String text) {
    Matcher m = CHANGE.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new InputException(
          "change '" + text + "'",
          "is not of the form ISO3:TARGET=OPERATION",
          "write e.g. JPN:compute=copy(USA), JPN:data=gap(USA,0.5) or JPN:top500_rmax_tflops=scale(2)");
    }
    return new Change(m.group(1), m.group(2), parseOperation(m.group(3), "change '" + text + "'"));
  }

  /**
   * Parses {@code set(v) | scale(k) | add(d) | copy(ISO3) | gap(ISO3,fraction)}.
   *
   * @param where where the text was found, for the error message
   * @throws InputException naming the text and the accepted forms
   */
  public static Operation parseOperation(String text, String where) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    Matcher m = OPERATION.matcher(t);
    String forms = "set(v), scale(k), add(d), copy(ISO3) or gap(ISO3,fraction)";
    if (!m.matches()) {
      throw new InputException(
          where, "operation '" + text + "' is not one of " + forms, "e.g. gap(USA,0.5)");
    }
    String op = m.group(1);
    String a = m.group(2);
    String b = m.group(3);
    try {
      switch (op) {
        case "set":
        case "scale":
        case "add":
          if (b != null) {
            break;
          }
          double v = number(a, where, text);
          return op.equals("set")
              ? Operation.set(v)
              : op.equals("scale") ? Operation.scale(v) : Operation.add(v);
        case "copy":
          if (b != null || !a.matches("[a-z0-9_]+")) {
            break;
          }
          return Operation.copy(a);
        case "gap":
          if (b == null || !a.matches("[a-z0-9_]+")) {
            break;
          }
          return Operation.gap(a, number(b, where, text));
        default:
          throw new InputException(
              where, "unknown operation '" + op + "' in '" + text + "'", "use one of " + forms);
      }
    } catch (IllegalArgumentException e) {
      throw new InputException(where, e.getMessage(), "use one of " + forms);
    }
    throw new InputException(
        where, "operation '" + text + "' has the wrong arguments", "use one of " + forms);
  }

  private static double number(String s, String where, String text) {
    try {
      double v = Double.parseDouble(s);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputException(
        where, "'" + s + "' in '" + text + "' is not a finite number", "write e.g. 0.5 or 2");
  }

  /**
   * A scenario applied to a dataset.
   *
   * @param data the baseline dataset with the changed values replaced (or added)
   * @param changed the scenario-made observations, each noting the change and the baseline value
   * @param notes values a change skipped because the economy has none (for dimension or layer
   *     targets of scale, add and partial gaps)
   */
  public record Applied(Dataset data, List<Observation> changed, List<String> notes) {
    public Applied {
      changed = List.copyOf(changed);
      notes = List.copyOf(notes);
    }
  }

  /**
   * Applies a scenario to the values the pipeline would select ({@link Dataset#latest} with the
   * methodology's year and maximum age), judging each new value by the methodology's resolved
   * normalisation. Every problem is collected before failing.
   *
   * @throws InputException for an unknown economy or target (with the nearest name), a copy or gap
   *     from an economy without the value, a value the method cannot take (negative where every
   *     observed value is non-negative; not positive under a log transform; zero for a negative
   *     indicator under ratio normalisation), or two changes of the same value
   */
  public static Applied apply(Framework fw, Dataset data, Methodology m, Scenario s) {
    List<Problem> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Map<String, Integer> owner = new HashMap<>();
    Map<String, Observation> changed = new LinkedHashMap<>();
    List<String> economies = data.economies();
    List<String> nodes = fw.root().flatten().map(Node::id).collect(Collectors.toList());
    Integer year = m.year();
    for (int c = 0; c < s.changes().size(); c++) {
      Change ch = s.changes().get(c);
      String where = "scenario '" + s.name() + "', change " + (c + 1) + " '" + ch.label() + "'";
      int problemsBefore = problems.size();
      boolean ok = known(ch.economy(), economies, "economy", where, problems);
      Optional<String> from = ch.operation().from();
      if (from.isPresent()) {
        ok &= known(from.get(), economies, "economy", where, problems);
      }
      Optional<Node> node = fw.find(ch.target());
      if (node.isEmpty()) {
        problems.add(
            new Problem(
                where,
                "'" + ch.target() + "' is not an indicator, dimension or layer of " + fw.id(),
                suggestion(ch.target(), nodes)
                    .map(n -> "did you mean " + n + "?")
                    .orElse("see 'aidx framework show' for the node ids")));
        ok = false;
      }
      if (!ok) {
        continue;
      }
      boolean single = node.get() instanceof Node.Indicator;
      List<Node.Indicator> inds =
          node.get()
              .flatten()
              .filter(Node.Indicator.class::isInstance)
              .map(Node.Indicator.class::cast)
              .collect(Collectors.toList());
      int touched = 0;
      for (Node.Indicator ind : inds) {
        String key = ch.economy() + " " + ind.id();
        Optional<Observation> cur = data.latest(ch.economy(), ind.id(), year, m.maxAge());
        Optional<Observation> src = from.flatMap(f -> data.latest(f, ind.id(), year, m.maxAge()));
        if (from.isPresent() && src.isEmpty()) {
          problems.add(
              new Problem(
                  where,
                  from.get()
                      + " has no value for "
                      + ind.id()
                      + (year == null ? "" : " at or before " + year)
                      + " to copy from",
                  "take another source economy, target only the indicators "
                      + from.get()
                      + " has, or use set(v)"));
          continue;
        }
        if (ch.operation().needsCurrent() && cur.isEmpty()) {
          if (single) {
            problems.add(
                new Problem(
                    where,
                    ch.economy()
                        + " has no value for "
                        + ind.id()
                        + " to "
                        + ch.operation().label(),
                    "use set(v) or copy(ISO3) to give it one"));
          } else {
            notes.add(
                where
                    + ": skipped "
                    + ind.id()
                    + ", which "
                    + ch.economy()
                    + " has no value for (it stays missing)");
          }
          continue;
        }
        Integer first = owner.putIfAbsent(key, c);
        if (first != null) {
          problems.add(
              new Problem(
                  where,
                  "changes "
                      + ch.economy()
                      + "'s "
                      + ind.id()
                      + ", which change "
                      + (first + 1)
                      + " '"
                      + s.changes().get(first).label()
                      + "' already changes",
                  "change each value once per scenario: target the other indicators one by one,"
                      + " or put the changes in separate scenarios"));
          continue;
        }
        double before = cur.map(Observation::value).orElse(Double.NaN);
        double v = ch.operation().apply(before, src.map(Observation::value).orElse(Double.NaN));
        String bad = unusable(data, m, ind, v);
        if (bad != null) {
          problems.add(
              new Problem(
                  where,
                  ch.economy() + "'s " + ind.id() + " would become " + v + ": " + bad,
                  "use a factor or value that keeps it in range"));
          continue;
        }
        Observation base = cur.orElse(null);
        int y =
            base != null
                ? base.year()
                : src.map(Observation::year).orElse(year != null ? year : latestYear(data, ind));
        Provenance p =
            base != null ? base.provenance() : src.map(Observation::provenance).orElse(null);
        String was =
            base == null
                ? "no baseline value"
                : "baseline " + base.value() + " from " + base.provenance().source();
        Provenance made =
            new Provenance(
                "scenario '" + s.name() + "'",
                p == null ? "" : p.unit(),
                where,
                "scenario-made by " + ch.label() + " (" + was + ")");
        changed.put(key, new Observation(ch.economy(), ind.id(), y, v, made));
        touched++;
      }
      if (touched == 0 && problems.size() == problemsBefore) {
        problems.add(
            new Problem(
                where,
                ch.economy()
                    + " has no value under "
                    + ch.target()
                    + " that this change can act on",
                "use set(v) or copy(ISO3) on its indicators"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    List<Observation> obs = new ArrayList<>(changed.values());
    return new Applied(obs.isEmpty() ? data : data.replacing(obs), obs, notes);
  }

  /**
   * The nearest id by edit distance, else the only id that starts with the text (so that a short
   * form such as {@code top500_rmax} finds {@code top500_rmax_tflops}).
   */
  static Optional<String> suggestion(String wanted, List<String> ids) {
    Optional<String> near = Names.closest(wanted, ids);
    if (near.isPresent()) {
      return near;
    }
    String w = wanted.toLowerCase(Locale.ROOT);
    List<String> starts =
        ids.stream().filter(i -> i.toLowerCase(Locale.ROOT).startsWith(w)).toList();
    return starts.size() == 1 ? Optional.of(starts.get(0)) : Optional.empty();
  }

  /** Why the method cannot take value v for this indicator, or null if it can. */
  private static String unusable(Dataset data, Methodology m, Node.Indicator ind, double v) {
    if (!Double.isFinite(v)) {
      return "not a finite number";
    }
    if (ind.transform() == Transform.LOG && !(v > 0)) {
      return "the indicator is log-transformed, which needs a positive value";
    }
    Normalisation n = m.normalisationOf(ind.id());
    boolean nonNegative =
        data.observations().stream()
            .filter(o -> o.indicator().equals(ind.id()))
            .allMatch(o -> o.value() >= 0);
    if (v < 0 && nonNegative) {
      return "every observed value of "
          + ind.id()
          + " is non-negative (a quantity that cannot be negative), and the ratio normalisation and"
          + " geometric mean need positive scores";
    }
    if (v == 0 && ind.direction() == Direction.NEGATIVE && n instanceof Ratio) {
      return "a negative-direction indicator under ratio normalisation scores reference / value,"
          + " which needs a positive value";
    }
    return null;
  }

  private static int latestYear(Dataset data, Node.Indicator ind) {
    return data.observations().stream()
        .filter(o -> o.indicator().equals(ind.id()))
        .mapToInt(Observation::year)
        .max()
        .orElseThrow();
  }

  private static boolean known(
      String code, List<String> known, String what, String where, List<Problem> problems) {
    if (known.contains(code)) {
      return true;
    }
    problems.add(
        new Problem(
            where,
            "unknown " + what + " '" + code + "'; the data have " + String.join(" ", known),
            Names.closest(code, known)
                .map(n -> "did you mean " + n + "?")
                .orElse("use one of these codes")));
    return false;
  }
}
