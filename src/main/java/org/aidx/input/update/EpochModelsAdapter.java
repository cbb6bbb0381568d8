package org.aidx.input.update;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aidx.model.Economies;

/**
 * Epoch AI's notable models CSV ({@code /data/notable_ai_models.csv}): one row per model with
 * {@code Publication date} and {@code Country (of organization)}, a comma-separated list of country
 * names. Each model counts 1/n for each of its n distinct countries ("Multinational" counts as one
 * of them) in its publication year; a country-year's fractional count is rounded to 4 decimals, as
 * in the shared data's {@code epoch_notable_models_by_country_year.csv}. Models without a
 * publication date are left out (Epoch lists a few).
 *
 * <p>Example: a 2023 model of "United States of America,Multinational" adds 0.5 to USA 2023.
 */
final class EpochModelsAdapter implements Adapter {
  private static final Economies ECONOMIES = Economies.standard();

  @Override
  public String name() {
    return "epoch";
  }

  @Override
  public String defaultBaseUrl() {
    return "https://epoch.ai";
  }

  @Override
  public List<Point> fetch(SeriesSpec spec, Context ctx) {
    String url = ctx.baseUrl() + "/data/" + spec.series() + ".csv";
    RawResponse r = ctx.fetcher().get(name(), url);
    PublishedCsv csv = PublishedCsv.parse(name(), url, r.bytes());
    int date = csv.column(name(), "Publication date");
    int country = csv.column(name(), "Country (of organization)");
    Map<String, Double> perYear = new LinkedHashMap<>();
    int last = Integer.MIN_VALUE;
    for (List<String> row : csv.rows()) {
      String d = row.get(date).trim();
      if (d.length() < 4) {
        continue;
      }
      int year;
      try {
        year = Integer.parseInt(d.substring(0, 4));
      } catch (NumberFormatException e) {
        throw new SourceException(
            name(),
            url,
            "expected a date such as 2024-05-13 in 'Publication date', found '" + d + "'");
      }
      last = Math.max(last, year);
      Set<String> codes = new LinkedHashSet<>();
      for (String name : row.get(country).split(",")) {
        String n = name.trim();
        if (n.isEmpty()) {
          continue;
        }
        codes.add(code(n));
      }
      for (String c : codes) {
        perYear.merge(c + "|" + year, 1.0 / codes.size(), Double::sum);
      }
    }
    List<Point> out = new ArrayList<>();
    perYear.forEach(
        (k, v) -> {
          String iso = k.substring(0, k.indexOf('|'));
          if (ctx.economies().contains(iso)) {
            double rounded = round4(v);
            out.add(
                new Point(
                    iso,
                    Integer.parseInt(k.substring(k.indexOf('|') + 1)),
                    rounded,
                    Double.toString(rounded),
                    List.of(r),
                    ""));
          }
        });
    // the file's last publication year, for every economy: a rolling window runs to it even for
    // an economy with no model that year (its count is 0)
    for (String iso : new java.util.TreeSet<>(ctx.economies())) {
      if (last > Integer.MIN_VALUE && !perYear.containsKey(iso + "|" + last)) {
        out.add(new Point(iso, last, 0.0, "0.0", List.of(r), ""));
      }
    }
    return out;
  }

  /** An ISO3 code for Epoch's country name, or the name itself (e.g. Multinational). */
  private static String code(String name) {
    Economies.Resolution res = ECONOMIES.resolve(name);
    return res.found() ? res.iso3() : name;
  }

  /** x rounded to 4 decimals, half to even, from its exact binary value (as Python's round). */
  static double round4(double x) {
    return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }
}
