package org.aidx.input.update;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The World Bank Indicators API (v2, JSON): {@code
 * /v2/country/USA;CHN/indicator/SP.POP.TOTL?format=json&per_page=1000&page=N}, with {@code
 * &source=3} for the Worldwide Governance Indicators (a series written {@code 3:RQ.PER.RNK} in the
 * registry). Each page is {@code [ {page, pages, lastupdated, ...}, [ {countryiso3code, date,
 * value, ...}, ... ] ]}; the adapter follows {@code pages}. {@code lastupdated} is the release.
 */
final class WorldBankAdapter implements Adapter {
  static final int PER_PAGE = 1000;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  @Override
  public String name() {
    return "worldbank";
  }

  @Override
  public String defaultBaseUrl() {
    return "https://api.worldbank.org";
  }

  static String url(String base, SeriesSpec spec, List<String> economies, int page) {
    String series = spec.series();
    String source = "";
    int colon = series.indexOf(':');
    if (colon > 0) {
      source = "&source=" + series.substring(0, colon);
      series = series.substring(colon + 1);
    }
    return base
        + "/v2/country/"
        + String.join(";", economies)
        + "/indicator/"
        + series
        + "?format=json&per_page="
        + PER_PAGE
        + source
        + "&page="
        + page;
  }

  @Override
  public List<Point> fetch(SeriesSpec spec, Context ctx) {
    List<String> eco = new ArrayList<>(new TreeSet<>(ctx.economies()));
    List<Point> out = new ArrayList<>();
    NonNumbers bad = new NonNumbers();
    String first = url(ctx.baseUrl(), spec, eco, 1);
    int pages = 1;
    for (int page = 1; page <= pages; page++) {
      String url = url(ctx.baseUrl(), spec, eco, page);
      RawResponse r = ctx.fetcher().get(name(), url);
      JsonNode root;
      try {
        root = JSON.readTree(r.bytes());
      } catch (IOException e) {
        throw new SourceException(
            name(),
            url,
            "the body is not valid JSON ("
                + e.getMessage().lines().findFirst().orElse("")
                + "; a truncated response?); expected the API's [ {page, pages, ...}, [ values ] ]");
      }
      if (root != null && root.isArray() && root.size() == 1 && root.get(0).has("message")) {
        JsonNode m = root.get(0).path("message").path(0);
        throw new SourceException(
            name(),
            url,
            "the API answered with an error: "
                + m.path("key").asText()
                + ": "
                + m.path("value").asText()
                + " (check the series id '"
                + spec.series()
                + "' in the registry)");
      }
      if (root == null
          || !root.isArray()
          || root.size() != 2
          || !root.get(0).has("pages")
          || !(root.get(1).isArray() || root.get(1).isNull())) {
        throw new SourceException(
            name(),
            url,
            "expected a JSON array [ {page, pages, per_page, total, lastupdated}, [ values ] ]; got "
                + abbreviate(root == null ? "nothing" : root.toString()));
      }
      JsonNode head = root.get(0);
      pages = head.path("pages").asInt(1);
      String release =
          head.hasNonNull("lastupdated") ? "last updated " + head.get("lastupdated").asText() : "";
      for (JsonNode v : root.get(1)) {
        String iso = v.path("countryiso3code").asText("");
        if (iso.isEmpty() || !ctx.economies().contains(iso)) {
          continue;
        }
        JsonNode val = v.get("value");
        if (val == null || val.isNull()) {
          continue;
        }
        int year;
        try {
          year = Integer.parseInt(v.path("date").asText());
        } catch (NumberFormatException e) {
          throw new SourceException(
              name(), url, "expected a year in 'date', found '" + v.path("date").asText() + "'");
        }
        String text = val.isBigDecimal() ? val.decimalValue().toPlainString() : val.asText();
        Double d = val.isNumber() ? Double.valueOf(val.doubleValue()) : Adapter.number(text);
        if (d == null) {
          bad.add(iso, year, text);
          continue;
        }
        out.add(new Point(iso, year, d, text, List.of(r), release));
      }
    }
    bad.check(name(), first);
    return out;
  }

  static String abbreviate(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
  }
}
