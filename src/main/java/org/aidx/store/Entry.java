package org.aidx.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored upload, without its content.
 *
 * @param name the user's label, e.g. {@code oecd-2024.csv}; never used as a path
 * @param summary a one-line description, e.g. {@code 320 observations, 20 economies, 16 indicators}
 */
public record Entry(
    long id, Kind kind, String name, Instant created, String sha256, long bytes, String summary) {
  public Entry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(created, "created");
    summary = summary == null ? "" : summary;
  }
}
