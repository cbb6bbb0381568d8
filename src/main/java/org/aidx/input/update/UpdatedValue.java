package org.aidx.input.update;

import java.util.Objects;

/**
 * One value of an updated dataset with its provenance.
 *
 * @param text the value as written (the publisher's digits for a copied value)
 * @param url the URL(s) it was read from, joined by " + " when a transform read two
 * @param retrieved when the response(s) were retrieved (ISO-8601)
 * @param vintage the publisher's release where stated, else the response's Last-Modified, else
 *     "retrieved DATE"
 * @param sha256 the SHA-256 of each raw response, joined by " + "
 */
public record UpdatedValue(
    String iso3,
    String indicator,
    int year,
    double value,
    String text,
    String unit,
    String source,
    String url,
    String retrieved,
    String vintage,
    String sha256) {
  public UpdatedValue {
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(indicator, "indicator");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(indicator + " " + iso3 + " " + year + " is not finite");
    }
  }
}
