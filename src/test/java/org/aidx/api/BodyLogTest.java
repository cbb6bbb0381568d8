package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body that never arrives is the client's problem: one warning line naming client, route and
 * bytes received, never "internal error" with a stack trace; a real defect is logged with its
 * trace. The server's log is captured, so the suite's output stays quiet. Loopback only; every wait
 * is bounded.
 */
class BodyLogTest {
  static final Duration PROMPTLY = Duration.ofSeconds(20);

  @TempDir Path dir;

  private static Socket postHead(ApiServer s, int declared, String firstBytes) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), s.port());
    socket.setSoTimeout((int) PROMPTLY.toMillis());
    OutputStream out = socket.getOutputStream();
    out.write(
        ("POST /api/index HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: "
                + declared
                + "\r\n\r\n"
                + firstBytes)
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }

  /** The log lines containing text, once there is one (waiting at most PROMPTLY). */
  private static List<String> awaitLines(LogCapture log, String text) throws InterruptedException {
    long until = System.nanoTime() + PROMPTLY.toNanos();
    while (log.lines(text).isEmpty() && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    return log.lines(text);
  }

  private static void assertNoStackTrace(LogCapture log) {
    assertThat(log.lines())
        .noneMatch(
            l -> l.contains("internal error") || l.contains("Exception") || l.startsWith("\tat "));
  }

  @Test
  void an_aborted_body_is_one_warning_line_with_client_route_and_bytes() throws Exception {
    try (LogCapture log = new LogCapture();
        ApiServer s = ApiServer.start(ServerOptions.of(0, dir.resolve("store")), Analyses.NONE)) {
      try (Socket socket = postHead(s, 1000, "{\"tiers\":")) {
        socket.getOutputStream().flush();
      }
      List<String> lines = awaitLines(log, "request body aborted");
      assertThat(lines).hasSize(1);
      assertThat(lines.get(0))
          .contains("WARN")
          .contains("POST /api/index from 127.0.0.1")
          .contains("9 of 1000 bytes received");
      assertNoStackTrace(log);
    }
  }

  @Test
  void a_stalled_body_gets_408_and_one_warning_line() throws Exception {
    ServerOptions o = ServerOptions.of(0, dir.resolve("store")).withBodyTimeoutMillis(300);
    try (LogCapture log = new LogCapture();
        ApiServer s = ApiServer.start(o, Analyses.NONE);
        Socket socket = postHead(s, 1000, "{")) {
      String head = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(head).isEqualTo("HTTP/1.1 408");
      List<String> lines = awaitLines(log, "request body too slow");
      assertThat(lines).hasSize(1);
      assertThat(lines.get(0)).contains("POST /api/index from 127.0.0.1: 1 of 1000 bytes received");
      assertNoStackTrace(log);
    }
  }

  @Test
  void a_trickling_body_gets_408_once_past_the_grace_at_under_1_kb_per_second() throws Exception {
    // a byte every 0.2 s is 5 bytes/s: refused once the waiting passes the grace of 2 s
    try (LogCapture log = new LogCapture();
        ApiServer s = ApiServer.start(ServerOptions.of(0, dir.resolve("store")), Analyses.NONE);
        Socket socket = postHead(s, 1000, "{")) {
      Thread writer =
          new Thread(
              () -> {
                try {
                  for (int k = 0; k < 100; k++) {
                    Thread.sleep(200);
                    socket.getOutputStream().write(' ');
                    socket.getOutputStream().flush();
                  }
                } catch (IOException | InterruptedException e) {
                  // the server answered and closed, or the test ended: stop trickling
                }
              });
      writer.start();
      String head = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      writer.interrupt();
      assertThat(head).isEqualTo("HTTP/1.1 408");
      assertThat(awaitLines(log, "request body too slow")).hasSize(1);
      assertNoStackTrace(log);
    }
  }

  /** Every index request fails with a defect of this (test) build. */
  static final class Broken implements Analyses {
    @Override
    public JsonNode scenario(JsonNode request, IndexService service) {
      throw new IllegalStateException("a defect planted by the test");
    }

    @Override
    public JsonNode robustness(RobustnessRequest request, IndexService service) {
      throw new IllegalStateException("a defect planted by the test");
    }
  }

  @Test
  void a_real_defect_is_a_500_logged_with_its_stack_trace() throws Exception {
    try (LogCapture log = new LogCapture();
        ApiServer s = ApiServer.start(ServerOptions.of(0, dir.resolve("store")), new Broken())) {
      Http.Answer a = Http.of(s).post("/api/robustness", "{\"runs\": 10}");
      assertThat(a.status()).isEqualTo(500);
      assertThat(awaitLines(log, "internal error on POST /api/robustness")).hasSize(1);
      assertThat(log.lines()).anyMatch(l -> l.startsWith("\tat "));
    }
  }
}
