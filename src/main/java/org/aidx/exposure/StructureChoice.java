package org.aidx.exposure;

import java.util.List;
import java.util.Objects;

/**
 * The industry structure chosen for an economy: the latest complete year at or before the maximum
 * year, and the later years passed over.
 *
 * <p>Example: MEX value added with no maximum year → the 2023 structure, skipped = [2024 (shares
 * sum to 92.25%)].
 *
 * @param structure the structure used
 * @param skipped incomplete years after it (up to the maximum year), latest first
 */
public record StructureChoice(IndustryStructure structure, List<SkippedYear> skipped) {
  public StructureChoice {
    Objects.requireNonNull(structure, "structure");
    skipped = List.copyOf(skipped);
  }
}
