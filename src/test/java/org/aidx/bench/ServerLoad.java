package org.aidx.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aidx.api.IndexRequest;
import org.aidx.api.IndexService;

/**
 * The load benchmark of {@code aidx serve} (run by {@code scripts/bench-server.sh}; not a test).
 * Against a running server on loopback it runs, each for a bounded time and a bounded number of
 * requests, with keep-alive clients that send each request in one write:
 *
 * <ul>
 *   <li>{@code mixed}: a quarter {@code GET /api/index}, three quarters {@code POST /api/index}
 *       with weights drawn from 30⁹ combinations (so nearly every POST is a new computation);
 *   <li>{@code cached}: {@code GET /api/index} only (the shipped data's index, computed once);
 *   <li>{@code revalidate}: {@code GET /api/index} with the {@code ETag} in {@code If-None-Match};
 *   <li>{@code static}: {@code GET /app.js}, a static file of the same server (the ceiling);
 *   <li>{@code slowloris}: connections that send the headers and one byte of a 1000-byte body and
 *       stall, held while a few clients run the mixed load and {@code /api/health}; then how the
 *       stalled ones were answered.
 * </ul>
 *
 * Every 200 answer of {@code /api/index} is compared byte for byte with the same request computed
 * in this JVM beforehand ({@code wrong} counts differences). Prints one line per load: requests per
 * second, latency p50, p99 and max, and answers by status ({@code io} = connection errors).
 *
 * <pre>
 * java -cp ... org.aidx.bench.ServerLoad http://127.0.0.1:8080 [SECONDS] [CLIENTS] [LOADS] [SLOW]
 * </pre>
 */
public final class ServerLoad {
  private ServerLoad() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** No load sends more than this many requests, whatever its duration. */
  static final int MAX_REQUESTS = 2_000_000;

  /** Distinct POST bodies prepared (and checked) for the mixed load. */
  static final int SAMPLES = 3000;

