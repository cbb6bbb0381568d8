package org.aidx.exposure;

import java.util.Objects;

/**
 * One industry of the Felten–Raj–Seamans AI industry exposure (AIIE) table.
 *
 * <p>Example: {@code Industry("5112", "51", "Software Publishers", 1.966309, "aiie.csv:168")}. The
 * AIIE is a standardised score (mean 0, SD 1 over the 250 industries), so it can be negative and
 * has no absolute zero. A few rows are OES aggregates that share a code ending in 0, e.g. two rows
 * {@code 3250} for different subsets of chemical manufacturing; each row is its own industry.
 *
 * @param naics4 the 4-digit NAICS (2012) code as published
 * @param naics2 the 2-digit sector code; must be the first two digits of {@code naics4}
 * @param title the industry title, which tells apart rows that share a code
 * @param aiie the AI industry exposure score, finite
 * @param location the file and line it was read from, e.g. {@code aiie.csv:12}
 */
public record Industry(String naics4, String naics2, String title, double aiie, String location) {
  public Industry {
    Objects.requireNonNull(title, "title");
    location = location == null ? "" : location;
    if (naics4 == null || !naics4.matches("[0-9]{4}")) {
      throw new IllegalArgumentException("NAICS-4 code must be 4 digits, got '" + naics4 + "'");
    }
    if (naics2 == null || !naics4.startsWith(naics2) || naics2.length() != 2) {
      throw new IllegalArgumentException(
          "NAICS-2 code '" + naics2 + "' is not the first two digits of " + naics4);
    }
    if (!Double.isFinite(aiie)) {
      throw new IllegalArgumentException("AIIE of " + naics4 + " is not finite: " + aiie);
    }
  }

  /** Code and title, e.g. {@code 5112 Software Publishers}. */
  public String label() {
    return naics4 + " " + title;
  }
}
