package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.aidx.testing.TinyIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every upload the server acknowledged with 201 is still there after the server process is killed
 * with SIGKILL (no shutdown hook, no close) and started again on the same store.
 */
class CrashDurabilityTest {
  static final int ACKNOWLEDGED = 25;

  @TempDir Path dir;

  /** Starts {@code aidx serve --port 0} in a separate JVM; returns it with its base URL. */
  private record Server(Process process, String base) {
    static Server start(Path store, Path log) throws IOException {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process p =
          new ProcessBuilder(
                  java,
                  "-Xmx256m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  "org.aidx.cli.Main",
                  "serve",
                  "--port",
                  "0",
                  "--data-dir",
                  store.toString())
              .redirectError(log.toFile())
              .start();
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine(); // "aidx serve: dashboard at http://127.0.0.1:PORT/"
      if (line == null || !line.contains("http://")) {
        p.destroyForcibly();
        throw new IllegalStateException("the server did not start: " + line);
      }
      String url = line.substring(line.indexOf("http://")).strip();
      return new Server(p, url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    void kill() throws InterruptedException {
      process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook runs, nothing is closed
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void every_acknowledged_upload_survives_a_kill_9() throws Exception {
    // a small index and a dataset for it (the shipped file lacks the derived exposure values)
    byte[] framework = TinyIndex.FRAMEWORK.getBytes(StandardCharsets.UTF_8);
    byte[] csv = TinyIndex.data("1").getBytes(StandardCharsets.UTF_8);
    Path store = dir.resolve("store");
    Server s = Server.start(store, dir.resolve("first.log"));
    List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    HttpClient client = HttpClient.newHttpClient();
    try {
      HttpResponse<String> fw =
          client.send(
              HttpRequest.newBuilder(URI.create(s.base() + "/api/frameworks?name=tiny.yaml"))
                  .header("Content-Type", "application/yaml")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(framework))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(fw.statusCode()).as(fw.body()).isEqualTo(201);
      String fwId = Http.JSON.readTree(fw.body()).get("id").asText();
      Runnable uploader =
          () -> {
            // bounded: at most 4 attempts per acknowledgement wanted, then the test fails below
            while (acknowledged.size() < ACKNOWLEDGED && next.get() < 4 * ACKNOWLEDGED) {
              String name = "upload-" + next.getAndIncrement() + ".csv&framework=" + fwId;
              try {
                HttpResponse<String> r =
                    client.send(
                        HttpRequest.newBuilder(URI.create(s.base() + "/api/datasets?name=" + name))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(csv))
                            .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                  acknowledged.add(Http.JSON.readTree(r.body()).get("name").asText());
                }
              } catch (IOException e) {
                return; // the server is gone
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
              }
            }
          };
      Thread a = new Thread(uploader, "client-a");
      Thread b = new Thread(uploader, "client-b");
      a.start();
      b.start();
      while (acknowledged.size() < ACKNOWLEDGED && (a.isAlive() || b.isAlive())) {
        Thread.onSpinWait();
      }
      s.kill(); // right after the 25th acknowledgement, while the other client may be mid-upload
      a.join(30_000);
      b.join(30_000);
    } finally {
      s.process().destroyForcibly();
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED);

    Server again = Server.start(store, dir.resolve("second.log"));
    try {
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(URI.create(again.base() + "/api/datasets")).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      List<String> stored = new ArrayList<>();
      for (JsonNode e : Http.JSON.readTree(r.body())) {
        stored.add(e.get("name").asText());
      }
      assertThat(stored).containsAll(List.copyOf(acknowledged));
    } finally {
      again.kill();
    }
  }
}
