package org.aidx.analysis.scenario;

import java.util.Locale;
import java.util.Objects;

/**
 * One change of a scenario: an operation on one economy's values of a framework node. The target is
 * an indicator id, or an aggregate id (a dimension or a layer), meaning every indicator under it.
 * Example: {@code JPN:compute=copy(USA)} gives Japan the USA's values of both compute indicators.
 *
 * @param economy the ISO3 code of the economy changed
 * @param target a node id of the framework
 */
public record Change(String economy, String target, Operation operation) {
  public Change {
    Objects.requireNonNull(economy, "economy");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(operation, "operation");
    economy = economy.trim().toUpperCase(Locale.ROOT);
    target = target.trim();
    if (economy.isEmpty() || target.isEmpty()) {
      throw new IllegalArgumentException("a change needs an economy and a target, got " + this);
    }
  }

  /** The inline spelling, e.g. {@code JPN:data=gap(USA,0.5)}. */
  public String label() {
    return economy + ":" + target + "=" + operation.label();
  }

  @Override
  public String toString() {
    return label();
  }
}
