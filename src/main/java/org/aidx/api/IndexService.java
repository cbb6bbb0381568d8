package org.aidx.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.aidx.analysis.coherence.Coherence;
import org.aidx.analysis.explain.GapDecomposition;
import org.aidx.analysis.scenario.Scenario;
import org.aidx.data.Dataset;
import org.aidx.framework.Framework;
import org.aidx.input.DataCheck;
import org.aidx.input.DataFiles;
import org.aidx.input.FrameworkFiles;
import org.aidx.input.InputFile;
import org.aidx.input.Inputs;
import org.aidx.model.InputException;
import org.aidx.model.Observation;
import org.aidx.model.Problem;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.report.ResultWriter;
import org.aidx.report.coherence.CoherenceWriter;
import org.aidx.store.Entry;
import org.aidx.store.Kind;
import org.aidx.store.Store;
import org.aidx.store.StoredRun;

/**
 * What the API computes: the index for a request, one economy's explanation, validated uploads and
 * stored runs. Thread-safe: inputs and results are immutable and the parsed inputs are cached in
 * concurrent maps; the store is transactional.
 */
public final class IndexService {
  /** The id that names the data and framework shipped in the jar. */
  public static final String EMBEDDED = "embedded";

  private static final int MAX_CACHED = 64;
  private static final int MAX_ANSWERS = 16;

  private final Store store;
  private final Map<Integer, Inputs> embedded = new ConcurrentHashMap<>();
  private final Map<Long, Dataset> datasets = new ConcurrentHashMap<>();
  private final Map<Long, Framework> frameworks = new ConcurrentHashMap<>();
  private final Map<Object, JsonNode> answers = new LinkedHashMap<>(16, 0.75f, true);

  /** A computed request: the inputs it read and the result. */
  public record Computed(IndexRequest request, Inputs inputs, IndexResult result) {}

  public IndexService(Store store) {
    this.store = store;
  }

  public Store store() {
    return store;
  }

  /** The framework, dataset and input files a request reads. */
  public Inputs inputs(IndexRequest q) {
    // The embedded exposure indicators depend on the year cap, so the cache is keyed by year.
    int key = q.year() == null ? Integer.MIN_VALUE : q.year();
    Inputs base = embedded.get(key);
    if (base == null) {
      // loaded once even when many requests arrive together on a cold server (each load parses
      // every shipped file: a storm of 50 would cost 50 loads)
      base =
          embedded.size() < MAX_CACHED
              ? embedded.computeIfAbsent(
                  key, k -> Inputs.load(null, List.of(), List.of(), q.year()))
              : Inputs.load(null, List.of(), List.of(), q.year());
    }
    List<InputFile> files = new ArrayList<>();
    Framework fw = base.framework();
    Dataset data = base.dataset();
    if (!isEmbedded(q.framework())) {
      long id = storedId(q.framework(), Kind.FRAMEWORK);
      byte[] b = content(Kind.FRAMEWORK, id);
      fw = frameworks.computeIfAbsent(id, k -> FrameworkFiles.parse(label(Kind.FRAMEWORK, k), b));
      files.add(InputFile.of("framework", label(Kind.FRAMEWORK, id), b));
    } else {
      base.files().stream().filter(f -> f.role().equals("framework")).forEach(files::add);
    }
    if (!isEmbedded(q.dataset())) {
      long id = storedId(q.dataset(), Kind.DATASET);
      byte[] b = content(Kind.DATASET, id);
      data = datasets.computeIfAbsent(id, k -> DataFiles.read(label(Kind.DATASET, k), b));
      files.add(InputFile.of("data", label(Kind.DATASET, id), b));
    } else {
      base.files().stream().filter(f -> !f.role().equals("framework")).forEach(files::add);
    }
    return new Inputs(fw, data, files);
  }

  /** Computes the index for a request: reweighted framework, the request's methods. */
  public Computed compute(IndexRequest q) {
    Inputs in = inputs(q);
    Framework fw = q.reweight(in.framework());
    IndexResult r = Pipeline.run(fw, in.dataset(), Methodology.of(fw, q.spec()));
    return new Computed(q, new Inputs(fw, in.dataset(), in.files()), r);
  }

  /**
   * The panel of the default index: each year's embedded inputs as {@code aidx index --year Y}
   * loads them, then {@code aidx panel --format json}'s tree.
   */
  public JsonNode panel(PanelRequest q) {
    Inputs latest = inputs(IndexRequest.defaults());
    org.aidx.analysis.panel.Panel p =
        org.aidx.analysis.panel.Panel.build(
            latest.framework(),
            y -> inputs(IndexRequest.defaults().withYear(y)).dataset(),
            latest.dataset(),
            Methodology.of(latest.framework(), org.aidx.pipeline.PipelineSpec.defaults()),
            q.from(),
            q.to(),
            q.rule());
    org.aidx.analysis.panel.CatchingUp c =
        org.aidx.analysis.panel.CatchingUp.measure(
            p, q.runs(), q.seed(), Runtime.getRuntime().availableProcessors());
    return org.aidx.report.panel.PanelWriter.jsonTree(p, c);
  }

