package org.aidx.exposure;

import java.util.List;
import java.util.Objects;

/**
 * The AI exposure of one structure group: the unweighted mean of the rescaled exposures of the
 * NAICS-4 industries mapped to it.
 *
 * <p>Example: industries rescaled to 0, 0.25 and 0.5 in group {@code ISIC3_A-B} → exposure 0.25.
 * Unweighted because the shipped data has no US output or employment weights per industry, so a
 * small industry counts as much as a large one.
 *
 * @param group the group code, e.g. {@code ISIC3_D}
 * @param exposure in [0, 1]
 * @param industries the industries averaged, as {@code naics4 title}
 */
public record GroupExposure(String group, double exposure, List<String> industries) {
  public GroupExposure {
    Objects.requireNonNull(group, "group");
    industries = List.copyOf(industries);
    if (!(exposure >= 0 && exposure <= 1)) {
      throw new IllegalArgumentException(
          "exposure of group " + group + " must be in [0, 1], got " + exposure);
    }
  }
}
