package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With every computation slot and the queue taken (one slot and a tiny queue, held by an analysis
 * that waits for the test's signal), a further computation gets 503 with Retry-After at once, cheap
 * reads still answer, and a queued request whose body arrived in one write is answered, never 408,
 * however long it waited. Loopback only; every wait is bounded.
 */
class BackPressureTest {
  static final Duration PROMPTLY = Duration.ofSeconds(20);

  @TempDir Path dir;

  /** Robustness answers that wait for {@link #release}; counts the computations that started. */
  static final class Held implements Analyses {
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger started = new AtomicInteger();

    @Override
    public JsonNode scenario(JsonNode request, IndexService service) {
      throw new NotAvailable("scenario", "not in this test");
    }

    @Override
    public JsonNode robustness(RobustnessRequest request, IndexService service) {
      started.incrementAndGet();
      try {
        if (!release.await(PROMPTLY.toSeconds(), TimeUnit.SECONDS)) {
          throw new IllegalStateException("the test never released the computation");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return Http.JSON.createObjectNode().put("seed", request.seed());
    }
  }

  /** Waits, a tenth of a second at a time and at most {@link #PROMPTLY}, until done. */
  private static void await(BooleanSupplier done) throws InterruptedException {
    long until = System.nanoTime() + PROMPTLY.toNanos();
    while (!done.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited too long").isLessThan(until);
      Thread.sleep(100);
    }
  }

  private static CompletableFuture<HttpResponse<String>> robustness(
      HttpClient c, ApiServer s, int seed) {
    return c.sendAsync(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/robustness"))
            .timeout(PROMPTLY)
            .POST(HttpRequest.BodyPublishers.ofString("{\"runs\": 10, \"seed\": " + seed + "}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void past_the_queue_a_computation_gets_503_with_retry_after_and_cheap_reads_still_answer()
      throws Exception {
    Held held = new Held();
    ServerOptions o = ServerOptions.of(0, dir.resolve("store")).withComputeSlots(1).withQueue(1);
    try (ApiServer s = ApiServer.start(o, held)) {
      Http http = Http.of(s);
      String tag = http.get("/api/index").header("ETag"); // computed before the slots fill up
      HttpClient c = HttpClient.newHttpClient();
      CompletableFuture<HttpResponse<String>> running = robustness(c, s, 1);
      await(() -> held.started.get() == 1);
      CompletableFuture<HttpResponse<String>> queued = robustness(c, s, 2);
      await(() -> s.slots().admitted() == 2);

      Http.Answer refused = http.post("/api/robustness", "{\"runs\": 10, \"seed\": 3}");
      assertThat(refused.status()).isEqualTo(503);
      assertThat(refused.header("Retry-After")).matches("[1-9][0-9]*");
      assertThat(refused.json().get("error").asText())
          .isEqualTo(
              "the server is busy: 1 computation(s) are running and 1 waiting, the most it"
                  + " queues");

      // cheap reads are not queued behind the computations
      assertThat(http.get("/api/health").status()).isEqualTo(200);
      assertThat(http.get("/app.js").status()).isEqualTo(200);
      assertThat(http.get("/api/index").status()).isEqualTo(200);
      assertThat(http.get("/api/index", "If-None-Match", tag).status()).isEqualTo(304);

      held.release.countDown();
      assertThat(running.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      assertThat(queued.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      assertThat(held.started.get()).isEqualTo(2);
    }
  }

  @Test
  void a_body_sent_in_one_write_is_not_timed_out_while_it_waits_in_the_queue() throws Exception {
    Held held = new Held();
    ServerOptions o =
        ServerOptions.of(0, dir.resolve("store"))
            .withComputeSlots(1)
            .withQueue(2)
            .withBodyTimeoutMillis(200);
    try (LogCapture log = new LogCapture();
        ApiServer s = ApiServer.start(o, held);
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), s.port())) {
      HttpClient c = HttpClient.newHttpClient();
      CompletableFuture<HttpResponse<String>> running = robustness(c, s, 1);
      await(() -> held.started.get() == 1);

      String body = "{\"tiers\": 3}";
      socket.setSoTimeout((int) PROMPTLY.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/index HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  + "Content-Length: "
                  + body.length()
                  + "\r\n\r\n"
                  + body)
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      await(() -> s.slots().admitted() == 2);
      // queued for five times the body timeout: that is the server's time, not the client's
      Thread.sleep(5 * 200);
      held.release.countDown();

      InputStream in = socket.getInputStream();
      assertThat(new String(in.readNBytes(12), StandardCharsets.US_ASCII))
          .isEqualTo("HTTP/1.1 200");
      assertThat(running.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      assertThat(log.lines("too slow")).isEmpty();
    }
  }
}
