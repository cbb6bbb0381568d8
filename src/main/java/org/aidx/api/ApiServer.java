package org.aidx.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.aidx.input.Inputs;
import org.aidx.model.InputException;
import org.aidx.model.Problem;
import org.aidx.output.Manifest;
import org.aidx.pipeline.IndexResult;
import org.aidx.report.ProfilePage;
import org.aidx.store.Entry;
import org.aidx.store.Kind;
import org.aidx.store.Store;
import org.aidx.store.StoredRun;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of {@code aidx serve}: the JSON API described by {@code /api/openapi.json} and
 * the dashboard at {@code /}. Write requests (uploads, deletes, saved scenarios and runs) need
 * {@code Authorization: Bearer <token>} whenever a token is set, which {@link ServerOptions}
 * insists on for any address but loopback.
 *
 * <pre>
 * try (ApiServer s = ApiServer.start(ServerOptions.of(0, dir), Analyses.builtIn())) {
 *   s.url();   // "http://127.0.0.1:41234/"
 * }
 * </pre>
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  static final String OPENAPI = "org/aidx/api/openapi.json";

  /**
   * One route: the method, the path in OpenAPI form, whether it writes, and what it costs (which
   * says the answers openapi.json documents for it: 503 unless cheap, 304 when shipped).
   */
  public record Route(String method, String path, boolean write, Cost cost, Handler handler) {}

  /** What a route costs the server. */
  public enum Cost {
    /** A lookup or a small store read: never queued, never refused as busy. */
    CHEAP,
    /**
     * An answer of the shipped data: computed once in a computation slot, then a lookup;
     * revalidated with its ETag (304).
     */
    SHIPPED,
    /** A request with a body, read on a body slot, then computed (or looked up) in a slot. */
    COMPUTED
  }

  /**
   * Requests that may be reading a body at once. Each holds a thread while it waits for the
   * client's bytes (a stalled body until its timeout); past this, 503 at once.
   */
  static final int BODY_SLOTS = 128;

  /** Threads beyond bodies and computations: health, static files and cached answers. */
  static final int CHEAP_RESERVE = 48;

  /** Threads Jetty keeps for its acceptor and selectors. */
  static final int JETTY_OWN = 8;

  /**
   * {@code Cache-Control} of answers computed from the shipped data alone: they change only with a
   * new version of aidx, so browsers and shared caches may keep them 5 minutes, then revalidate
   * with the {@code ETag} (a 304 costs a lookup).
   */
  static final String SHIPPED_CACHE_CONTROL = "public, max-age=300";

  /** Answers of the shipped data kept (index, economies, profiles, analyses with parameters). */
  static final int MAX_SHIPPED_ANSWERS = 256;

  /** Answers to POSTs kept (~130 KB each for the index: about 17 MB). */
  static final int MAX_POSTED_ANSWERS = 128;

  private final Semaphore bodies = new Semaphore(BODY_SLOTS);
  private final ComputeSlots slots;
  private final AnswerCache shipped = new AnswerCache(MAX_SHIPPED_ANSWERS);
  private final AnswerCache posted = new AnswerCache(MAX_POSTED_ANSWERS);
  private final ServerOptions options;
  private final Store store;
  private final IndexService service;
  private final Analyses analyses;
  private final RegionService regions = new RegionService();
  private final Javalin app;
  private final byte[] openapi;

  private ApiServer(ServerOptions options, Store store, Analyses analyses) {
    this.options = options;
    this.store = store;
    this.service = new IndexService(store);
    this.analyses = analyses;
    this.openapi = Inputs.resource(OPENAPI);
    this.slots = new ComputeSlots(options.computeSlots(), options.queue());
    this.app = Javalin.create(this::configure);
  }

  /** Opens the store in the data directory and starts listening. */
  public static ApiServer start(ServerOptions options, Analyses analyses) {
    Store store = Store.open(options.dataDir());
    try {
      ApiServer s = new ApiServer(options, store, analyses);
      s.app.start(options.host(), options.port());
      return s;
    } catch (io.javalin.util.JavalinBindException e) {
      store.close();
      throw new InputException(
          "--port " + options.port(),
          "cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage(),
          "stop the other process or choose another port (--port 0 picks a free one)");
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  public int port() {
    return app.port();
  }

  /** The dashboard's address, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    if (h.equals("0.0.0.0")) {
      h = ServerOptions.LOOPBACK;
    }
    return "http://" + h + ":" + port() + "/";
  }

  public IndexService service() {
    return service;
  }

  ComputeSlots slots() {
    return slots;
  }

  /** Jetty's threads: every body and computation slot, the queue, and the cheap reserve. */
  static int threads(ServerOptions o) {
    return BODY_SLOTS + o.computeSlots() + o.queue() + CHEAP_RESERVE + JETTY_OWN;
  }

  /** Stops accepting requests, lets running ones finish, and closes the store. */
  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      store.close();
    }
  }

  /** Every API route; the OpenAPI file documents exactly these. */
  public List<Route> routes() {
    return List.of(
        new Route("get", "/api/health", false, Cost.CHEAP, this::health),
        new Route("get", "/api/openapi.json", false, Cost.CHEAP, this::openapi),
        new Route(
            "get", "/api/frameworks", false, Cost.CHEAP, ctx -> listUploads(ctx, Kind.FRAMEWORK)),
        new Route(
            "post", "/api/frameworks", true, Cost.COMPUTED, ctx -> upload(ctx, Kind.FRAMEWORK)),
        new Route(
            "delete",
            "/api/frameworks/{id}",
            true,
            Cost.CHEAP,
            ctx -> deleteUpload(ctx, Kind.FRAMEWORK)),
        new Route("get", "/api/datasets", false, Cost.CHEAP, ctx -> listUploads(ctx, Kind.DATASET)),
        new Route("post", "/api/datasets", true, Cost.COMPUTED, ctx -> upload(ctx, Kind.DATASET)),
        new Route(
            "delete",
            "/api/datasets/{id}",
            true,
            Cost.CHEAP,
            ctx -> deleteUpload(ctx, Kind.DATASET)),
        new Route("get", "/api/index", false, Cost.SHIPPED, this::defaultIndex),
        new Route("post", "/api/index", false, Cost.COMPUTED, this::index),
        new Route("get", "/api/economies/{iso3}", false, Cost.SHIPPED, this::economy),
        new Route("get", "/api/profiles/{iso3}", false, Cost.SHIPPED, this::profile),
        new Route("get", "/api/runs", false, Cost.CHEAP, this::listRuns),
        new Route("post", "/api/runs", true, Cost.COMPUTED, this::saveRun),
        new Route("get", "/api/runs/{id}", false, Cost.CHEAP, this::getRun),
        new Route("post", "/api/runs/{id}/rerun", true, Cost.COMPUTED, this::rerun),
        new Route("delete", "/api/runs/{id}", true, Cost.CHEAP, this::deleteRun),
        new Route(
            "get", "/api/scenarios", false, Cost.CHEAP, ctx -> listUploads(ctx, Kind.SCENARIO)),
        new Route("post", "/api/scenarios", true, Cost.COMPUTED, ctx -> upload(ctx, Kind.SCENARIO)),
        new Route("get", "/api/scenarios/{id}", false, Cost.CHEAP, this::getScenario),
        new Route(
            "delete",
            "/api/scenarios/{id}",
            true,
            Cost.CHEAP,
            ctx -> deleteUpload(ctx, Kind.SCENARIO)),
        new Route("post", "/api/scenario", false, Cost.COMPUTED, this::scenario),
        new Route("get", "/api/robustness", false, Cost.SHIPPED, this::robustness),
        new Route("post", "/api/robustness", false, Cost.COMPUTED, this::robustnessOf),
        new Route(
            "get",
            "/api/coherence",
            false,
            Cost.SHIPPED,
            ctx -> shippedJson(ctx, () -> service.coherence(IndexRequest.defaults()))),
        new Route(
            "get",
            "/api/replicate",
            false,
            Cost.SHIPPED,
            ctx -> shippedJson(ctx, () -> service.scorecard(IndexRequest.defaults()))),
        new Route("get", "/api/panel", false, Cost.SHIPPED, this::panel),
        new Route("post", "/api/coherence", false, Cost.COMPUTED, this::coherenceOf),
        new Route(
            "get",
            "/api/regions/concentration",
            false,
            Cost.SHIPPED,
            ctx -> shippedJson(ctx, () -> regions.concentration(ctx))),
        new Route(
            "get",
            "/api/regions/typology",
            false,
            Cost.SHIPPED,
            ctx -> shippedJson(ctx, () -> regions.typology(ctx))),
        new Route(
            "get",
            "/api/regions/map.svg",
            false,
            Cost.SHIPPED,
            ctx ->
                shippedAnswer(
                    ctx,
                    () ->
                        AnswerCache.Answer.of(
                            regions.map(ctx).getBytes(StandardCharsets.UTF_8),
                            "image/svg+xml",
                            Set.of()))));
  }

  private void configure(io.javalin.config.JavalinConfig cfg) {
    cfg.startup.showJavalinBanner = false;
    cfg.startup.showOldJavalinVersionWarning = false;
    cfg.http.maxRequestSize = options.maxBodyBytes();
    QueuedThreadPool pool = new QueuedThreadPool(threads(options), 8);
    pool.setName("aidx-http");
    cfg.jetty.threadPool = pool;
    // a read that waits this long for the client's next byte fails, and the worker is freed; Jetty
    // restarts this clock whenever the server starts waiting, so time spent queued or computing
    // never counts (RequestBody times the rest)
    cfg.jetty.modifyHttpConfiguration(hc -> hc.setIdleTimeout(options.bodyTimeoutMillis()));
    cfg.staticFiles.add("/org/aidx/web", Location.CLASSPATH);
    cfg.staticFiles.enableWebjars();
    cfg.routes.before(this::guardHost);
    for (Route r : routes()) {
      Handler h = r.handler();
      if (r.method().equals("post")) {
        h = withBody(h);
      }
      if (r.write()) {
        h = guarded(h);
      }
      switch (r.method()) {
        case "get" -> cfg.routes.get(r.path(), h);
        case "post" -> cfg.routes.post(r.path(), h);
        case "delete" -> cfg.routes.delete(r.path(), h);
        default -> throw new IllegalStateException("method " + r.method());
      }
    }
    cfg.routes.exception(InputException.class, (e, ctx) -> problems(ctx, 400, e.problems()));
    cfg.routes.exception(
        IllegalArgumentException.class,
        (e, ctx) -> error(ctx, 400, e.getMessage(), "check the request against /api/openapi.json"));
    cfg.routes.exception(
        Analyses.NotAvailable.class,
        (e, ctx) -> {
          ObjectNode o = IndexRequest.JSON.createObjectNode();
          o.put("error", e.getMessage());
          o.put("feature", e.feature());
          o.put("available", false);
          json(ctx.status(501), o);
        });
    cfg.routes.exception(
        NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage(), "check the id"));
    cfg.routes.exception(Denied.class, (e, ctx) -> error(ctx, e.status, e.getMessage(), e.fix));
    cfg.routes.exception(
        ComputeSlots.Saturated.class,
        (e, ctx) -> {
          ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
          error(ctx, 503, e.getMessage(), "retry after " + e.retryAfterSeconds() + " s");
        });
    cfg.routes.exception(RequestBody.Failure.class, this::bodyFailed);
    cfg.routes.exception(
        HttpResponseException.class,
        (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), limitHint(e.getStatus())));
    cfg.routes.exception(
        Exception.class,
        (e, ctx) -> {
          if (clientGone(e)) {
            LOG.warn(
                "client went away: {} {} from {} ({})",
                ctx.method(),
                ctx.path(),
                ctx.ip(),
                e.toString());
            return;
          }
          // a defect in aidx: the only case logged with its stack trace
          LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
          error(ctx, 500, "internal error: " + e, "report this with the request that caused it");
        });
  }

  /**
   * Reads the body of a request before its handler runs, on one of {@value #BODY_SLOTS} body slots
   * (503 with Retry-After at once when all are taken, e.g. held by stalled bodies), so that the
   * handler's wait for a computation slot never counts against the client.
   */
  private Handler withBody(Handler h) {
    return ctx -> {
      if (!bodies.tryAcquire()) {
        throw new ComputeSlots.Saturated(
            "the server is busy: all " + BODY_SLOTS + " request-body slots are in use",
            Math.max(1, options.bodyTimeoutMillis() / 1000));
      }
      byte[] body;
      try {
        body =
            RequestBody.read(
                ctx.req().getInputStream(),
                ctx.req().getContentLengthLong(),
                options.maxBodyBytes(),
                ServerOptions.MIN_BODY_BYTES_PER_SECOND);
      } finally {
        bodies.release();
      }
      ctx.attribute(BODY, body);
      h.handle(ctx);
    };
  }

  private static final String BODY = "aidx.body";

  /** One warning line for a body that did not arrive, and the answer if anyone is listening. */
  private void bodyFailed(RequestBody.Failure f, Context ctx) {
    switch (f.kind) {
      case TOO_LARGE ->
          error(
              ctx,
              413,
              "the request body is larger than " + options.maxBodyBytes() + " bytes",
              limitHint(413));
      case ABORTED -> {
        LOG.warn(
            "request body aborted: {} {} from {}: the client closed the connection, {}",
            ctx.method(),
            ctx.path(),
            ctx.ip(),
            f.progress());
        ctx.status(400);
      }
      default -> {
        LOG.warn(
            "request body too slow: {} {} from {}: {} in {} ms of waiting",
            ctx.method(),
            ctx.path(),
            ctx.ip(),
            f.progress(),
            f.waitedNanos / 1_000_000);
        error(
            ctx,
            408,
            "the request body arrived too slowly",
            "send the whole body without a pause of "
                + options.bodyTimeoutMillis()
                + " ms, at "
                + ServerOptions.MIN_BODY_BYTES_PER_SECOND
                + " bytes/s or more");
      }
    }
  }

  /** Whether e (or a cause) says the client closed the connection while it was answered. */
  static boolean clientGone(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.eclipse.jetty.io.EofException
          || t instanceof java.nio.channels.ClosedChannelException
          || (t instanceof java.io.IOException
              && t.getMessage() != null
              && (t.getMessage().contains("Broken pipe")
                  || t.getMessage().contains("Connection reset")))) {
        return true;
      }
    }
    return false;
  }

  private String limitHint(int status) {
    return status == 413
        ? "bodies are limited to " + options.maxBodyBytes() + " bytes (aidx serve --max-body-mb)"
        : "";
  }

  // ---- guards

  /**
   * On loopback, answers only requests addressed to a loopback name, so that a web page cannot
   * reach this server through a DNS name it controls (DNS rebinding).
   */
  private void guardHost(Context ctx) {
    if (!options.loopback()) {
      return;
    }
    String host = ctx.host();
    if (host == null) {
      return;
    }
    String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host;
    int colon = name.startsWith("[") ? -1 : name.lastIndexOf(':');
    if (colon >= 0) {
      name = name.substring(0, colon);
    }
    if (!ServerOptions.isLoopback(name)) {
      throw new Denied(
          403,
          "this server answers only requests addressed to localhost, not '" + host + "'",
          "open " + url());
    }
  }

  private Handler guarded(Handler h) {
    return ctx -> {
      String origin = ctx.header("Origin");
      if (origin != null && !sameOrigin(origin, ctx.host())) {
        throw new Denied(
            403,
            "write requests from another site (Origin " + origin + ") are refused",
            "send the request from the dashboard or without an Origin header");
      }
      if (options.token() != null) {
        String auth = ctx.header("Authorization");
        String expected = "Bearer " + options.token();
        if (auth == null
            || !MessageDigest.isEqual(
                auth.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
          throw new Denied(
              401,
              "this write request needs the server's token",
              "send 'Authorization: Bearer <token>' with the token printed by 'aidx serve' (or"
                  + " given with --token)");
        }
      }
      h.handle(ctx);
    };
  }

  private static boolean sameOrigin(String origin, String host) {
    try {
      URI u = URI.create(origin);
      return host != null && u.getAuthority() != null && u.getAuthority().equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  // ---- handlers

  private void health(Context ctx) {
    ObjectNode o = IndexRequest.JSON.createObjectNode();
    o.put("status", "ok");
    o.put("version", Manifest.version());
    o.put("token_required", options.token() != null);
    json(ctx, o);
  }

  private void openapi(Context ctx) {
    ctx.contentType("application/json").result(openapi);
  }

  private void defaultIndex(Context ctx) {
    shippedJson(ctx, () -> service.indexJson(IndexRequest.defaults()));
  }

  /**
   * The index for a request, kept by what determines it: the resolved methodology (the reweighted
   * framework and the pipeline spec) and the input files with their hashes. Two requests that
   * resolve alike (e.g. weights equal to the framework's own) share one answer.
   */
  private void index(Context ctx) {
    IndexRequest q = IndexRequest.parse(body(ctx), Set.of());
    Inputs in = service.inputs(q);
    Object key = List.of("index", q.reweight(in.framework()), q.spec(), in.files());
    send(
        ctx,
        posted.get(
            key,
            () ->
                slots.run(
                    () ->
                        AnswerCache.Answer.untagged(
                            IndexService.write(service.indexJson(q)), IndexService.uses(q)))),
        false);
  }

  private void economy(Context ctx) {
    shippedJson(
        ctx,
        () ->
            service.economy(ctx.pathParam("iso3"), ctx.queryParam("vs"), IndexRequest.defaults()));
  }

  /**
   * An answer computed from the shipped data alone, once per path and query, in a computation slot;
   * sent with its ETag, Last-Modified and {@value #SHIPPED_CACHE_CONTROL}, or 304 when the client
   * has it.
   */
  private void shippedJson(Context ctx, Supplier<JsonNode> compute) {
    shippedAnswer(ctx, () -> AnswerCache.Answer.json(IndexService.write(compute.get()), Set.of()));
  }

  private void shippedAnswer(Context ctx, Supplier<AnswerCache.Answer> compute) {
    Object key = List.of(ctx.path(), new TreeMap<>(ctx.queryParamMap()));
    send(ctx, shipped.get(key, () -> slots.run(compute)), true);
  }

  /** A posted request's answer, kept under key with the stored items it used. */
  private void postedJson(Context ctx, Object key, Set<String> uses, Supplier<JsonNode> compute) {
    send(
        ctx,
        posted.get(
            key,
            () ->
                slots.run(
                    () -> AnswerCache.Answer.untagged(IndexService.write(compute.get()), uses))),
        false);
  }

  /**
   * Sends an answer with its ETag (and whether it was kept: {@code X-Aidx-Cache: hit|miss}); an
   * answer of the shipped data also with Last-Modified and Cache-Control, and as 304 Not Modified
   * when {@code If-None-Match} names its tag (or, without that header, {@code If-Modified-Since} is
   * not older).
   */
  private static void send(Context ctx, AnswerCache.Lookup l, boolean shippedData) {
    AnswerCache.Answer a = l.answer();
    String encoding = ctx.header("Accept-Encoding");
    boolean gzip = encoding != null && encoding.contains("gzip") && a.body().length > 1500;
    String tag = gzip ? a.gzipEtag() : a.etag();
    if (tag != null) {
      ctx.header("ETag", tag);
    }
    ctx.header("X-Aidx-Cache", l.hit() ? "hit" : "miss");
    ctx.header("Vary", "Accept-Encoding");
    if (shippedData) {
      ctx.header("Cache-Control", SHIPPED_CACHE_CONTROL);
      ctx.header(
          "Last-Modified",
          DateTimeFormatter.RFC_1123_DATE_TIME.format(a.lastModified().atZone(ZoneOffset.UTC)));
      if (notModified(ctx, a)) {
        ctx.status(304);
        return;
      }
    }
    if (gzip) {
      // encoded once per answer; Javalin leaves a body with a Content-Encoding alone
      ctx.header("Content-Encoding", "gzip");
      ctx.contentType(a.contentType()).result(a.gzipped().bytes());
    } else {
      ctx.contentType(a.contentType()).result(a.body());
    }
  }

  private static boolean notModified(Context ctx, AnswerCache.Answer a) {
    String inm = ctx.header("If-None-Match");
    if (inm != null) {
      return AnswerCache.matches(inm, a.etag()) || AnswerCache.matches(inm, a.gzipEtag());
    }
    String ims = ctx.header("If-Modified-Since");
    if (ims == null) {
      return false;
    }
    try {
      Instant since = ZonedDateTime.parse(ims, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return !a.lastModified().isAfter(since);
    } catch (java.time.format.DateTimeParseException e) {
      return false; // RFC 9110: an invalid date is ignored
    }
  }

  /**
   * The economy's profile page of the default index, as {@code aidx profile ISO3} writes it (rank
   * interval from {@value #PROFILE_RUNS} runs, seed 1; the default scenarios), computed once.
   */
  private void profile(Context ctx) {
    shippedAnswer(
        ctx,
        () ->
            AnswerCache.Answer.of(
                profilePage(ctx).getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8",
                Set.of()));
  }

  private String profilePage(Context ctx) {
    IndexService.Computed c = service.compute(IndexRequest.defaults());
    IndexResult r = c.result();
    int e = r.requireEconomy(ctx.pathParam("iso3").toUpperCase(java.util.Locale.ROOT));
    ProfilePage.Extras x = profileExtras;
    if (x == null) {
      synchronized (this) {
        if (profileExtras == null) {
          Inputs in = c.inputs();
          profileExtras =
              ProfilePage.Extras.compute(
                  in.framework(),
                  in.dataset(),
                  r.methodology(),
                  PROFILE_RUNS,
                  1,
                  ProfilePage.defaultScenarios(in.framework()),
                  (done, total) -> {});
        }
        x = profileExtras;
      }
    }
    return ProfilePage.html(r, e, x);
  }

  /** Monte Carlo runs of a served profile page's rank interval, as aidx profile's default. */
  static final int PROFILE_RUNS = org.aidx.analysis.uncertainty.Uncertainty.DEFAULT_RUNS;

  private volatile ProfilePage.Extras profileExtras;

  private void listUploads(Context ctx, Kind kind) {
    ArrayNode a = IndexRequest.JSON.createArrayNode();
    if (kind != Kind.SCENARIO) {
      Inputs in = service.inputs(IndexRequest.defaults());
      ObjectNode e = a.addObject();
      e.put("id", IndexService.EMBEDDED);
      e.put(
          "name", kind == Kind.FRAMEWORK ? in.framework().name() : "CICC indicators, 20 economies");
      e.put("embedded", true);
      e.put(
          "summary",
          kind == Kind.FRAMEWORK
              ? in.framework().id() + ", " + in.framework().indicators().size() + " indicators"
              : in.dataset().observations().size()
                  + " observation(s), "
                  + in.dataset().economies().size()
                  + " economies, "
                  + in.dataset().indicators().size()
                  + " indicators");
    }
    for (Entry e : store.list(kind)) {
      a.add(entryJson(e));
    }
    json(ctx, a);
  }

  private void upload(Context ctx, Kind kind) {
    byte[] body = bodyBytes(ctx);
    Entry e =
        slots.run(
            () ->
                service.upload(
                    kind,
                    ctx.queryParam("name"),
                    body,
                    ctx.queryParam("framework"),
                    ctx.contentType()));
    json(ctx.status(201), entryJson(e));
  }

  private void deleteUpload(Context ctx, Kind kind) {
    long id = id(ctx);
    boolean gone = service.delete(kind, id);
    // exactly the answers computed from it; answers of the shipped data stay
    posted.forget(kind.label() + ":" + id);
    if (!gone) {
      throw new NotFound("no " + kind.label() + " with id " + id);
    }
    ctx.status(204);
  }

  private void getScenario(Context ctx) {
    long id = id(ctx);
    byte[] b =
        store
            .content(Kind.SCENARIO, id)
            .orElseThrow(() -> new NotFound("no scenario with id " + id));
    Entry e = store.find(Kind.SCENARIO, id).orElseThrow();
    ObjectNode o = entryJson(e);
    o.put("content", new String(b, StandardCharsets.UTF_8));
    json(ctx, o);
  }

  private void listRuns(Context ctx) {
    ArrayNode a = IndexRequest.JSON.createArrayNode();
    for (StoredRun.Info r : store.runs()) {
      ObjectNode o = a.addObject();
      o.put("id", r.id());
      o.put("name", r.name());
      o.put("created", r.created().toString());
    }
    json(ctx, a);
  }

  private void saveRun(Context ctx) {
    JsonNode b = body(ctx);
    IndexRequest q = IndexRequest.parse(b, Set.of("name"));
    String name =
        b != null && b.hasNonNull("name")
            ? b.get("name").asText()
            : "run " + java.time.Instant.now();
    json(ctx.status(201), runJson(slots.run(() -> service.saveRun(name, q)), false));
  }

  private void getRun(Context ctx) {
    long id = id(ctx);
    json(ctx, runJson(store.run(id).orElseThrow(() -> new NotFound("no run with id " + id)), true));
  }

  private void rerun(Context ctx) {
    long id = id(ctx);
    StoredRun old = store.run(id).orElseThrow(() -> new NotFound("no run with id " + id));
    IndexRequest q = IndexRequest.parse(IndexService.readTree(old.request()), Set.of());
    StoredRun fresh = slots.run(() -> service.saveRun(old.name() + " (re-run of " + id + ")", q));
    ObjectNode o = runJson(fresh, false);
    o.put("rerun_of", id);
    o.put(
        "same_results",
        IndexService.readTree(old.results())
            .get("economies")
            .equals(IndexService.readTree(fresh.results()).get("economies")));
    json(ctx.status(201), o);
  }

  private void deleteRun(Context ctx) {
    long id = id(ctx);
    if (!store.deleteRun(id)) {
      throw new NotFound("no run with id " + id);
    }
    ctx.status(204);
  }

  /** A JSON body, or a YAML one (a scenario file as it is) with a YAML content type. */
  private void scenario(Context ctx) {
    JsonNode b = ScenarioRequest.document(ctx.contentType(), bodyBytes(ctx));
    json(ctx, slots.run(() -> analyses.scenario(b, service)));
  }

  private void robustness(Context ctx) {
    RobustnessRequest q = RobustnessRequest.query(ctx.queryParam("runs"), ctx.queryParam("seed"));
    shippedJson(ctx, () -> analyses.robustness(q, service));
  }

  private void robustnessOf(Context ctx) {
    RobustnessRequest q = RobustnessRequest.parse(body(ctx));
    postedJson(
        ctx,
        List.of("robustness", q),
        IndexService.uses(q.method()),
        () -> analyses.robustness(q, service));
  }

  private void coherenceOf(Context ctx) {
    IndexRequest q = IndexRequest.parse(body(ctx), Set.of());
    postedJson(ctx, List.of("coherence", q), IndexService.uses(q), () -> service.coherence(q));
  }

  /** What {@code aidx panel --format json} prints for the same options, on the default index. */
  private void panel(Context ctx) {
    PanelRequest q =
        PanelRequest.query(
            ctx.queryParam("from"),
            ctx.queryParam("to"),
            ctx.queryParam("max_age"),
            ctx.queryParam("min_coverage"),
            ctx.queryParam("runs"),
            ctx.queryParam("seed"));
    shippedJson(ctx, () -> service.panel(q));
  }

  // ---- rendering

  private static ObjectNode entryJson(Entry e) {
    ObjectNode o = IndexRequest.JSON.createObjectNode();
    o.put("id", Long.toString(e.id()));
    o.put("kind", e.kind().label());
    o.put("name", e.name());
    o.put("created", e.created().toString());
    o.put("sha256", e.sha256());
    o.put("bytes", e.bytes());
    o.put("summary", e.summary());
    return o;
  }

  private static ObjectNode runJson(StoredRun r, boolean full) {
    ObjectNode o = IndexRequest.JSON.createObjectNode();
    o.put("id", r.id());
    o.put("name", r.name());
    o.put("created", r.created().toString());
    o.set("request", IndexService.readTree(r.request()));
    if (full) {
      o.set("manifest", IndexService.readTree(r.manifest()));
      o.set("results", IndexService.readTree(r.results()));
    }
    return o;
  }

  /** The request body as JSON; empty means defaults. Malformed JSON is an InputException. */
  static JsonNode body(Context ctx) {
    return IndexRequest.readJson(new String(bodyBytes(ctx), StandardCharsets.UTF_8));
  }

  /** The body {@link #withBody} read. */
  static byte[] bodyBytes(Context ctx) {
    byte[] b = ctx.attribute(BODY);
    if (b == null) {
      throw new IllegalStateException("the body of " + ctx.path() + " was not read first");
    }
    return b;
  }

  private static long id(Context ctx) {
    String s = ctx.pathParam("id");
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new NotFound("'" + s + "' is not an id; ids are whole numbers");
    }
  }

  private static void json(Context ctx, JsonNode n) {
    ctx.contentType("application/json").result(IndexService.write(n));
  }

  private static void error(Context ctx, int status, String message, String fix) {
    ObjectNode o = IndexRequest.JSON.createObjectNode();
    o.put("error", message);
    if (fix != null && !fix.isEmpty()) {
      o.put("fix", fix);
    }
    json(ctx.status(status), o);
  }

  private static void problems(Context ctx, int status, List<Problem> ps) {
    ObjectNode o = IndexRequest.JSON.createObjectNode();
    o.put("error", ps.size() + " problem(s) in the input");
    ArrayNode a = o.putArray("problems");
    for (Problem p : ps) {
      ObjectNode x = a.addObject();
      x.put("where", p.where());
      x.put("what", p.what());
      x.put("fix", p.fix());
      x.put("message", p.toString());
    }
    json(ctx.status(status), o);
  }

  /** A missing item: HTTP 404. */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message);
    }
  }

  /** A refused request: HTTP 401 or 403, with what to do. */
  static final class Denied extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String fix;

    Denied(int status, String message, String fix) {
      super(message);
      this.status = status;
      this.fix = fix;
    }
  }
}