  /**
   * The coherence report of a request's index: what {@code aidx coherence --format json} prints.
   */
  /**
   * The replication scorecard of the request's result against the CICC study's published figures:
   * {@code summary}, one object per line (id, claim, text, location, published, aidx, difference,
   * verdict, chance, trivial) as {@code aidx replicate} prints them, and {@code finance}: aidx's
   * finance beside OECD.AI's (as {@code aidx replicate --finance}).
   */
  public JsonNode scorecard(IndexRequest q) {
    IndexResult r = compute(q).result();
    if (!org.aidx.input.PublishedFiles.CICC_FRAMEWORK.equals(r.framework().id())) {
      throw new org.aidx.model.InputException(
          "framework " + r.framework().id(),
          "the published figures are those of the CICC AI Development Index",
          "use the shipped CICC framework for the scorecard");
    }
    var lines = org.aidx.input.PublishedFiles.scorecard(r, org.aidx.input.PublishedFiles.cicc());
    ObjectNode o = IndexRequest.JSON.createObjectNode();
    o.put("summary", org.aidx.report.replicate.ScorecardSection.summary(lines));
    var arr = o.putArray("lines");
    for (var l : lines) {
      ObjectNode x = arr.addObject();
      x.put("id", l.claim().id());
      x.put("claim", l.claim().claim());
      x.put("text", l.claim().text());
      // industry groups in words, as in the report and `aidx replicate`
      x.put("published", org.aidx.report.replicate.ScorecardSection.NAMES.named(l.published()));
      x.put("aidx", org.aidx.report.replicate.ScorecardSection.NAMES.named(l.aidx()));
      if (Double.isNaN(l.difference())) {
        x.putNull("difference");
      } else {
        x.put("difference", l.difference());
      }
      x.put("verdict", l.verdict().label());
      x.put("location", l.claim().location());
      if (Double.isNaN(l.chance())) {
        x.putNull("chance");
      } else {
        x.put("chance", l.chance());
      }
      x.put("trivial", l.trivial());
    }
    var fc = org.aidx.input.PublishedFiles.finance(r);
    ObjectNode f = o.putObject("finance");
    f.put("caption", org.aidx.report.replicate.FinanceComparisonWriter.caption(fc));
    f.put("series", fc.series());
    f.put("from", fc.from());
    f.put("to", fc.to());
    f.put("versus", fc.versus());
    f.put("amounts_measure", fc.amountsMeasure());
    var fl = f.putArray("lines");
    for (var l : fc.lines()) {
      ObjectNode x = fl.addObject();
      x.put("iso3", l.iso3());
      x.put("oecd_usd_million", l.publishedUsdMillion());
      x.put("oecd_ratio", l.published());
      putNumber(x, "aidx_finance_ratio", l.finance());
      putNumber(x, "aidx_amounts_ratio", l.amounts());
    }
    return o;
  }

  private static void putNumber(ObjectNode x, String name, double v) {
    if (Double.isNaN(v)) {
      x.putNull(name);
    } else {
      x.put(name, v);
    }
  }

  public JsonNode coherence(IndexRequest q) {
    return readTree(CoherenceWriter.json(Coherence.of(compute(q).result())));
  }

  /**
   * A result as JSON: exactly {@link ResultWriter#json} (what {@code aidx index --format json}
   * prints), plus {@code coverage}: per economy the counts of missing and imputed values.
   */
  public static ObjectNode resultJson(IndexResult r) {
    ObjectNode o = ResultWriter.jsonTree(r);
    ObjectNode cov = o.putObject("coverage");
    r.coverage()
        .forEach(
            (e, c) -> {
              ObjectNode x = cov.putObject(e);
              x.put("missing", c[0]);
              x.put("imputed", c[1]);
              x.put("indicators", r.indicators().size());
            });
    return o;
  }

  /**
   * The answer of {@code /api/index} for a request: {@link #resultJson} plus {@code
   * method_caption}, the request's non-default choices ({@link IndexRequest#caption}), which the
   * dashboard shows under its table and charts. An empty list is the default method.
   */
  public ObjectNode indexJson(IndexRequest q) {
    ObjectNode o = resultJson(compute(q).result());
    ArrayNode caption = o.putArray("method_caption");
    q.caption(inputs(q).framework()).forEach(caption::add);
    return o;
  }

