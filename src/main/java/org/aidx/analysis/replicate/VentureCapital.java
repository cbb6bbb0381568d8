package org.aidx.analysis.replicate;

import java.util.Objects;

/**
 * One published value of venture capital in AI: an economy's total deal value in a year.
 *
 * @param iso3 the economy
 * @param year the calendar year of the deals
 * @param usdMillion the total deal value, USD million, current prices
 * @param series which deals (e.g. {@code vc_ai_all_industries})
 */
public record VentureCapital(String iso3, int year, double usdMillion, String series) {
  public VentureCapital {
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(series, "series");
    if (!(usdMillion >= 0)) {
      throw new IllegalArgumentException(
          "deal value must be a non-negative number, got " + usdMillion + " for " + iso3);
    }
  }
}
