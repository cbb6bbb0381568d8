package org.aidx.exposure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The group shares of one economy in one year under one scheme, in percent.
 *
 * <p>Example: {@code USA 2019 value-added}: A-B 0.76, C-E minus D 2.91, D 10.56, F 4.44, … summing
 * to 100. Shares of an incomplete year are kept as published; {@link #isComplete} tells whether to
 * use them.
 *
 * @param iso3 the economy
 * @param year the year
 * @param scheme the scheme the groups belong to
 * @param sharesPercent share of each group present, in percent, finite and not negative; stored in
 *     the scheme's group order
 */
public record IndustryStructure(
    String iso3, int year, StructureScheme scheme, Map<String, Double> sharesPercent) {
  public IndustryStructure {
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(scheme, "scheme");
    Map<String, Double> ordered = new LinkedHashMap<>();
    for (String g : scheme.groups()) {
      Double v = sharesPercent.get(g);
      if (v != null) {
        if (!(Double.isFinite(v) && v >= 0)) {
          throw new IllegalArgumentException(
              "share of " + g + " for " + iso3 + " in " + year + " must be finite and >= 0: " + v);
        }
        ordered.put(g, v);
      }
    }
    for (String g : sharesPercent.keySet()) {
      if (!scheme.hasGroup(g)) {
        throw new IllegalArgumentException(
            "group " + g + " is not a group of scheme " + scheme.id() + ": " + scheme.groups());
      }
    }
    sharesPercent = Collections.unmodifiableMap(ordered);
  }

  /** The sum of the shares present, in percent (100 when complete). */
  public double totalPercent() {
    double sum = 0;
    for (double v : sharesPercent.values()) {
      sum += v;
    }
    return sum;
  }

  /** Groups of the scheme with no share. */
  public List<String> missingGroups() {
    List<String> out = new ArrayList<>();
    for (String g : scheme.groups()) {
      if (!sharesPercent.containsKey(g)) {
        out.add(g);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Every group has a share and the shares sum to 100 ± {@code tolerancePoints} percentage points.
   * Example: MEX 2024 value added sums to 92.25, so it is incomplete for a tolerance of 1.
   */
  public boolean isComplete(double tolerancePoints) {
    return missingGroups().isEmpty() && Math.abs(totalPercent() - 100.0) <= tolerancePoints;
  }
}
