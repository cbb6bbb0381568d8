package org.aidx.input.update;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Gets a URL for an adapter: from the network politely, or from the cache only.
 *
 * <ul>
 *   <li>Online, a URL already in the cache is revalidated: the request carries {@code
 *       If-None-Match} (its ETag) and {@code If-Modified-Since} (its Last-Modified), and a 304
 *       answer reuses the cached body.
 *   <li>At most {@link Options#perHost} requests run at once per host; a connection error, a
 *       timeout, a 429 or a 5xx answer is retried {@link Options#attempts} times in all, waiting
 *       {@code backoff × 2^k} between tries; a 4xx answer is not retried.
 *   <li>Every request names aidx and its version in {@code User-Agent}.
 *   <li>Offline, with {@code asOf} or with a pinned manifest, only the cache answers.
 * </ul>
 */
public final class Fetcher {
  /**
   * How to fetch.
   *
   * @param offline use the cache only
   * @param asOf use the latest cached retrieval at or before this time (implies the cache only)
   * @param pinned URL → SHA-256 of the body to use (from a manifest; the cache only)
   */
  public record Options(
      Duration timeout,
      int attempts,
      Duration backoff,
      int perHost,
      boolean offline,
      Instant asOf,
      Map<String, String> pinned,
      String userAgent) {
    public Options {
      if (attempts < 1 || perHost < 1) {
        throw new IllegalArgumentException("attempts and perHost must be at least 1");
      }
      pinned = pinned == null ? Map.of() : Map.copyOf(pinned);
    }

    /** 30 s timeout, 3 attempts 1 s apart doubling, 2 requests per host, online. */
    public static Options of(String version) {
      return new Options(
          Duration.ofSeconds(30),
          3,
          Duration.ofSeconds(1),
          2,
          false,
          null,
          Map.of(),
          "aidx/" + version + " (aidx data update; composite AI development index)");
    }

    public Options withTimeout(Duration t) {
      return new Options(t, attempts, backoff, perHost, offline, asOf, pinned, userAgent);
    }

    public Options withRetries(int attempts, Duration backoff) {
      return new Options(timeout, attempts, backoff, perHost, offline, asOf, pinned, userAgent);
    }

    public Options withPerHost(int n) {
      return new Options(timeout, attempts, backoff, n, offline, asOf, pinned, userAgent);
    }

    public Options withOffline(boolean off) {
      return new Options(timeout, attempts, backoff, perHost, off, asOf, pinned, userAgent);
    }

    public Options withAsOf(Instant t) {
      return new Options(timeout, attempts, backoff, perHost, offline, t, pinned, userAgent);
    }

    public Options withPinned(Map<String, String> p) {
      return new Options(timeout, attempts, backoff, perHost, offline, asOf, p, userAgent);
    }

    public boolean cacheOnly() {
      return offline || asOf != null || !pinned.isEmpty();
    }
  }

  private final ResponseCache cache;
  private final Options options;
  private final Clock clock;
  private final HttpClient http;
  private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

  public Fetcher(ResponseCache cache, Options options, Clock clock) {
    this.cache = cache;
    this.options = options;
    this.clock = clock;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(options.timeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  Clock clock() {
    return clock;
  }

  public Options options() {
    return options;
  }

  /** The response for {@code url}, or a {@link SourceException} naming the source and the URL. */
  public RawResponse get(String source, String url) {
    if (options.cacheOnly()) {
      return fromCache(source, url);
    }
    Optional<ResponseCache.Retrieval> prev = cache.latest(url, null);
    HttpRequest.Builder rb =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(options.timeout())
            .header("User-Agent", options.userAgent())
            .GET();
    prev.ifPresent(
        p -> {
          if (!p.etag().isEmpty()) {
            rb.header("If-None-Match", p.etag());
          }
          if (!p.lastModified().isEmpty()) {
            rb.header("If-Modified-Since", p.lastModified());
          }
        });
    HttpRequest request = rb.build();
    String host = request.uri().getHost() + ":" + request.uri().getPort();
    Semaphore slots = hosts.computeIfAbsent(host, h -> new Semaphore(options.perHost(), true));
    String last = "";
    for (int attempt = 1; attempt <= options.attempts(); attempt++) {
      if (attempt > 1) {
        sleep(options.backoff().multipliedBy(1L << (attempt - 2)));
      }
      HttpResponse<byte[]> resp;
      try {
        slots.acquire();
        try {
          resp = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } finally {
          slots.release();
        }
      } catch (HttpTimeoutException e) {
        last = "no answer within " + options.timeout().toMillis() + " ms";
        continue;
      } catch (IOException e) {
        last =
            "cannot read the response ("
                + e.getClass().getSimpleName()
                + ": "
                + e.getMessage()
                + ")";
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SourceException(source, url, "interrupted");
      }
      int status = resp.statusCode();
      Instant now = clock.instant();
      if (status == 304 && prev.isPresent()) {
        ResponseCache.Retrieval p = prev.get();
        RawResponse cached =
            cache
                .load(p, "revalidated")
                .orElseThrow(
                    () ->
                        new SourceException(
                            source, url, "the server answered 304 but the cached body is missing"));
        RawResponse r =
            new RawResponse(
                url,
                cached.bytes(),
                cached.sha256(),
                now,
                header(resp, "ETag", p.etag()),
                header(resp, "Last-Modified", p.lastModified()),
                "revalidated");
        cache.record(r);
        return r;
      }
      if (status == 200) {
        byte[] b = resp.body();
        RawResponse r =
            new RawResponse(
                url,
                b,
                ResponseCache.sha256(b),
                now,
                header(resp, "ETag", ""),
                header(resp, "Last-Modified", ""),
                "network");
        cache.record(r);
        return r;
      }
      last = "HTTP " + status + " " + reason(status);
      if (status != 429 && status < 500) {
        throw new SourceException(
            source,
            url,
            last
                + (status == 404
                    ? ": the publisher does not serve this URL (check the series id in the registry)"
                    : ""));
      }
    }
    throw new SourceException(
        source, url, last + " after " + options.attempts() + " attempt(s)" + cacheHint(url));
  }

  private String cacheHint(String url) {
    return cache.latest(url, null).isPresent()
        ? "; the cache has an earlier response: --offline uses it"
        : "";
  }

  private RawResponse fromCache(String source, String url) {
    String sha = options.pinned().get(url);
    Optional<ResponseCache.Retrieval> r;
    if (sha != null) {
      r = cache.retrievals().stream().filter(x -> x.sha256().equals(sha)).reduce((a, b) -> b);
    } else if (!options.pinned().isEmpty()) {
      throw new SourceException(source, url, "the pinned manifest has no response for this URL");
    } else {
      r = cache.latest(url, options.asOf());
    }
    return r.flatMap(x -> cache.load(x, "cache"))
        .map(
            x ->
                new RawResponse(
                    url, x.bytes(), x.sha256(), x.retrieved(), x.etag(), x.lastModified(), "cache"))
        .orElseThrow(
            () ->
                new SourceException(
                    source,
                    url,
                    "not in the cache "
                        + cache.dir()
                        + (sha != null
                            ? " (pinned SHA-256 " + sha + ")"
                            : options.asOf() != null
                                ? " with a retrieval on or before " + options.asOf()
                                : "")
                        + "; run once online to fill it"));
  }

  private static String header(HttpResponse<?> r, String name, String otherwise) {
    return r.headers().firstValue(name).orElse(otherwise);
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "(bad request)";
      case 403 -> "(forbidden)";
      case 404 -> "(not found)";
      case 429 -> "(too many requests)";
      case 500 -> "(server error)";
      case 502 -> "(bad gateway)";
      case 503 -> "(service unavailable)";
      case 504 -> "(gateway timeout)";
      default -> "";
    };
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
