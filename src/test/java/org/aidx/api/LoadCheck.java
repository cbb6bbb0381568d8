package org.aidx.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A bounded local load test, run by hand (not part of {@code mvn verify}): N clients POST {@code
 * /api/index} with random weights for S seconds; every answer is compared with the result computed
 * beforehand in this JVM for the same weights. Prints throughput and p50/p99 latency; exits 1 if
 * any answer is wrong or failed.
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp "$(cat target/cp.txt):target/classes:target/test-classes" org.aidx.api.LoadCheck 50 30 [URL]
 * </pre>
 *
 * Without URL it starts a server in this JVM on a free port with a temporary store.
 */
public final class LoadCheck {
  private LoadCheck() {}

  record Sample(String body, JsonNode expected) {}

  record Outcome(long[] nanos, int count, int wrong, int failed) {}

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    ApiServer own = null;
    String url;
    if (args.length > 2) {
      url = args[2].replaceAll("/$", "");
    } else {
      Path dir = Files.createTempDirectory("aidx-load");
      own = ApiServer.start(ServerOptions.of(0, dir), Analyses.NONE);
      url = "http://127.0.0.1:" + own.port();
    }
    // Expected answers first, so the load phase measures the server only.
    IndexService local = new IndexService(null);
    SplittableRandom rnd = new SplittableRandom(20261123L);
    String[] nodes = {
      "technology_activity",
      "market_friendliness",
      "compute",
      "algorithms",
      "data",
      "finance",
      "exposure_scale",
      "diffusion",
      "policy"
    };
    List<Sample> samples = new ArrayList<>();
    for (int k = 0; k < 200; k++) {
      StringBuilder b = new StringBuilder("{\"weights\": {");
      for (int n = 0; n < nodes.length; n++) {
        b.append(n == 0 ? "" : ", ")
            .append('"')
            .append(nodes[n])
            .append("\": ")
            .append(String.format(Locale.ROOT, "%.1f", 0.1 + rnd.nextInt(30) / 10.0));
      }
      String body = b.append("}}").toString();
      IndexRequest q = IndexRequest.parse(Http.JSON.readTree(body), Set.of());
      samples.add(
          new Sample(body, IndexService.resultJson(local.compute(q).result()).get("economies")));
    }
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    // Warm-up: JIT and caches, not measured.
    for (int k = 0; k < 50; k++) {
      post(client, url, samples.get(k % samples.size()).body());
    }
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<Outcome>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      long seed = c;
      futures.add(
          pool.submit(
              () -> {
                SplittableRandom r = new SplittableRandom(seed);
                long[] nanos = new long[1 << 16];
                int n = 0;
                int wrong = 0;
                int failed = 0;
                while (System.nanoTime() < end) {
                  Sample s = samples.get(r.nextInt(samples.size()));
                  long t0 = System.nanoTime();
                  HttpResponse<String> resp;
                  try {
                    resp = post(client, url, s.body());
                  } catch (IOException e) {
                    failed++;
                    continue;
                  }
                  long dt = System.nanoTime() - t0;
                  if (n == nanos.length) {
                    nanos = Arrays.copyOf(nanos, n * 2);
                  }
                  nanos[n++] = dt;
                  if (resp.statusCode() != 200
                      || !Http.JSON.readTree(resp.body()).get("economies").equals(s.expected())) {
                    wrong++;
                  }
                }
                return new Outcome(Arrays.copyOf(nanos, n), n, wrong, failed);
              }));
    }
    long[] all = new long[0];
    int total = 0;
    int wrong = 0;
    int failed = 0;
    for (Future<Outcome> f : futures) {
      Outcome o = f.get();
      int before = all.length;
      all = Arrays.copyOf(all, before + o.count());
      System.arraycopy(o.nanos(), 0, all, before, o.count());
      total += o.count();
      wrong += o.wrong();
      failed += o.failed();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Arrays.sort(all);
    System.out.printf(
        Locale.ROOT,
        "%d clients, %.1f s: %d requests, %.0f req/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
            + " wrong answers %d, failed requests %d%n",
        clients,
        elapsed,
        total,
        total / elapsed,
        pct(all, 0.50),
        pct(all, 0.99),
        all.length == 0 ? 0 : all[all.length - 1] / 1e6,
        wrong,
        failed);
    if (own != null) {
      own.close();
    }
    System.exit(wrong == 0 && failed == 0 && total > 0 ? 0 : 1);
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static HttpResponse<String> post(HttpClient c, String url, String body)
      throws IOException, InterruptedException {
    return c.send(
        HttpRequest.newBuilder(URI.create(url + "/api/index"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
