package org.aidx.input.update;

import java.time.Instant;
import java.util.Objects;

/**
 * A publisher's response as received: the URL, the body's bytes and SHA-256, when it was retrieved
 * and the validators the server sent (ETag, Last-Modified), which also serve as the publisher's
 * vintage where it states none.
 *
 * @param origin {@code network} (a new body), {@code revalidated} (the server answered 304 Not
 *     Modified, the cached body stands) or {@code cache} (offline, {@code --as-of} or a pinned
 *     manifest)
 */
public record RawResponse(
    String url,
    byte[] body,
    String sha256,
    Instant retrieved,
    String etag,
    String lastModified,
    String origin) {
  public RawResponse {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(retrieved, "retrieved");
    etag = etag == null ? "" : etag;
    lastModified = lastModified == null ? "" : lastModified;
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The body without copying, for this package's parsers (which never change it). */
  byte[] bytes() {
    return body;
  }
}