  /**
   * One economy: rank, scores, every indicator's value used and all its years with their sources,
   * and the exact log-gap decomposition against {@code vs} (default: the reference).
   */
  public ObjectNode economy(String iso3, String vs, IndexRequest q) {
    Computed c = compute(q);
    IndexResult r = c.result();
    int a = r.requireEconomy(iso3);
    String other = vs != null && !vs.isBlank() ? vs : r.reference();
    if (other == null) {
      throw new InputException(
          "query parameter 'vs'", "this framework has no reference economy", "pass ?vs=ISO3");
    }
    int b = r.requireEconomy(other);
    ObjectNode o = IndexRequest.JSON.createObjectNode();
    o.put("iso3", r.economies().get(a));
    o.put("name", r.name(a));
    o.put("rank", r.rank(a));
    o.put("tier", r.tier(a));
    o.put("index", r.index(a));
    o.put("reference", r.reference());
    ObjectNode scores = o.putObject("scores");
    for (String n : ResultWriter.scoreColumns(r.framework())) {
      putNum(scores, n, r.score(n, a));
    }
    ArrayNode inds = o.putArray("indicators");
    Dataset d = c.inputs().dataset();
    for (int i = 0; i < r.indicators().size(); i++) {
      String id = r.indicators().get(i);
      ObjectNode io = inds.addObject();
      io.put("id", id);
      io.put("name", r.node(id).name());
      Observation used = r.observation(i, a);
      if (used == null) {
        io.putNull("value");
        io.put("missing", true);
      } else {
        io.put("value", used.value());
        io.put("year", used.year());
        io.put("unit", used.provenance().unit());
        io.put("source", used.provenance().source());
        io.put("location", used.provenance().location());
        io.put("note", used.provenance().note());
      }
      io.put("imputed", r.imputed(i, a));
      putNum(io, "normalised", r.normalised(i, a));
      ArrayNode series = io.putArray("series");
      for (Observation s : d.series(r.economies().get(a), id)) {
        ObjectNode so = series.addObject();
        so.put("year", s.year());
        so.put("value", s.value());
        so.put("source", s.provenance().source());
      }
    }
    ObjectNode ex = o.putObject("explanation");
    ex.put("vs", r.economies().get(b));
    ex.put("vs_name", r.name(b));
    ex.put("vs_index", r.index(b));
    ex.put("log_gap", Math.log(r.index(a) / r.index(b)));
    ArrayNode nodes = ex.putArray("nodes");
    for (GapDecomposition.Contribution k : GapDecomposition.decompose(r, a, b)) {
      ObjectNode n = nodes.addObject();
      n.put("node", k.node());
      n.put("name", k.name());
      n.put("depth", k.depth());
      n.put("indicator", k.indicator());
      n.put("weight", k.weight());
      putNum(n, "score", k.score());
      putNum(n, "other", k.other());
      putNum(n, "log_gap", k.logGap());
      putNum(n, "share_of_parent", k.shareOfParent());
    }
    return o;
  }

  /**
   * Validates and stores an upload. Datasets are read with the checks of {@code aidx data check}
   * against {@code frameworkId} (default: the embedded framework); frameworks as {@code
   * --framework} reads them; scenarios as {@code POST /api/scenario} reads its body ({@link
   * ScenarioRequest#checkSaved}: YAML with a YAML {@code contentType}, else JSON) and as {@link
   * ScenarioRequest#savedDocument} reads them when they run. Invalid uploads are rejected whole.
   *
   * @param contentType the upload's content type, which says how a scenario is written
   */
  public Entry upload(Kind kind, String name, byte[] body, String frameworkId, String contentType) {
    String n = Store.checkName(name, "query parameter 'name'");
    if (body.length == 0) {
      throw new InputException(n, "the upload is empty", "send the file's content as the body");
    }
    String summary;
    switch (kind) {
      case DATASET -> {
        Dataset d = DataFiles.read(n, body);
        Framework fw = inputs(IndexRequest.defaults().withFramework(frameworkId)).framework();
        List<Problem> problems = DataCheck.indicatorsWithoutData(fw, d);
        if (!problems.isEmpty()) {
          throw new InputException(problems);
        }
        summary =
            String.format(
                Locale.ROOT,
                "%d observation(s), %d economies, %d indicators",
                d.observations().size(),
                d.economies().size(),
                d.indicators().size());
      }
      case FRAMEWORK -> {
        Framework fw = FrameworkFiles.parse(n, body);
        summary = fw.id() + ": " + fw.name() + ", " + fw.indicators().size() + " indicators";
      }
      default -> {
        ScenarioRequest q =
            ScenarioRequest.checkSaved(ScenarioRequest.document(contentType, body), n);
        // Stored without its content type, it is read back by its look when run: check that
        // reading too, so that what is accepted runs.
        ScenarioRequest.checkSaved(ScenarioRequest.savedDocument("request body", body), n);
        summary = scenarioSummary(q);
      }
    }
    return store().put(kind, n, body, summary);
  }

