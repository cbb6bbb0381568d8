package org.aidx.input.update;

import java.util.List;
import java.util.Set;

/** Reads one publisher's format: fetches a series and returns its values by economy and year. */
interface Adapter {
  /**
   * What an adapter needs besides the series: the fetcher, the economies wanted (ISO3), and the
   * publisher's base URL (the real one, or a test server's).
   */
  record Context(Fetcher fetcher, Set<String> economies, String baseUrl) {}

  /** The adapter's name in the registry, e.g. {@code worldbank}. */
  String name();

  /** The publisher's base URL, e.g. {@code https://api.worldbank.org}. */
  String defaultBaseUrl();

  /** The URL(s) a series comes from, for the manifest and for messages. */
  List<Point> fetch(SeriesSpec spec, Context ctx);

  /** A number as the publisher wrote it, or null when the cell is not a number. */
  static Double number(String text) {
    String s = text.trim();
    if (s.isEmpty()) {
      return null;
    }
    try {
      double v = Double.parseDouble(s);
      return Double.isFinite(v) ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
