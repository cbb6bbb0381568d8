package org.aidx.exposure;

import java.util.Objects;

/**
 * One row of the NAICS → structure-group mapping: every NAICS code that starts with {@code
 * naicsPrefix} (and has no longer matching prefix) belongs to these groups.
 *
 * <p>Example: {@code MappingRule("51", "ISIC3_I", "ISIC4_HJ", "Information = ISIC Rev.4 J", ...)}
 * puts 5112 Software Publishers in UN transport, storage and communication and ILO H+J.
 *
 * @param naicsPrefix 2, 3 or 4 digits
 * @param valueAddedGroup a group of {@link StructureScheme#VALUE_ADDED}
 * @param employmentGroup a group of {@link StructureScheme#EMPLOYMENT}
 * @param note why the industries belong there (ISIC Rev.4 section, UN footnotes)
 * @param location the file and line it was read from
 */
public record MappingRule(
    String naicsPrefix,
    String valueAddedGroup,
    String employmentGroup,
    String note,
    String location) {
  public MappingRule {
    if (naicsPrefix == null || !naicsPrefix.matches("[0-9]{2,4}")) {
      throw new IllegalArgumentException(
          "NAICS prefix must be 2 to 4 digits, got '" + naicsPrefix + "'");
    }
    Objects.requireNonNull(valueAddedGroup, "valueAddedGroup");
    Objects.requireNonNull(employmentGroup, "employmentGroup");
    note = note == null ? "" : note;
    location = location == null ? "" : location;
  }

  /**
   * The group of this rule in one of the two built-in schemes.
   *
   * @throws IllegalArgumentException for any other scheme
   */
  public String group(StructureScheme scheme) {
    if (scheme.equals(StructureScheme.VALUE_ADDED)) {
      return valueAddedGroup;
    }
    if (scheme.equals(StructureScheme.EMPLOYMENT)) {
      return employmentGroup;
    }
    throw new IllegalArgumentException(
        "the industry mapping has groups for value-added and employment only, not " + scheme.id());
  }
}