  /** E.g. "2 scenario(s), 5 change(s): compute, data". */
  private static String scenarioSummary(ScenarioRequest q) {
    String names = String.join(", ", q.scenarios().stream().map(Scenario::name).toList());
    String s =
        String.format(
            Locale.ROOT,
            "%d scenario(s), %d change(s): %s",
            q.scenarios().size(),
            q.scenarios().stream().mapToInt(x -> x.changes().size()).sum(),
            names);
    // The store keeps up to 2000 characters of summary; long names are cut.
    return s.length() > 300 ? s.substring(0, 299) + "…" : s;
  }

  /**
   * Deletes an upload and forgets its parsed copy and the cached answers computed from it (and only
   * those).
   */
  public boolean delete(Kind kind, long id) {
    boolean gone = store().delete(kind, id);
    if (kind == Kind.DATASET) {
      datasets.remove(id);
    } else if (kind == Kind.FRAMEWORK) {
      frameworks.remove(id);
    }
    String item = kind.label() + ":" + id;
    synchronized (answers) {
      answers.keySet().removeIf(k -> uses(k).contains(item));
    }
    return gone;
  }

  /**
   * The stored items a cached request reads, e.g. {@code ["dataset:3"]}: its dataset and framework
   * when not embedded. A request is an {@link IndexRequest}, a {@link RobustnessRequest}, or a list
   * holding them.
   */
  static Set<String> uses(Object request) {
    Set<String> out = new TreeSet<>();
    if (request instanceof IndexRequest q) {
      if (!isEmbedded(q.dataset())) {
        out.add(Kind.DATASET.label() + ":" + q.dataset());
      }
      if (!isEmbedded(q.framework())) {
        out.add(Kind.FRAMEWORK.label() + ":" + q.framework());
      }
    } else if (request instanceof RobustnessRequest r) {
      out.addAll(uses(r.method()));
    } else if (request instanceof List<?> l) {
      l.forEach(x -> out.addAll(uses(x)));
    }
    return out;
  }

  /**
   * The answer to a deterministic request (e.g. a {@link RobustnessRequest}, a function of its
   * fields and the stored inputs), computed once and kept among the {@value #MAX_ANSWERS} most
   * recently used. Two threads asking at once may both compute it; both get equal answers. Each
   * caller gets its own copy.
   */
  public JsonNode cached(Object request, Supplier<JsonNode> compute) {
    synchronized (answers) {
      JsonNode a = answers.get(request);
      if (a != null) {
        return a.deepCopy();
      }
    }
    JsonNode a = compute.get().deepCopy();
    synchronized (answers) {
      answers.put(request, a);
      if (answers.size() > MAX_ANSWERS) {
        answers.remove(answers.keySet().iterator().next());
      }
    }
    return a;
  }

  /** Computes a request and stores it as a run with its manifest and results. */
  public StoredRun saveRun(String name, IndexRequest q) {
    Computed c = compute(q);
    String request = write(q.toJson());
    String manifest =
        ResultWriter.manifest(
            "aidx serve",
            List.of("POST /api/runs", request),
            c.inputs().files(),
            c.inputs().framework(),
            c.result().methodology(),
            List.of("results.json"));
    return store().saveRun(name, request, manifest, write(resultJson(c.result())));
  }

  private byte[] content(Kind kind, long id) {
    return store()
        .content(kind, id)
        .orElseThrow(
            () ->
                new InputException(
                    kind.label() + " '" + id + "'",
                    "is not in the store",
                    "GET /api/" + kind.label() + "s lists the stored ones, or use 'embedded'"));
  }

  private static boolean isEmbedded(String id) {
    return id == null || id.equals(EMBEDDED);
  }

  private static long storedId(String id, Kind kind) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new InputException(
          "request, field '" + kind.label() + "'",
          "'" + id + "' is not a stored " + kind.label() + " id",
          "use 'embedded' or an id from GET /api/" + kind.label() + "s");
    }
  }

  private String label(Kind kind, long id) {
    String name = store().find(kind, id).map(Entry::name).orElse("?");
    return "store:" + kind.label() + "/" + id + " (" + name + ")";
  }

  static JsonNode readTree(String json) {
    try {
      return IndexRequest.JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String write(JsonNode n) {
    try {
      return IndexRequest.JSON.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void putNum(ObjectNode o, String key, double v) {
    if (Double.isNaN(v)) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }
}