  private static final String[] NODES = {
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

  /** A prepared request: the bytes sent in one write, and the body a 200 must carry, or null. */
  record Call(byte[] request, byte[] expected) {}

  /** One answer: status, body and the ETag header, if any. */
  record Answer(int status, byte[] body, String etag) {}

  /** What one client saw. */
  record Tally(long[] nanos, int count, Map<String, Integer> statuses, int wrong) {}

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0].replaceAll("/$", ""));
    String host = base.getHost();
    if (!Set.of("127.0.0.1", "localhost", "[::1]").contains(host)) {
      throw new IllegalArgumentException(
          "this benchmark loads loopback servers only, not " + host + "; use 127.0.0.1");
    }
    InetSocketAddress to = new InetSocketAddress(InetAddress.getLoopbackAddress(), base.getPort());
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    List<String> loads =
        List.of(
            (args.length > 3 ? args[3] : "mixed,cached,revalidate,static,slowloris").split(","));
    int slow = args.length > 4 ? Integer.parseInt(args[4]) : 300;
    if (seconds < 1 || seconds > 600 || clients < 1 || clients > 1000 || slow > 2000) {
      throw new IllegalArgumentException(
          "seconds 1..600, clients 1..1000, slow connections up to 2000");
    }
    String hostHeader = "127.0.0.1:" + base.getPort();

    IndexService local = new IndexService(null);
    byte[] defaults =
        bytes(IndexService.resultJson(local.compute(IndexRequest.defaults()).result()));
    Call get = new Call(request("GET", "/api/index", hostHeader, null, List.of()), defaults);
    List<Call> posts = new ArrayList<>();
    if (loads.contains("mixed") || loads.contains("slowloris")) {
      SplittableRandom rnd = new SplittableRandom(20261206L);
      for (int k = 0; k < SAMPLES; k++) {
        StringBuilder b = new StringBuilder("{\"weights\": {");
        for (int n = 0; n < NODES.length; n++) {
          b.append(n == 0 ? "" : ", ")
              .append('"')
              .append(NODES[n])
              .append("\": ")
              .append(String.format(Locale.ROOT, "%.1f", 0.1 + rnd.nextInt(30) / 10.0));
        }
        String body = b.append("}}").toString();
        IndexRequest q = IndexRequest.parse(JSON.readTree(body), Set.of());
        posts.add(
            new Call(
                request("POST", "/api/index", hostHeader, body, List.of()),
                bytes(IndexService.resultJson(local.compute(q).result()))));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-10s %7s %6s %9s %8s %8s %8s %8s  %s%n",
        "load",
        "clients",
        "s",
        "requests",
        "req/s",
        "p50_ms",
        "p99_ms",
        "max_ms",
        "answers by status (wrong = 200 with a different body)");
    for (String load : loads) {
      switch (load) {
        case "mixed" -> report(load, clients, run(to, clients, seconds, r -> mixed(r, get, posts)));
        case "cached" -> report(load, clients, run(to, clients, seconds, r -> get));
        case "revalidate" -> {
          String etag;
          try (Conn c = new Conn(to)) {
            etag = c.send(get.request()).etag();
          }
          if (etag == null) {
            System.out.println("revalidate: the server sends no ETag; skipped");
            continue;
          }
          Call cond =
              new Call(
                  request("GET", "/api/index", hostHeader, null, List.of("If-None-Match: " + etag)),
                  null);
          report(load, clients, run(to, clients, seconds, r -> cond));
        }
        case "static" -> {
          Call file = new Call(request("GET", "/app.js", hostHeader, null, List.of()), null);
          report(load, clients, run(to, clients, seconds, r -> file));
        }
        case "slowloris" ->
            slowloris(to, hostHeader, Math.max(1, clients / 5), seconds, slow, get, posts);
        default -> throw new IllegalArgumentException("unknown load " + load);
      }
    }
  }

  private static Call mixed(SplittableRandom r, Call get, List<Call> posts) {
    return r.nextInt(4) == 0 ? get : posts.get(r.nextInt(posts.size()));
  }

  interface Chooser {
    Call next(SplittableRandom r);
  }

  /** Elapsed seconds and every client's tally. */
  record Run(double seconds, List<Tally> tallies) {}

  static Run run(InetSocketAddress to, int clients, int seconds, Chooser chooser) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      // Warm-up (JIT, caches): a few requests per client, not measured.
      List<Future<Tally>> warm = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        long seed = 1000 + c;
        warm.add(
            pool.submit(() -> client(to, chooser, seed, System.nanoTime() + 2_000_000_000L, 20)));
      }
      for (Future<Tally> f : warm) {
        f.get();
      }
      long start = System.nanoTime();
      long end = start + seconds * 1_000_000_000L;
      int perClient = MAX_REQUESTS / clients;
      List<Future<Tally>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        long seed = c;
        futures.add(pool.submit(() -> client(to, chooser, seed, end, perClient)));
      }
      List<Tally> tallies = new ArrayList<>();
      for (Future<Tally> f : futures) {
        tallies.add(f.get());
      }
      return new Run((System.nanoTime() - start) / 1e9, tallies);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Tally client(
      InetSocketAddress to, Chooser chooser, long seed, long end, int maxRequests) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] nanos = new long[1024];
    int n = 0;
    int wrong = 0;
    Map<String, Integer> statuses = new TreeMap<>();
    Conn conn = null;
    while (System.nanoTime() < end && n < maxRequests) {
      Call call = chooser.next(r);
      long t0 = System.nanoTime();
      String status;
      try {
        if (conn == null) {
          conn = new Conn(to);
        }
        Answer a = conn.send(call.request());
        status = Integer.toString(a.status());
        if (a.status() == 200
            && call.expected() != null
            && !Arrays.equals(a.body(), call.expected())) {
          wrong++;
        }
      } catch (IOException e) {
        status = "io";
        conn = close(conn);
        pause(); // a server that refuses connections is not loaded in a tight loop
      }
      if (n == nanos.length) {
        nanos = Arrays.copyOf(nanos, n * 2);
      }
      nanos[n++] = System.nanoTime() - t0;
      statuses.merge(status, 1, Integer::sum);
    }
    close(conn);
    return new Tally(Arrays.copyOf(nanos, n), n, statuses, wrong);
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Conn close(Conn c) {
    if (c != null) {
      c.close();
    }
    return null;
  }

  static void report(String load, int clients, Run run) {
    long[] all = run.tallies().stream().flatMapToLong(t -> Arrays.stream(t.nanos())).toArray();
    Arrays.sort(all);
    Map<String, Integer> statuses = new TreeMap<>();
    int wrong = 0;
    for (Tally t : run.tallies()) {
      t.statuses().forEach((k, v) -> statuses.merge(k, v, Integer::sum));
      wrong += t.wrong();
    }
    StringBuilder s = new StringBuilder();
    statuses.forEach((k, v) -> s.append(k).append(": ").append(v).append(", "));
    s.append("wrong: ").append(wrong);
    System.out.printf(
        Locale.ROOT,
        "%-10s %7d %6.1f %9d %8.0f %8.1f %8.1f %8.1f  %s%n",
        load,
        clients,
        run.seconds(),
        all.length,
        all.length / run.seconds(),
        pct(all, 0.50),
        pct(all, 0.99),
        all.length == 0 ? 0 : all[all.length - 1] / 1e6,
        s);
    System.out.flush();
  }

  /**
   * Holds {@code slow} stalled bodies while {@code clients} clients run the mixed load and one asks
   * {@code /api/health}; then waits (at most 30 s) for each stalled connection's answer.
   */
  private static void slowloris(
      InetSocketAddress to,
      String hostHeader,
      int clients,
      int seconds,
      int slow,
      Call get,
      List<Call> posts)
      throws Exception {
    List<Socket> held = new ArrayList<>();
    byte[] stall =
        ("POST /api/index HTTP/1.1\r\nHost: "
                + hostHeader
                + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
            .getBytes(StandardCharsets.US_ASCII);
    Call health = new Call(request("GET", "/api/health", hostHeader, null, List.of()), null);
    try {
      for (int k = 0; k < slow; k++) {
        Socket s = new Socket();
        s.connect(to, 5000);
        s.setSoTimeout(30_000);
        s.getOutputStream().write(stall);
        s.getOutputStream().flush();
        held.add(s);
      }
      long held0 = System.nanoTime();
      report("slow+mix", clients, run(to, clients, seconds, r -> mixed(r, get, posts)));
      report("slow+hlth", 1, run(to, 1, Math.max(1, seconds / 4), r -> health));
      Map<String, Integer> answers = new TreeMap<>();
      long deadline = System.nanoTime() + 30_000_000_000L;
      for (Socket s : held) {
        String st;
        try {
          int left = (int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
          s.setSoTimeout(left);
          byte[] head = s.getInputStream().readNBytes(12);
          st = head.length == 12 ? new String(head, 9, 3, StandardCharsets.US_ASCII) : "closed";
        } catch (java.net.SocketTimeoutException e) {
          st = "no answer in 30 s";
        } catch (IOException e) {
          st = "io";
        }
        answers.merge(st, 1, Integer::sum);
      }
      System.out.printf(
          Locale.ROOT,
          "slowloris: %d stalled bodies held; after %.1f s they were answered %s%n",
          slow,
          (System.nanoTime() - held0) / 1e9,
          answers);
    } finally {
      for (Socket s : held) {
        s.close();
      }
    }
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  /** The bytes the server sends for a JSON answer (Jackson's default writer, UTF-8). */
  private static byte[] bytes(JsonNode n) throws IOException {
    return JSON.writeValueAsBytes(n);
  }

  static byte[] request(
      String method, String path, String host, String body, List<String> headers) {
    byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder s = new StringBuilder();
    s.append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ").append(host);
    s.append("\r\n");
    for (String h : headers) {
      s.append(h).append("\r\n");
    }
    if (body != null) {
      s.append("Content-Type: application/json\r\nContent-Length: ").append(b.length);
      s.append("\r\n");
    }
    s.append("\r\n");
    byte[] head = s.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(head, head.length + b.length);
    System.arraycopy(b, 0, all, head.length, b.length);
    return all;
  }

  /** A keep-alive HTTP/1.1 connection that sends a request in one write and reads the answer. */
  static final class Conn implements Closeable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private boolean closed;

    Conn(InetSocketAddress to) throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(to, 5000);
      socket.setSoTimeout(60_000);
      in = new BufferedInputStream(socket.getInputStream(), 65536);
      out = socket.getOutputStream();
    }

    Answer send(byte[] request) throws IOException {
      if (closed) {
        throw new EOFException("the server closed the connection");
      }
      out.write(request);
      out.flush();
      String status = line();
      if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
        throw new IOException("not an HTTP answer: " + status);
      }
      int code = Integer.parseInt(status.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      String etag = null;
      for (String h = line(); !h.isEmpty(); h = line()) {
        int colon = h.indexOf(':');
        String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = h.substring(colon + 1).trim();
        switch (name) {
          case "content-length" -> length = Long.parseLong(value);
          case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
          case "etag" -> etag = value;
          case "connection" -> closed = value.equalsIgnoreCase("close");
          default -> {}
        }
      }
      byte[] body;
      if (chunked) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line().split(";")[0].trim(), 16);
            size > 0;
            size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
          b.write(in.readNBytes(size));
          line();
        }
        line();
        body = b.toByteArray();
      } else if (length >= 0) {
        body = in.readNBytes((int) length);
        if (body.length < length) {
          throw new EOFException("answer cut short");
        }
      } else if (code == 304 || code == 204) {
        body = new byte[0];
      } else {
        body = in.readAllBytes();
        closed = true;
      }
      return new Answer(code, body, etag);
    }

    private String line() throws IOException {
      StringBuilder s = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new EOFException("connection closed");
        }
        if (c != '\r') {
          s.append((char) c);
        }
      }
      return s.toString();
    }

    @Override
    public void close() {
      try {
        socket.close();
      } catch (IOException e) {
        // closing a connection that is going away anyway
      }
    }
  }
}
