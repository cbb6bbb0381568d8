package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connections that send headers and one byte of a body, then stall, neither block the health check
 * nor other requests, and each is answered 408 once its body timeout passes. Loopback only, a
 * bounded number of connections, and every wait has a bound, so the test stops by itself.
 */
class SlowClientTest {
  /** More slow connections than the server has body slots (see ApiServer.BODY_SLOTS). */
  static final int SLOW = ApiServer.BODY_SLOTS + 100;

  static final Duration PROMPTLY = Duration.ofSeconds(20);

  @TempDir Path dir;

  private static Socket slow(int port) throws IOException {
    Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
    s.setSoTimeout((int) PROMPTLY.toMillis());
    OutputStream o = s.getOutputStream();
    o.write(
        ("POST /api/index HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 1000\r\n\r\n{")
            .getBytes(StandardCharsets.US_ASCII));
    o.flush();
    return s;
  }

  private static HttpResponse<String> send(HttpClient c, HttpRequest.Builder b) throws Exception {
    return c.send(b.timeout(PROMPTLY).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Waits a tenth of a second before the next attempt; true to go on. */
  private static boolean pause() throws InterruptedException {
    Thread.sleep(100);
    return true;
  }

  @Test
  void stalled_bodies_leave_health_and_index_answering_and_get_408() throws Exception {
    ServerOptions o = ServerOptions.of(0, dir.resolve("store")).withBodyTimeoutMillis(2000);
    List<Socket> held = new ArrayList<>();
    try (LogCapture log = new LogCapture();
        ApiServer s = ApiServer.start(o, Analyses.builtIn())) {
      String base = "http://127.0.0.1:" + s.port();
      HttpClient c = HttpClient.newBuilder().connectTimeout(PROMPTLY).build();
      try {
        for (int k = 0; k < SLOW; k++) {
          held.add(slow(s.port()));
        }
        HttpResponse<String> health =
            send(c, HttpRequest.newBuilder(URI.create(base + "/api/health")));
        assertThat(health.statusCode()).isEqualTo(200);
        HttpResponse<String> index =
            send(
                c,
                HttpRequest.newBuilder(URI.create(base + "/api/index"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(index.statusCode()).as(index.body()).isIn(200, 503);
        // a read of the shipped data needs no body slot: it answers even now
        HttpResponse<String> get = send(c, HttpRequest.newBuilder(URI.create(base + "/api/index")));
        assertThat(get.statusCode()).isEqualTo(200);

        // the first slow connection is answered 408 once its body timeout has passed
        InputStream in = held.get(0).getInputStream();
        byte[] head = in.readNBytes(12);
        assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 408");
      } finally {
        for (Socket h : held) {
          h.close();
        }
      }
      // with the slow connections gone, the index is computed again: the workers they held are
      // freed as each notices its closed socket, so a 503 (busy) may come first on a loaded
      // machine;
      // ask again until 200, within the same bound as every other wait
      long until = System.nanoTime() + PROMPTLY.toNanos();
      HttpResponse<String> after;
      do {
        after =
            send(
                c,
                HttpRequest.newBuilder(URI.create(base + "/api/index"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));
      } while (after.statusCode() == 503 && System.nanoTime() < until && pause());
      assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
      // each stalled body was logged as one line (too slow, or aborted when the test closed it)
      // and nothing as an internal error
      assertThat(log.lines())
          .isNotEmpty()
          .allMatch(
              l -> l.contains("request body too slow") || l.contains("request body aborted"), "");
      // at most one line per stalled connection (body slots bound how many wait at once, not in
      // all: a slot freed by a 408 takes the next stalled body)
      assertThat(log.lines().size()).isLessThanOrEqualTo(SLOW);
    }
  }
}
