package org.aidx.input.update;

import java.util.List;

/**
 * One value of a publisher's series as an adapter read it, before the registry's transform.
 *
 * @param text the number as the publisher wrote it (kept so the written dataset holds the same
 *     digits)
 * @param from the responses it was read from
 * @param release the publisher's release or vintage where it states one, else ""
 */
record Point(
    String iso3, int year, double value, String text, List<RawResponse> from, String release) {
  Point {
    from = List.copyOf(from);
    release = release == null ? "" : release;
  }
}
