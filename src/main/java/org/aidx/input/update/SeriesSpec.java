package org.aidx.input.update;

import java.util.Objects;

/**
 * One line of the source registry: the indicator {@code indicator} comes from {@code series} of the
 * {@code adapter}'s publisher, reshaped by {@code transform}.
 *
 * <p>Example: {@code private_ai_investment_5y, owid,
 * private-investment-in-artificial-intelligence-cset:All, sum:5} sums OWID's column {@code All} of
 * that grapher chart over the five years ending in each year.
 *
 * @param indicator the dataset's indicator id
 * @param adapter {@code worldbank}, {@code owid}, {@code epoch}, {@code top500}, {@code sdmx} or
 *     {@code manual}
 * @param series the adapter's series id (for a manual source: the page or file to download)
 * @param transform {@code copy}, {@code sum:N}, {@code window0:N}, {@code times:IND}, {@code
 *     percent_of:IND}, {@code sum_by_country:COLUMN} (for a manual source: the file and what to
 *     read from it)
 * @param unit the unit written with each value; {@code {start}} and {@code {end}} are a window's
 *     years
 * @param publisher the source text written with each value
 */
public record SeriesSpec(
    String indicator,
    String adapter,
    String series,
    String transform,
    String unit,
    String publisher) {
  public SeriesSpec {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(adapter, "adapter");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(transform, "transform");
    unit = unit == null ? "" : unit;
    publisher = publisher == null ? "" : publisher;
    if (indicator.isBlank() || adapter.isBlank() || series.isBlank()) {
      throw new IllegalArgumentException("indicator, adapter and series must not be blank");
    }
  }

  /** Whether the user downloads this source by hand (a report or a workbook behind a form). */
  public boolean manual() {
    return adapter.equals("manual");
  }

  /** The transform's name, before the first ':'. */
  public String transformName() {
    int i = transform.indexOf(':');
    return i < 0 ? transform : transform.substring(0, i);
  }

  /** The transform's argument, after the first ':', or "" when it has none. */
  public String transformArgument() {
    String t = omitStart() < 0 ? transform : transform.substring(0, omitStart());
    int i = t.indexOf(':');
    return i < 0 ? "" : t.substring(i + 1);
  }

  /**
   * Economies whose value is documented missingness rather than an observation, written after the
   * transform as {@code |omit:CHN GBR}: e.g. TOP500's sum for China, whose new systems are not
   * submitted to the list (the shipped extraction omits it for the same reason).
   */
  public java.util.Set<String> omitted() {
    int i = omitStart();
    if (i < 0) {
      return java.util.Set.of();
    }
    return java.util.Set.of(transform.substring(i + "|omit:".length()).trim().split("\\s+"));
  }

  private int omitStart() {
    return transform.indexOf("|omit:");
  }
}
