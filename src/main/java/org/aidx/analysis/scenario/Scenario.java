package org.aidx.analysis.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A named set of changes applied together to the baseline data. Every change reads the baseline
 * values (never another change's result), so their order does not matter; two changes of the same
 * value are rejected as a conflict when the scenario is applied.
 */
public record Scenario(String name, String description, List<Change> changes) {
  public Scenario {
    Objects.requireNonNull(name, "name");
    name = name.trim();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a scenario needs a name");
    }
    description = description == null ? "" : description.trim();
    changes = List.copyOf(changes);
  }

  public static Scenario of(String name, List<Change> changes) {
    return new Scenario(name, "", changes);
  }

  public Scenario withDescription(String d) {
    return new Scenario(name, d, changes);
  }
}
