package org.aidx.exposure;

import java.util.List;
import java.util.Locale;

/**
 * A year of an economy's industry structure that was not used because it was incomplete.
 *
 * <p>Example: {@code SkippedYear(2024, 92.2452, [])} for MEX value added: every group is present
 * but the shares sum to 92.25%.
 *
 * @param year the year skipped
 * @param totalPercent the sum of the shares present
 * @param missingGroups groups with no share that year
 */
public record SkippedYear(int year, double totalPercent, List<String> missingGroups) {
  public SkippedYear {
    missingGroups = List.copyOf(missingGroups);
  }

  /** E.g. {@code 2024 (shares sum to 92.25%)}. */
  public String describe() {
    String sum = String.format(Locale.ROOT, "shares sum to %.2f%%", totalPercent);
    return year
        + " ("
        + sum
        + (missingGroups.isEmpty() ? "" : ", missing " + String.join(", ", missingGroups))
        + ")";
  }
}
