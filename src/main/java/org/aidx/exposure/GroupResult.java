package org.aidx.exposure;

import java.util.Objects;

/**
 * One group of one economy's exposure result.
 *
 * <p>Example: a group with 20% of value added as published (share 0.2 after dividing by a total of
 * 100%) and exposure 1.0, in an economy whose exposed share is 0.45, holds 0.2·1.0/0.45 = 4/9 of
 * the AI-exposed output.
 *
 * @param group the group code
 * @param sharePercent the share as published, in percent
 * @param share s_g, the share as a fraction of the sum of all groups' published shares
 * @param exposure e_g, the group's AI exposure in [0, 1]
 * @param exposedOutputShare p_g = e_g·s_g / Σ e·s, the group's share of AI-exposed output
 */
public record GroupResult(
    String group, double sharePercent, double share, double exposure, double exposedOutputShare) {
  public GroupResult {
    Objects.requireNonNull(group, "group");
  }
}
