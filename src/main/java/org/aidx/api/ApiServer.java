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
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
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

  /** One route: the method, the path in OpenAPI form, and whether it writes. */
  public record Route(String method, String path, boolean write, Handler handler) {}

  /** Jetty's worker threads; selectors and acceptors take a few of them. */
  static final int MAX_THREADS = 200;

  /**
   * Workers kept free for {@code /api/health} (and Jetty's own selectors) when all others are busy.
   */
  static final int HEALTH_RESERVE = 16;

  private final Semaphore workers = new Semaphore(MAX_THREADS - HEALTH_RESERVE);
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
        new Route("get", "/api/health", false, this::health),
        new Route("get", "/api/openapi.json", false, this::openapi),
        new Route("get", "/api/frameworks", false, ctx -> listUploads(ctx, Kind.FRAMEWORK)),
        new Route("post", "/api/frameworks", true, ctx -> upload(ctx, Kind.FRAMEWORK)),
        new Route("delete", "/api/frameworks/{id}", true, ctx -> deleteUpload(ctx, Kind.FRAMEWORK)),
        new Route("get", "/api/datasets", false, ctx -> listUploads(ctx, Kind.DATASET)),
        new Route("post", "/api/datasets", true, ctx -> upload(ctx, Kind.DATASET)),
        new Route("delete", "/api/datasets/{id}", true, ctx -> deleteUpload(ctx, Kind.DATASET)),
        new Route("get", "/api/index", false, this::defaultIndex),
        new Route("post", "/api/index", false, this::index),
        new Route("get", "/api/economies/{iso3}", false, this::economy),
        new Route("get", "/api/profiles/{iso3}", false, this::profile),
        new Route("get", "/api/runs", false, this::listRuns),
        new Route("post", "/api/runs", true, this::saveRun),
        new Route("get", "/api/runs/{id}", false, this::getRun),
        new Route("post", "/api/runs/{id}/rerun", true, this::rerun),
        new Route("delete", "/api/runs/{id}", true, this::deleteRun),
        new Route("get", "/api/scenarios", false, ctx -> listUploads(ctx, Kind.SCENARIO)),
        new Route("post", "/api/scenarios", true, ctx -> upload(ctx, Kind.SCENARIO)),
        new Route("get", "/api/scenarios/{id}", false, this::getScenario),
        new Route("delete", "/api/scenarios/{id}", true, ctx -> deleteUpload(ctx, Kind.SCENARIO)),
        new Route("post", "/api/scenario", false, this::scenario),
        new Route("get", "/api/robustness", false, this::robustness),
        new Route("post", "/api/robustness", false, this::robustnessOf),
        new Route("get", "/api/coherence", false, ctx -> coherence(ctx, IndexRequest.defaults())),
        new Route("get", "/api/replicate", false, this::scorecard),
        new Route("get", "/api/panel", false, this::panel),
        new Route(
            "post",
            "/api/coherence",
            false,
            ctx -> coherence(ctx, IndexRequest.parse(body(ctx), Set.of()))),
        new Route(
            "get",
            "/api/regions/concentration",
            false,
            ctx -> json(ctx, regions.concentration(ctx))),
        new Route("get", "/api/regions/typology", false, ctx -> json(ctx, regions.typology(ctx))),
        new Route(
            "get",
            "/api/regions/map.svg",
            false,
            ctx -> ctx.contentType("image/svg+xml").result(regions.map(ctx))));
  }

  private void configure(io.javalin.config.JavalinConfig cfg) {
    cfg.startup.showJavalinBanner = false;
    cfg.startup.showOldJavalinVersionWarning = false;
    cfg.http.maxRequestSize = options.maxBodyBytes();
    QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 8);
    pool.setName("aidx-http");
    cfg.jetty.threadPool = pool;
    cfg.jetty.modifyHttpConfiguration(
        hc -> {
          // a stalled or trickling body frees its worker: Jetty fails the read, we answer 408
          hc.setIdleTimeout(options.bodyTimeoutMillis());
          hc.setMinRequestDataRate(ServerOptions.MIN_BODY_BYTES_PER_SECOND);
        });
    cfg.staticFiles.add("/org/aidx/web", Location.CLASSPATH);
    cfg.staticFiles.enableWebjars();
    cfg.routes.before(this::guardHost);
    for (Route r : routes()) {
      Handler h = r.write() ? guarded(r.handler()) : r.handler();
      if (!r.path().equals("/api/health")) {
        h = bounded(h);
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
        HttpResponseException.class,
        (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), limitHint(e.getStatus())));
    // Javalin answers a body read that Jetty timed out with 408 itself; log it here as the
    // client's problem (one line, no stack trace) and say what the limits are
    cfg.routes.error(408, this::tooSlow);
    cfg.routes.exception(
        Exception.class,
        (e, ctx) -> {
          if (tooSlow(e)) {
            tooSlow(ctx.status(408));
            return;
          }
          LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
          error(ctx, 500, "internal error: " + e, "report this with the request that caused it");
        });
  }

  /**
   * Runs a handler on one of the {@value #MAX_THREADS} − {@value #HEALTH_RESERVE} workers that
   * requests other than the health check may hold, or answers 503 at once when all are busy (for
   * instance held by slow bodies until their timeout), so that {@code /api/health} always has a
   * worker.
   */
  private Handler bounded(Handler h) {
    return ctx -> {
      if (!workers.tryAcquire()) {
        throw new Denied(
            503,
            "the server is busy: all "
                + (MAX_THREADS - HEALTH_RESERVE)
                + " request workers are in use",
            "retry in a few seconds");
      }
      try {
        h.handle(ctx);
      } finally {
        workers.release();
      }
    };
  }

  private void tooSlow(Context ctx) {
    LOG.warn(
        "request body too slow: {} {} from {} sent nothing for {} ms or under {} bytes/s",
        ctx.method(),
        ctx.path(),
        ctx.ip(),
        options.bodyTimeoutMillis(),
        ServerOptions.MIN_BODY_BYTES_PER_SECOND);
    error(
        ctx,
        408,
        "the request body arrived too slowly",
        "send the whole body with pauses under "
            + options.bodyTimeoutMillis()
            + " ms and at "
            + ServerOptions.MIN_BODY_BYTES_PER_SECOND
            + " bytes/s or more");
  }

  /** Whether e (or a cause) is Jetty failing a read for a body too slow or stalled. */
  static boolean tooSlow(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.util.concurrent.TimeoutException
          || (t instanceof org.eclipse.jetty.http.BadMessageException b && b.getCode() == 408)) {
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
    json(ctx, IndexService.resultJson(service.compute(IndexRequest.defaults()).result()));
  }

  private void index(Context ctx) {
    IndexRequest q = IndexRequest.parse(body(ctx), Set.of());
    json(ctx, IndexService.resultJson(service.compute(q).result()));
  }

  private void economy(Context ctx) {
    IndexRequest q = IndexRequest.defaults();
    json(ctx, service.economy(ctx.pathParam("iso3"), ctx.queryParam("vs"), q));
  }

  /**
   * The economy's profile page of the default index, as {@code aidx profile ISO3} writes it (rank
   * interval from {@value #PROFILE_RUNS} runs, seed 1; the default scenarios), computed once.
   */
  private void profile(Context ctx) {
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
                  r.spec(),
                  PROFILE_RUNS,
                  1,
                  ProfilePage.defaultScenarios(in.framework()),
                  (done, total) -> {});
        }
        x = profileExtras;
      }
    }
    ctx.contentType("text/html; charset=utf-8").result(ProfilePage.html(r, e, x));
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
    Entry e =
        service.upload(
            kind,
            ctx.queryParam("name"),
            ctx.bodyAsBytes(),
            ctx.queryParam("framework"),
            ctx.contentType());
    json(ctx.status(201), entryJson(e));
  }

  private void deleteUpload(Context ctx, Kind kind) {
    long id = id(ctx);
    if (!service.delete(kind, id)) {
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
    json(ctx.status(201), runJson(service.saveRun(name, q), false));
  }

  private void getRun(Context ctx) {
    long id = id(ctx);
    json(ctx, runJson(store.run(id).orElseThrow(() -> new NotFound("no run with id " + id)), true));
  }

  private void rerun(Context ctx) {
    long id = id(ctx);
    StoredRun old = store.run(id).orElseThrow(() -> new NotFound("no run with id " + id));
    IndexRequest q = IndexRequest.parse(IndexService.readTree(old.request()), Set.of());
    StoredRun fresh = service.saveRun(old.name() + " (re-run of " + id + ")", q);
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
    JsonNode b = ScenarioRequest.document(ctx.contentType(), ctx.bodyAsBytes());
    json(ctx, analyses.scenario(b, service));
  }

  private void robustness(Context ctx) {
    RobustnessRequest q = RobustnessRequest.query(ctx.queryParam("runs"), ctx.queryParam("seed"));
    json(ctx, analyses.robustness(q, service));
  }

  private void robustnessOf(Context ctx) {
    json(ctx, analyses.robustness(RobustnessRequest.parse(body(ctx)), service));
  }

  /** What {@code aidx coherence --format json} prints for the same methods. */
  private void scorecard(Context ctx) {
    IndexRequest q = IndexRequest.defaults();
    json(ctx, service.cached(List.of("replicate", q), () -> service.scorecard(q)));
  }

  private void coherence(Context ctx, IndexRequest q) {
    json(ctx, service.cached(List.of("coherence", q), () -> service.coherence(q)));
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
    json(ctx, service.cached(List.of("panel", q), () -> service.panel(q)));
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
    return IndexRequest.readJson(ctx.body());
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
