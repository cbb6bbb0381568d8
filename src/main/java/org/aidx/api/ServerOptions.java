package org.aidx.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * How {@code aidx serve} listens.
 *
 * @param host the address to bind, {@code 127.0.0.1} by default
 * @param port the port; 0 picks a free one
 * @param dataDir where the store lives
 * @param token the bearer token that write requests must carry, or null (only allowed on a loopback
 *     address)
 * @param maxBodyBytes the largest request body accepted (uploads included)
 * @param bodyTimeoutMillis how long the server may wait for a body's next byte before it answers
 *     408 and frees the worker (slow or stalled clients); only time spent waiting for the client
 *     counts
 * @param computeSlots computations (index, analyses, upload checks) run at once; one per core by
 *     default
 * @param queue computations that may wait for a slot; past that, HTTP 503 with Retry-After
 */
public record ServerOptions(
    String host,
    int port,
    Path dataDir,
    String token,
    long maxBodyBytes,
    long bodyTimeoutMillis,
    int computeSlots,
    int queue) {
  public static final String LOOPBACK = "127.0.0.1";
  public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;

  /** Default {@link #bodyTimeoutMillis()}: 10 s without a byte. */
  public static final long DEFAULT_BODY_TIMEOUT_MILLIS = 10_000;

  /**
   * Slowest accepted body, in bytes per second the server waited for it, past its first 2 s of
   * waiting (a body trickling in more slowly is answered 408; see {@link RequestBody}): 1 KB/s, so
   * a 10 MB upload may take up to about 3 hours.
   */
  public static final long MIN_BODY_BYTES_PER_SECOND = 1024;

  /** Default {@link #queue()}: more than the 50 clients of the load benchmark. */
  public static final int DEFAULT_QUEUE = 100;

  /** The most {@link #queue()} accepts: each waiting request holds a thread. */
  public static final int MAX_QUEUE = 1000;

  /** Default {@link #computeSlots()}: the cores, since a computation keeps one busy. */
  public static int defaultComputeSlots() {
    return Runtime.getRuntime().availableProcessors();
  }

  public ServerOptions {
    host = host == null || host.isBlank() ? LOOPBACK : host.strip();
    Objects.requireNonNull(dataDir, "dataDir");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException(
          "the body size limit must be at least 1 KB, got " + maxBodyBytes + " bytes");
    }
    if (bodyTimeoutMillis < 100 || bodyTimeoutMillis > 600_000) {
      throw new IllegalArgumentException(
          "the body timeout must be between 100 ms and 10 minutes, got "
              + bodyTimeoutMillis
              + " ms");
    }
    if (computeSlots < 1 || computeSlots > 256) {
      throw new IllegalArgumentException(
          "--compute-slots must be between 1 and 256, got " + computeSlots);
    }
    if (queue < 0 || queue > MAX_QUEUE) {
      throw new IllegalArgumentException(
          "--queue must be between 0 and " + MAX_QUEUE + ", got " + queue);
    }
    token = token == null || token.isBlank() ? null : token;
    if (token == null && !isLoopback(host)) {
      throw new IllegalArgumentException(
          "a server bound to " + host + " needs a token for write requests; pass --token");
    }
  }

  /** With the default body timeout, compute slots and queue. */
  public ServerOptions(String host, int port, Path dataDir, String token, long maxBodyBytes) {
    this(host, port, dataDir, token, maxBodyBytes, DEFAULT_BODY_TIMEOUT_MILLIS);
  }

  /** With the default compute slots and queue. */
  public ServerOptions(
      String host,
      int port,
      Path dataDir,
      String token,
      long maxBodyBytes,
      long bodyTimeoutMillis) {
    this(
        host,
        port,
        dataDir,
        token,
        maxBodyBytes,
        bodyTimeoutMillis,
        defaultComputeSlots(),
        DEFAULT_QUEUE);
  }

  /** Loopback defaults: 127.0.0.1, no token, 10 MB bodies, 10 s body timeout. */
  public static ServerOptions of(int port, Path dataDir) {
    return new ServerOptions(LOOPBACK, port, dataDir, null, DEFAULT_MAX_BODY);
  }

  public ServerOptions withToken(String t) {
    return new ServerOptions(
        host, port, dataDir, t, maxBodyBytes, bodyTimeoutMillis, computeSlots, queue);
  }

  public ServerOptions withHost(String h) {
    return new ServerOptions(
        h, port, dataDir, token, maxBodyBytes, bodyTimeoutMillis, computeSlots, queue);
  }

  public ServerOptions withMaxBodyBytes(long m) {
    return new ServerOptions(host, port, dataDir, token, m, bodyTimeoutMillis, computeSlots, queue);
  }

  public ServerOptions withBodyTimeoutMillis(long ms) {
    return new ServerOptions(host, port, dataDir, token, maxBodyBytes, ms, computeSlots, queue);
  }

  public ServerOptions withComputeSlots(int n) {
    return new ServerOptions(host, port, dataDir, token, maxBodyBytes, bodyTimeoutMillis, n, queue);
  }

  public ServerOptions withQueue(int n) {
    return new ServerOptions(
        host, port, dataDir, token, maxBodyBytes, bodyTimeoutMillis, computeSlots, n);
  }

  public boolean loopback() {
    return isLoopback(host);
  }

  /** True for {@code localhost} and addresses such as 127.0.0.1 or ::1. */
  public static boolean isLoopback(String host) {
    if (host.equals("localhost")) {
      return true;
    }
    try {
      // Only literal addresses are checked, so no name is looked up on the network.
      if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")) {
        return false;
      }
      return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** A random 32-byte token, URL-safe Base64. */
  public static String newToken() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
