package org.aidx.model;

import java.util.Objects;

/**
 * One value of one indicator for one economy (or other unit) in one year.
 *
 * @param economy the unit code, an ISO3 code for economies
 * @param indicator the indicator id
 * @param year the year the value refers to
 * @param value a finite number
 */
public record Observation(
    String economy, String indicator, int year, double value, Provenance provenance) {
  public Observation {
    Objects.requireNonNull(economy, "economy");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(provenance, "provenance");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "value of " + indicator + " for " + economy + " in " + year + " is not finite: " + value);
    }
  }
}
