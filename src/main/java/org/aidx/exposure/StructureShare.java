package org.aidx.exposure;

import java.util.Objects;

/**
 * One row of an industry-structure table as published: the share of one ISIC group in one economy's
 * value added or employment in one year.
 *
 * <p>Example: {@code StructureShare("USA", 2019, "value_added_share", "ISIC3_C-E", 13.4742,
 * "industry-structure.csv:3")}.
 *
 * @param iso3 the economy
 * @param year the year
 * @param measure {@code value_added_share} or {@code employment_share}
 * @param isicCode the group code as published, e.g. {@code ISIC3_C-E}, {@code ISIC4_HJ}
 * @param percent the share in percent, finite
 * @param location the file and line it was read from
 */
public record StructureShare(
    String iso3, int year, String measure, String isicCode, double percent, String location) {
  public StructureShare {
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(isicCode, "isicCode");
    location = location == null ? "" : location;
    if (!Double.isFinite(percent)) {
      throw new IllegalArgumentException(
          "share of " + isicCode + " for " + iso3 + " in " + year + " is not finite: " + percent);
    }
  }
}
