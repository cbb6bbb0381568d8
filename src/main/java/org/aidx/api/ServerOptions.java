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
 */
public record ServerOptions(String host, int port, Path dataDir, String token, long maxBodyBytes) {
  public static final String LOOPBACK = "127.0.0.1";
  public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;

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
    token = token == null || token.isBlank() ? null : token;
    if (token == null && !isLoopback(host)) {
      throw new IllegalArgumentException(
          "a server bound to " + host + " needs a token for write requests; pass --token");
    }
  }

  /** Loopback defaults: 127.0.0.1, no token, 10 MB bodies. */
  public static ServerOptions of(int port, Path dataDir) {
    return new ServerOptions(LOOPBACK, port, dataDir, null, DEFAULT_MAX_BODY);
  }

  public ServerOptions withToken(String t) {
    return new ServerOptions(host, port, dataDir, t, maxBodyBytes);
  }

  public ServerOptions withHost(String h) {
    return new ServerOptions(h, port, dataDir, token, maxBodyBytes);
  }

  public ServerOptions withMaxBodyBytes(long m) {
    return new ServerOptions(host, port, dataDir, token, m);
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
