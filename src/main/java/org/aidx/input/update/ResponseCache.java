package org.aidx.input.update;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.aidx.store.AtomicFiles;

/**
 * The cache of raw responses: every body a publisher sent, stored once under its SHA-256 ({@code
 * responses/<sha256>}), and a log of retrievals ({@code retrievals.jsonl}: URL, time, hash, ETag,
 * Last-Modified), one JSON line each. A body is never overwritten or deleted, so any past update
 * can be rebuilt: the latest retrieval of a URL on or before a date, or the exact hash a manifest
 * pinned.
 */
public final class ResponseCache {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path dir;

  /** A retrieval in the log. */
  public record Retrieval(
      String url, Instant retrieved, String sha256, String etag, String lastModified) {}

  public ResponseCache(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  /** Stores the body (once per hash) and logs the retrieval. */
  synchronized void record(RawResponse r) {
    Path body = dir.resolve("responses").resolve(r.sha256());
    if (!Files.exists(body)) {
      AtomicFiles.write(body, r.bytes());
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("url", r.url());
    o.put("retrieved", r.retrieved().toString());
    o.put("sha256", r.sha256());
    o.put("etag", r.etag());
    o.put("lastModified", r.lastModified());
    try {
      Files.createDirectories(dir);
      Files.writeString(
          dir.resolve("retrievals.jsonl"),
          JSON.writeValueAsString(o) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the cache log in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Every retrieval in the log, oldest first. */
  public synchronized List<Retrieval> retrievals() {
    Path log = dir.resolve("retrievals.jsonl");
    List<Retrieval> out = new ArrayList<>();
    if (!Files.exists(log)) {
      return out;
    }
    try {
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        out.add(
            new Retrieval(
                n.path("url").asText(),
                Instant.parse(n.path("retrieved").asText()),
                n.path("sha256").asText(),
                n.path("etag").asText(),
                n.path("lastModified").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the cache log " + log + ": " + e.getMessage(), e);
    }
    out.sort(Comparator.comparing(Retrieval::retrieved));
    return out;
  }

  /** The latest retrieval of {@code url} at or before {@code asOf} (any time when null). */
  public Optional<Retrieval> latest(String url, Instant asOf) {
    Retrieval best = null;
    for (Retrieval r : retrievals()) {
      if (r.url().equals(url) && (asOf == null || !r.retrieved().isAfter(asOf))) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The cached body of a retrieval, checked against its hash. */
  public Optional<RawResponse> load(Retrieval r, String origin) {
    Path body = dir.resolve("responses").resolve(r.sha256());
    if (!Files.exists(body)) {
      return Optional.empty();
    }
    try {
      byte[] b = Files.readAllBytes(body);
      if (!sha256(b).equals(r.sha256())) {
        throw new IllegalStateException(
            "the cached body "
                + body
                + " does not match its SHA-256: the cache was changed by hand");
      }
      return Optional.of(
          new RawResponse(
              r.url(), b, r.sha256(), r.retrieved(), r.etag(), r.lastModified(), origin));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + body + ": " + e.getMessage(), e);
    }
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
