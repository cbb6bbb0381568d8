package org.aidx.input.update;

import java.util.ArrayList;
import java.util.List;

/**
 * Cells that should hold a number and do not, collected over a whole response and then reported
 * together; never coerced to a number or dropped in silence.
 */
final class NonNumbers {
  private final List<String> found = new ArrayList<>();

  void add(String iso3, int year, String text) {
    found.add(iso3 + " " + year + " '" + text + "'");
  }

  /** Throws a {@link SourceException} listing them, if there are any. */
  void check(String source, String url) {
    if (found.isEmpty()) {
      return;
    }
    List<String> shown = found.size() > 10 ? found.subList(0, 10) : found;
    throw new SourceException(
        source,
        url,
        found.size()
            + " value(s) are not numbers: "
            + String.join(", ", shown)
            + (found.size() > shown.size() ? ", …" : "")
            + " (not coerced; the publisher may have changed the series' unit or format)");
  }
}
