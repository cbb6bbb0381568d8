package org.aidx.input.update;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the publishers, on 127.0.0.1 and a free port: it serves each publisher's
 * format from the fixtures (real rows, see the fixtures' PROVENANCE.md). The World Bank API's JSON
 * pages are built from the WDI rows (values written with the publisher's digits) in pages of {@link
 * #PAGE}, whatever {@code per_page} asks, so a handful of rows already spans several pages. Any
 * path can be made to fail ({@link #fail}), answer late ({@link #delay}), drop the connection
 * halfway through the body ({@link #truncate}) or send other content ({@link #replace}). Bodies
 * carry an ETag, and a matching {@code If-None-Match} gets 304.
 */
final class PublisherServer implements AutoCloseable {
  static final int PAGE = 100;
  static final Path FIXTURES = Path.of("src/test/resources/org/aidx/input/update/fixtures");
  private final HttpServer server;
  private final Map<String, Integer> failures = new ConcurrentHashMap<>();
  private final Map<String, Integer> delays = new ConcurrentHashMap<>();
  private final Set<String> truncated = ConcurrentHashMap.newKeySet();
  private final Map<String, byte[]> replaced = new ConcurrentHashMap<>();
  final List<String> requests = new CopyOnWriteArrayList<>();
  final List<String> userAgents = new CopyOnWriteArrayList<>();
  final AtomicInteger notModified = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();

  /** The most requests this server was answering at once. */
  final AtomicInteger maxInFlight = new AtomicInteger();

  PublisherServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Every adapter pointed at this server. */
  Map<String, String> baseUrls() {
    return Map.of(
        "worldbank", base(),
        "owid", base(),
        "epoch", base(),
        "top500", base(),
        "sdmx", base() + "/sdmx");
  }

  /** Requests whose path contains {@code part} answer with {@code status}. */
  void fail(String part, int status) {
    failures.put(part, status);
  }

  void delay(String part, int millis) {
    delays.put(part, millis);
  }

  void truncate(String part) {
    truncated.add(part);
  }

  void replace(String part, byte[] body) {
    replaced.put(part, body);
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String query = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
    String full = path + "?" + query;
    requests.add(full);
    userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    // a request is in flight until its answer starts: the client may send its next request as soon
    // as it has read the answer, before this thread has returned from closing the exchange
    boolean[] answered = {false};
    Runnable answer =
        () -> {
          if (!answered[0]) {
            answered[0] = true;
            inFlight.decrementAndGet();
          }
        };
    try (ex) {
      for (var f : failures.entrySet()) {
        if (full.contains(f.getKey())) {
          answer.run();
          send(ex, f.getValue(), "error".getBytes(StandardCharsets.UTF_8), false);
          return;
        }
      }
      for (var d : delays.entrySet()) {
        if (full.contains(d.getKey())) {
          sleep(d.getValue());
        }
      }
      byte[] body = null;
      for (var r : replaced.entrySet()) {
        if (full.contains(r.getKey())) {
          body = r.getValue();
        }
      }
      if (body == null) {
        body = body(path, query);
      }
      answer.run();
      if (body == null) {
        send(ex, 404, "not found".getBytes(StandardCharsets.UTF_8), false);
        return;
      }
      String etag = "\"" + ResponseCache.sha256(body).substring(0, 16) + "\"";
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.incrementAndGet();
        ex.getResponseHeaders().add("ETag", etag);
        ex.sendResponseHeaders(304, -1);
        return;
      }
      ex.getResponseHeaders().add("ETag", etag);
      if (truncated.stream().anyMatch(full::contains)) {
        // the connection drops halfway: the length announced is the whole body's
        ex.sendResponseHeaders(200, body.length);
        OutputStream o = ex.getResponseBody();
        o.write(Arrays.copyOf(body, body.length / 2));
        o.flush();
        return;
      }
      send(ex, 200, body, false);
    } finally {
      answer.run();
    }
  }

  private static void send(HttpExchange ex, int status, byte[] body, boolean unused)
      throws IOException {
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(body);
    }
  }

  private static byte[] body(String path, String query) throws IOException {
    if (path.startsWith("/v2/country/")) {
      return worldBank(path, query);
    }
    if (path.startsWith("/grapher/")) {
      return file("owid/" + path.substring("/grapher/".length()));
    }
    if (path.equals("/data/notable_ai_models.csv")) {
      return file("epoch/notable_ai_models.csv");
    }
    if (path.equals("/lists/top500/2024/11/download/TOP500_202411.xlsx")) {
      return file("top500/TOP500_202411.xlsx");
    }
    if (path.startsWith("/sdmx/data/")) {
      return Files.readAllBytes(
          Path.of("examples/published-formats/sdmx-rd-expenditure_sample.csv"));
    }
    return null;
  }

  private static byte[] file(String name) throws IOException {
    Path p = FIXTURES.resolve(name);
    return Files.exists(p) ? Files.readAllBytes(p) : null;
  }

  /** One page of the API's JSON, built from the WDI (or WGI) rows of the fixtures. */
  private static byte[] worldBank(String path, String query) throws IOException {
    String[] parts = path.split("/");
    Set<String> eco = new HashSet<>(Arrays.asList(parts[3].split(";")));
    String code = parts[5];
    Map<String, String> q = new java.util.HashMap<>();
    for (String kv : query.split("&")) {
      int i = kv.indexOf('=');
      if (i > 0) {
        q.put(kv.substring(0, i), URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8));
      }
    }
    List<String[]> rows = new ArrayList<>(); // iso3, year, value text
    if ("3".equals(q.get("source"))) {
      if (!code.equals("RQ.PER.RNK")) {
        return invalid();
      }
      for (String line : lines("wgi/wgi_rq.csv")) {
        String[] c = line.split(",");
        rows.add(new String[] {c[1], c[3], c[8]});
      }
    } else {
      byte[] csv = file("wdi/" + code.toLowerCase(java.util.Locale.ROOT) + ".csv");
      if (csv == null) {
        return invalid();
      }
      for (String line : lines("wdi/" + code.toLowerCase(java.util.Locale.ROOT) + ".csv")) {
        int last = line.lastIndexOf(',');
        int year = line.lastIndexOf(',', last - 1);
        int iso = line.lastIndexOf(',', year - 1);
        rows.add(
            new String[] {
              line.substring(iso + 1, year),
              line.substring(year + 1, last),
              line.substring(last + 1)
            });
      }
    }
    rows.removeIf(r -> !eco.contains(r[0]));
    int page = Integer.parseInt(q.getOrDefault("page", "1"));
    int pages = Math.max(1, (rows.size() + PAGE - 1) / PAGE);
    StringBuilder b = new StringBuilder();
    b.append("[{\"page\":")
        .append(page)
        .append(",\"pages\":")
        .append(pages)
        .append(",\"per_page\":")
        .append(PAGE)
        .append(",\"total\":")
        .append(rows.size())
        .append(",\"sourceid\":\"")
        .append(q.getOrDefault("source", "2"))
        .append("\",\"lastupdated\":\"2026-07-01\"},[");
    List<String[]> slice =
        rows.subList(Math.min(rows.size(), (page - 1) * PAGE), Math.min(rows.size(), page * PAGE));
    for (int i = 0; i < slice.size(); i++) {
      String[] r = slice.get(i);
      b.append(i == 0 ? "" : ",")
          .append("{\"indicator\":{\"id\":\"")
          .append(code)
          .append(
              "\",\"value\":\"\"},\"country\":{\"id\":\"\",\"value\":\"\"},\"countryiso3code\":\"")
          .append(r[0])
          .append("\",\"date\":\"")
          .append(r[1])
          .append("\",\"value\":")
          .append(r[2].isEmpty() ? "null" : r[2])
          .append(",\"unit\":\"\",\"obs_status\":\"\",\"decimal\":0}");
    }
    b.append("]]");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] invalid() {
    return ("[{\"message\":[{\"id\":\"120\",\"key\":\"Invalid value\",\"value\":\"The provided parameter value is not valid\"}]}]")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> lines(String name) throws IOException {
    try (InputStream in = Files.newInputStream(FIXTURES.resolve(name))) {
      List<String> all =
          new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().toList();
      return all.subList(1, all.size());
    }
  }

  private static void sleep(int ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
