package org.aidx.input.update;

import java.util.ArrayList;
import java.util.List;

/**
 * Our World in Data grapher CSV: {@code /grapher/<slug>.csv}, columns {@code Entity, Code, Year,
 * <column>...}. The registry's series is {@code <slug>:<column>}; rows whose {@code Code} is not a
 * wanted economy (regions, {@code OWID_*} aggregates) are skipped. OWID states no release in the
 * CSV, so the vintage is the response's Last-Modified (or the retrieval date).
 */
final class OwidAdapter implements Adapter {
  @Override
  public String name() {
    return "owid";
  }

  @Override
  public String defaultBaseUrl() {
    return "https://ourworldindata.org";
  }

  @Override
  public List<Point> fetch(SeriesSpec spec, Context ctx) {
    int colon = spec.series().indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException(
          "an owid series is '<slug>:<column>', got '" + spec.series() + "'");
    }
    String slug = spec.series().substring(0, colon);
    String column = spec.series().substring(colon + 1);
    String url = ctx.baseUrl() + "/grapher/" + slug + ".csv";
    RawResponse r = ctx.fetcher().get(name(), url);
    PublishedCsv csv = PublishedCsv.parse(name(), url, r.bytes());
    int code = csv.column(name(), "Code");
    int year = csv.column(name(), "Year");
    int value = csv.column(name(), column);
    List<Point> out = new ArrayList<>();
    NonNumbers bad = new NonNumbers();
    for (List<String> row : csv.rows()) {
      String iso = row.get(code).trim();
      if (!ctx.economies().contains(iso) || row.get(value).isBlank()) {
        continue;
      }
      int y;
      try {
        y = Integer.parseInt(row.get(year).trim());
      } catch (NumberFormatException e) {
        throw new SourceException(
            name(), url, "expected a year in column 'Year', found '" + row.get(year) + "'");
      }
      Double d = Adapter.number(row.get(value));
      if (d == null) {
        bad.add(iso, y, row.get(value));
        continue;
      }
      out.add(new Point(iso, y, d, row.get(value).trim(), List.of(r), ""));
    }
    bad.check(name(), url);
    return out;
  }
}
