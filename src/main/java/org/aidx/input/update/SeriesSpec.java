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
    int i = transform.indexOf(':');
    return i < 0 ? "" : transform.substring(i + 1);
  }
}
