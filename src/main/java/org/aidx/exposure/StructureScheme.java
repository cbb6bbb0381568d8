package org.aidx.exposure;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A way of splitting an economy into industry groups whose shares sum to 100%: by value added
 * (output) or by employment (people).
 *
 * <p>Example: {@code VALUE_ADDED} has the 7 groups A-B, C-E minus D, D, F, G-H, I, J-P; an economy
 * with shares (1, 2, 10, 5, 20, 7, 55) percent has them summing to 100.
 *
 * @param id the name used on the command line and in results, e.g. {@code value-added}
 * @param measure the {@code measure} column value of its rows in {@code industry-structure.csv}
 * @param groups the group codes, in reporting order; diffusion is a variance over all of them
 * @param source the publisher of the shares, as named in derived provenance
 * @param unit what the exposed share is a fraction of, e.g. {@code fraction of value added}
 */
public record StructureScheme(
    String id, String measure, List<String> groups, String source, String unit) {

  /**
   * UN SNAAMA value added by ISIC Rev.3 grouping, with mining and utilities (C-E minus D) split off
   * manufacturing (D).
   */
  public static final StructureScheme VALUE_ADDED =
      new StructureScheme(
          "value-added",
          "value_added_share",
          List.of(
              "ISIC3_A-B",
              "ISIC3_CE_EXCL_D",
              "ISIC3_D",
              "ISIC3_F",
              "ISIC3_G-H",
              "ISIC3_I",
              "ISIC3_J-P"),
          "UN SNAAMA value added",
          "fraction of value added");

  /** ILO modelled employment by the 14 ISIC Rev.4 section groups the ILO publishes. */
  public static final StructureScheme EMPLOYMENT =
      new StructureScheme(
          "employment",
          "employment_share",
          List.of(
              "ISIC4_A",
              "ISIC4_B",
              "ISIC4_C",
              "ISIC4_DE",
              "ISIC4_F",
              "ISIC4_G",
              "ISIC4_HJ",
              "ISIC4_I",
              "ISIC4_K",
              "ISIC4_LMN",
              "ISIC4_O",
              "ISIC4_P",
              "ISIC4_Q",
              "ISIC4_RSTU"),
          "ILO employment",
          "fraction of employment");

  public StructureScheme {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(unit, "unit");
    groups = List.copyOf(groups);
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("scheme " + id + " has no groups");
    }
    if (new HashSet<>(groups).size() != groups.size()) {
      throw new IllegalArgumentException("scheme " + id + " repeats a group: " + groups);
    }
  }

  /** The two shipped schemes. */
  public static List<StructureScheme> builtIn() {
    return List.of(VALUE_ADDED, EMPLOYMENT);
  }

  /**
   * {@code value-added} or {@code employment}.
   *
   * @throws IllegalArgumentException naming the accepted ids
   */
  public static StructureScheme parse(String id) {
    for (StructureScheme s : builtIn()) {
      if (s.id.equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "structure scheme '" + id + "' is not one of value-added, employment");
  }

  public boolean hasGroup(String group) {
    return groups.contains(group);
  }
}
