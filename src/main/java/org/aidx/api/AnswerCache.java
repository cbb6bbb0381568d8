package org.aidx.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Answers already sent, as the bytes sent, so that a repeated request costs a lookup: at most
 * {@code maxEntries} of them, least recently used dropped first. Each answer is computed once even
 * when many ask at once (the others wait for it); a failure (bad input) is not kept.
 *
 * <p>Each answer names the stored items it was computed from ({@code "dataset:3"}); deleting one
 * drops exactly the answers that used it ({@link #forget}). Answers of the shipped data use none
 * and stay until the server stops.
 */
final class AnswerCache {
  /**
   * One answer.
   *
   * @param etag a strong entity tag: the first 128 bits of the body's SHA-256, quoted; null for
   *     answers to POSTs
   * @param lastModified when it was computed, to the second (HTTP dates have no fractions)
   * @param uses the stored items it depends on, e.g. {@code dataset:3}
   */
  record Answer(
      byte[] body,
      String contentType,
      String etag,
      Instant lastModified,
      Set<String> uses,
      Gzipped gzipped) {
    Answer {
      uses = Set.copyOf(uses);
    }

    Answer(byte[] body, String contentType, String etag, Instant lastModified, Set<String> uses) {
      this(body, contentType, etag, lastModified, uses, new Gzipped(body));
    }

    /** The entity tag of the gzip-encoded body (another representation needs another tag). */
    String gzipEtag() {
      return etag == null ? null : etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    static Answer of(byte[] body, String contentType, Set<String> uses) {
      return new Answer(
          body,
          contentType,
          AnswerCache.etag(body),
          Instant.now().truncatedTo(ChronoUnit.SECONDS),
          uses);
    }

    static Answer json(String json, Set<String> uses) {
      return of(json.getBytes(StandardCharsets.UTF_8), "application/json", uses);
    }

    /**
     * An answer to a POST, which nobody revalidates: no entity tag (hashing 130 KB costs about as
     * much as sending it).
     */
    static Answer untagged(String json, Set<String> uses) {
      return new Answer(
          json.getBytes(StandardCharsets.UTF_8),
          "application/json",
          null,
          Instant.now().truncatedTo(ChronoUnit.SECONDS),
          uses);
    }
  }

  /**
   * The body gzip-encoded, made on first use and kept: a browser asks for gzip, and encoding 130 KB
   * costs more than looking the answer up.
   */
  static final class Gzipped {
    private final byte[] body;
    private byte[] encoded;

    Gzipped(byte[] body) {
      this.body = body;
    }

    synchronized byte[] bytes() {
      if (encoded == null) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 4);
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
          z.write(body);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException("gzip in memory cannot fail", e);
        }
        encoded = out.toByteArray();
      }
      return encoded;
    }
  }

  /** An answer and whether it came from the cache. */
  record Lookup(Answer answer, boolean hit) {}

  private final int maxEntries;
  private final Map<Object, CompletableFuture<Answer>> entries;

  AnswerCache(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("a cache holds at least 1 answer, got " + maxEntries);
    }
    this.maxEntries = maxEntries;
    this.entries = new LinkedHashMap<>(16, 0.75f, true);
  }

  /** The answer for key, computed by compute when it is not kept. */
  Lookup get(Object key, Supplier<Answer> compute) {
    CompletableFuture<Answer> f;
    boolean owner = false;
    synchronized (entries) {
      f = entries.get(key);
      if (f == null) {
        f = new CompletableFuture<>();
        entries.put(key, f);
        owner = true;
        trim();
      }
    }
    if (owner) {
      try {
        f.complete(compute.get());
      } catch (RuntimeException | Error e) {
        synchronized (entries) {
          entries.remove(key, f);
        }
        f.completeExceptionally(e);
        throw e;
      }
      return new Lookup(f.join(), false);
    }
    try {
      return new Lookup(f.join(), true);
    } catch (CompletionException e) {
      // the computation this request waited for failed (e.g. bad input): the same error
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** Drops every answer that used the stored item, e.g. {@code dataset:3}. */
  void forget(String item) {
    synchronized (entries) {
      entries
          .values()
          .removeIf(
              f -> f.isDone() && !f.isCompletedExceptionally() && f.join().uses().contains(item));
    }
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  private void trim() {
    Iterator<CompletableFuture<Answer>> it = entries.values().iterator();
    while (entries.size() > maxEntries && it.hasNext()) {
      if (it.next().isDone()) {
        it.remove();
      }
    }
  }

  static String etag(byte[] body) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(body);
      return '"' + HexFormat.of().formatHex(h, 0, 16) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * Whether an {@code If-None-Match} header matches the tag: {@code *}, or one of its
   * comma-separated tags, compared weakly (a {@code W/} prefix is ignored), as RFC 9110 asks for
   * this header.
   */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String t : ifNoneMatch.split(",")) {
      String s = t.strip();
      if (s.equals("*") || (s.startsWith("W/") ? s.substring(2) : s).equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
