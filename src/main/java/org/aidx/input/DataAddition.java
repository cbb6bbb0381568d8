package org.aidx.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aidx.data.Dataset;
import org.aidx.model.InputException;
import org.aidx.model.Observation;
import org.aidx.model.Problem;

/**
 * A user's data added to the shipped data. A value for the same (economy, indicator, year) in both
 * is a conflict when the numbers differ (equal numbers are not: the shipped value and its
 * provenance are kept); the {@link Rule} settles it, and every conflict is reported.
 *
 * @param data the combined dataset
 * @param conflicts one line per conflict, saying which value was kept
 */
public record DataAddition(Dataset data, List<String> conflicts) {
  public DataAddition {
    conflicts = List.copyOf(conflicts);
  }

  /** How a conflict between a user value and a shipped one is settled. */
  public enum Rule {
    /** Stop and list every conflict (the default: nothing is overridden unnoticed). */
    ERROR,
    /** The user's value replaces the shipped one. */
    USER,
    /** The shipped value is kept; the user's is ignored. */
    SHIPPED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error|user|shipped}. */
    public static Rule parse(String text) {
      for (Rule r : values()) {
        if (r.label().equalsIgnoreCase(text == null ? "" : text.trim())) {
          return r;
        }
      }
      throw new InputException(
          "--on-conflict",
          "'" + text + "' is not a rule",
          "use one of " + String.join(", ", Arrays.stream(values()).map(Rule::label).toList()));
    }
  }

  /**
   * Adds {@code user} to {@code shipped} under {@code rule}.
   *
   * @throws InputException listing every conflict, under {@link Rule#ERROR}
   */
  public static DataAddition of(Dataset shipped, Dataset user, Rule rule) {
    Map<String, Observation> byKey = new LinkedHashMap<>();
    for (Observation o : shipped.observations()) {
      byKey.put(key(o), o);
    }
    List<Problem> problems = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    List<Observation> added = new ArrayList<>();
    for (Observation u : user.observations()) {
      Observation s = byKey.get(key(u));
      if (s == null) {
        added.add(u);
        continue;
      }
      if (Double.compare(s.value(), u.value()) == 0) {
        continue;
      }
      String what =
          u.economy()
              + " "
              + u.indicator()
              + " "
              + u.year()
              + ": your value "
              + u.value()
              + " ("
              + u.provenance().location()
              + ") differs from the shipped "
              + s.value()
              + " ("
              + (s.provenance().source().isEmpty()
                  ? s.provenance().location()
                  : s.provenance().source())
              + ")";
      switch (rule) {
        case ERROR ->
            problems.add(
                new Problem(
                    u.provenance().location(),
                    what,
                    "pass --on-conflict user (your value) or --on-conflict shipped, or remove the"
                        + " row"));
        case USER -> {
          conflicts.add(what + "; kept yours (--on-conflict user)");
          added.add(
              new Observation(
                  u.economy(),
                  u.indicator(),
                  u.year(),
                  u.value(),
                  u.provenance().withNote("replaces the shipped value " + s.value())));
        }
        case SHIPPED -> conflicts.add(what + "; kept the shipped value (--on-conflict shipped)");
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    Dataset names = Dataset.of(List.of(), user.names(), user.groups());
    return new DataAddition(shipped.replacing(added).merge(names), conflicts);
  }

  private static String key(Observation o) {
    return o.economy() + "\u0000" + o.indicator() + "\u0000" + o.year();
  }
}
