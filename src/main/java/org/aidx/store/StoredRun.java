package org.aidx.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A past run: the request that made it, its manifest (inputs' hashes, methodology, version) and its
 * results, all as JSON text so that a later version can still read and re-run it.
 */
public record StoredRun(
    long id, String name, Instant created, String request, String manifest, String results) {
  public StoredRun {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(results, "results");
  }

  /** What a listing shows of a run. */
  public record Info(long id, String name, Instant created) {}

  public Info info() {
    return new Info(id, name, created);
  }
}
