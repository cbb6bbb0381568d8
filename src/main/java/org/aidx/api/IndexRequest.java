package org.aidx.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aidx.framework.Framework;
import org.aidx.framework.Intensity;
import org.aidx.framework.Weights;
import org.aidx.input.StrictKeys;
import org.aidx.model.InputException;
import org.aidx.model.Names;
import org.aidx.model.Problem;
import org.aidx.pipeline.MethodCaption;
import org.aidx.pipeline.MethodRequest;
import org.aidx.pipeline.PipelineSpec;

/**
 * A request to compute the index with changes, as sent to {@code POST /api/index}. Every field is
 * optional; the methods take the same texts as the CLI options of the same name.
 *
 * <pre>
 * {"weights": {"technology_activity": 2, "compute": 0.5},
 *  "normalise": "minmax:0,100", "aggregate": "geometric", "reference": "CHN", "year": 2023}
 * </pre>
 *
 * gives the CICC framework with the technology layer weighted 2 against market friendliness 1 and
 * compute 0.5 against the other dimensions' 1, min-max normalisation, geometric means everywhere,
 * China as reference and each value's latest year up to 2023.
 *
 * @param weights new weights by node id (aggregate or indicator); other nodes keep theirs
 * @param dataset {@code embedded} (default) or the id of a stored dataset
 * @param framework {@code embedded} (default) or the id of a stored framework
 * @param per {@code capita} or {@code gdp} for an intensity view, or null for absolute scale
 * @param floor {@code none}, {@code min:F} or a number X, as {@code --floor} (a JSON number or
 *     text)
 * @param denominate whether to divide indicators by their declared denominators ({@code
 *     --denominate})
 * @param aggregateAt level → method, as {@code --aggregate-at}: e.g. {@code {"layer":
 *     "arithmetic"}}
 * @param maxAge with {@code year}: values older than this many years count as missing, as {@code
 *     --exclude-stale --max-age}; null for no limit
 */
public record IndexRequest(
    Map<String, Double> weights,
    String normalise,
    String aggregate,
    String reference,
    Integer year,
    String impute,
    String treat,
    Integer tiers,
    String floor,
    String dataset,
    String framework,
    String per,
    boolean denominate,
    Map<String, String> aggregateAt,
    Integer maxAge) {
  /** Refuses text after the JSON value ({@code {} junk}) rather than ignoring it. */
  static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  static final Set<String> FIELDS =
      Set.of(
          "weights",
          "normalise",
          "aggregate",
          "reference",
          "year",
          "impute",
          "treat",
          "tiers",
          "floor",
          "dataset",
          "framework",
          "per",
          "denominate",
          "aggregateAt",
          "maxAge");

  public IndexRequest {
    // sorted, so that the title naming changed weights reads the same in every JVM (Map.copyOf's
    // iteration order changes from run to run) and equal requests print equal answers
    weights =
        weights == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(weights));
    aggregateAt =
        aggregateAt == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(aggregateAt));
  }

  /** The default index: the embedded framework and dataset with their own methods. */
  public static IndexRequest defaults() {
    return new IndexRequest(
        null, null, null, null, null, null, null, null, null, null, null, null, false, Map.of(),
        null);
  }

  public IndexRequest withYear(Integer y) {
    return new IndexRequest(
        weights,
        normalise,
        aggregate,
        reference,
        y,
        impute,
        treat,
        tiers,
        floor,
        dataset,
        framework,
        per,
        denominate,
        aggregateAt,
        maxAge);
  }

  public IndexRequest withWeights(Map<String, Double> w) {
    return new IndexRequest(
        w,
        normalise,
        aggregate,
        reference,
        year,
        impute,
        treat,
        tiers,
        floor,
        dataset,
        framework,
        per,
        denominate,
        aggregateAt,
        maxAge);
  }

  public IndexRequest withFramework(String f) {
    return new IndexRequest(
        weights,
        normalise,
        aggregate,
        reference,
        year,
        impute,
        treat,
        tiers,
        floor,
        dataset,
        f,
        per,
        denominate,
        aggregateAt,
        maxAge);
  }

  /**
   * Reads a request body as JSON; a blank body is {@code null} (the defaults).
   *
   * @throws InputException naming the line and column of malformed JSON
   */
  static JsonNode readJson(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new InputException(
          "request body"
              + (loc == null ? "" : " line " + loc.getLineNr() + ", column " + loc.getColumnNr()),
          "is not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""),
          "send a JSON object such as {\"weights\": {\"compute\": 2}}");
    }
  }

  /**
   * Reads a request from a JSON object, collecting every problem. {@code extra} names fields the
   * caller handles itself (e.g. {@code name} of a saved run), which are accepted and ignored here.
   */
  public static IndexRequest parse(JsonNode body, Set<String> extra) {
    if (body == null || body.isNull() || body.isMissingNode()) {
      return defaults();
    }
    if (!body.isObject()) {
      throw new InputException(
          "request body",
          "expected a JSON object, found " + body.getNodeType().toString().toLowerCase(),
          "send an object such as {\"weights\": {\"compute\": 2}} (an empty body means defaults)");
    }
    List<Problem> problems = new ArrayList<>();
    body = usSpellings(body, problems);
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f) && !extra.contains(f)) {
        List<String> known = new ArrayList<>(FIELDS);
        known.addAll(extra);
        problems.add(
            new Problem(
                "request body, field '" + f + "'",
                "is not a known field",
                Names.closest(f, known)
                    .map(s -> "did you mean '" + s + "'?")
                    .orElse(
                        "known fields: " + String.join(", ", known.stream().sorted().toList()))));
      }
    }
    Map<String, Double> w = new LinkedHashMap<>();
    JsonNode wn = body.get("weights");
    if (wn != null && !wn.isNull()) {
      if (!wn.isObject()) {
        problems.add(
            new Problem(
                "request body, field 'weights'",
                "expected an object of node id → number",
                "e.g. {\"compute\": 2, \"technology_activity\": 1}"));
      } else {
        wn.fields()
            .forEachRemaining(
                e -> {
                  JsonNode v = e.getValue();
                  if (!v.isNumber() || !Double.isFinite(v.doubleValue()) || v.doubleValue() < 0) {
                    problems.add(
                        new Problem(
                            "request body, weights." + e.getKey(),
                            "'" + v + "' is not a weight",
                            "use a number >= 0 (0 leaves the node out)"));
                  } else {
                    w.put(e.getKey(), v.doubleValue());
                  }
                });
      }
    }
    IndexRequest q =
        new IndexRequest(
            w,
            text(body, "normalise", problems),
            text(body, "aggregate", problems),
            text(body, "reference", problems),
            integer(body, "year", problems),
            text(body, "impute", problems),
            text(body, "treat", problems),
            integer(body, "tiers", problems),
            numberOrText(body, "floor", problems),
            id(body, "dataset", problems),
            id(body, "framework", problems),
            text(body, "per", problems),
            bool(body, "denominate", problems),
            texts(body, "aggregateAt", problems),
            integer(body, "maxAge", problems));
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return q;
  }

  /**
   * The body with US-spelled fields ({@code normalize}) renamed to aidx's ({@code normalise}), as
   * the CLI and YAML files accept them; both spellings at once is a problem.
   */
  private static JsonNode usSpellings(JsonNode body, List<Problem> problems) {
    ObjectNode out = JSON.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
      var f = it.next();
      String uk = StrictKeys.US_SPELLINGS.getOrDefault(f.getKey(), f.getKey());
      if (out.has(uk)) {
        problems.add(
            new Problem(
                "request body, field '" + f.getKey() + "'",
                "is the same field as '" + uk + "'",
                "send one of them"));
        continue;
      }
      out.set(uk, f.getValue());
    }
    return out;
  }

  private static String text(JsonNode b, String f, List<Problem> problems) {
    JsonNode n = b.get(f);
    if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
      return null;
    }
    if (!n.isTextual()) {
      problems.add(new Problem("request body, field '" + f + "'", "expected a string", ""));
      return null;
    }
    return n.asText().strip();
  }

  private static String id(JsonNode b, String f, List<Problem> problems) {
    JsonNode n = b.get(f);
    if (n != null && n.isIntegralNumber()) {
      return n.asText();
    }
    return text(b, f, problems);
  }

  private static Integer integer(JsonNode b, String f, List<Problem> problems) {
    JsonNode n = b.get(f);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToInt()) {
      problems.add(
          new Problem("request body, field '" + f + "'", "'" + n + "' is not a whole number", ""));
      return null;
    }
    return n.intValue();
  }

  /** A number as its text ({@code 0.05}), or a text ({@code "min:0.5"}). */
  private static String numberOrText(JsonNode b, String f, List<Problem> problems) {
    JsonNode n = b.get(f);
    return n != null && n.isNumber() ? n.asText() : text(b, f, problems);
  }

  private static boolean bool(JsonNode b, String f, List<Problem> problems) {
    JsonNode n = b.get(f);
    if (n == null || n.isNull()) {
      return false;
    }
    if (!n.isBoolean()) {
      problems.add(
          new Problem("request body, field '" + f + "'", "'" + n + "' is not true or false", ""));
      return false;
    }
    return n.booleanValue();
  }

  /** An object of text values, e.g. {@code {"layer": "arithmetic"}}. */
  private static Map<String, String> texts(JsonNode b, String f, List<Problem> problems) {
    JsonNode n = b.get(f);
    Map<String, String> out = new LinkedHashMap<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (!n.isObject()) {
      problems.add(
          new Problem(
              "request body, field '" + f + "'",
              "expected an object of level → method",
              "e.g. {\"layer\": \"arithmetic\"}"));
      return out;
    }
    n.fields()
        .forEachRemaining(
            e -> {
              if (!e.getValue().isTextual()) {
                problems.add(
                    new Problem(
                        "request body, " + f + "." + e.getKey(),
                        "expected a string",
                        "e.g. \"arithmetic\""));
              } else {
                out.put(e.getKey(), e.getValue().asText().strip());
              }
            });
    return out;
  }

  /**
   * The methodology of this request, parsed by the parser of the CLI's options ({@link
   * MethodRequest}): the same texts give the same spec.
   *
   * @throws InputException naming each field whose text is not a method
   */
  public PipelineSpec spec() {
    return request().spec(f -> "request body, field '" + API_NAMES.getOrDefault(f, f) + "'");
  }

  /** The CLI's names of method fields that this API spells otherwise. */
  private static final Map<String, String> API_NAMES =
      Map.of("aggregate-at", "aggregateAt", "max-age", "maxAge");

  /** The method fields of this request as written. */
  public MethodRequest request() {
    return new MethodRequest(
        reference,
        year,
        maxAge,
        impute,
        treat,
        normalise,
        aggregate,
        aggregateAt,
        denominate,
        tiers,
        floor);
  }

  /**
   * The framework with this request's weights (0 leaves a node out) and in its intensity view
   * ({@code per}). Unknown node ids and aggregates whose children would all weigh 0 are errors, all
   * reported together.
   */
  public Framework reweight(Framework fw) {
    Framework out = new Weights(weights).apply(fw, "request body, weights.");
    return per == null ? out : Intensity.parse(per).apply(out);
  }

  /**
   * This request's non-default choices in the CLI's words ({@link MethodCaption}), for the caption
   * of every table and chart drawn from its answer: the methods, floor, reference and year that
   * differ from the framework's, then the weights that differ from its own (a client may send every
   * node's weight) and the intensity view. Empty for the default index.
   *
   * @param base the framework the request reweights (the embedded or stored one)
   */
  public List<String> caption(Framework base) {
    List<String> changes = new ArrayList<>();
    Weights changed = new Weights(weights).differingFrom(base);
    if (!changed.byNode().isEmpty()) {
      changes.add("weights " + changed.label());
    }
    if (per != null) {
      changes.add("intensity view " + Intensity.parse(per).label());
    }
    return MethodCaption.of(spec(), base.reference(), changes);
  }

  /** This request as JSON, to store with a run and parse again on re-run. */
  public ObjectNode toJson() {
    ObjectNode o = JSON.createObjectNode();
    ObjectNode w = o.putObject("weights");
    weights.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> w.put(e.getKey(), e.getValue()));
    putIfSet(o, "normalise", normalise);
    putIfSet(o, "aggregate", aggregate);
    putIfSet(o, "reference", reference);
    if (year != null) {
      o.put("year", year);
    }
    if (maxAge != null) {
      o.put("maxAge", maxAge);
    }
    putIfSet(o, "impute", impute);
    putIfSet(o, "treat", treat);
    if (tiers != null) {
      o.put("tiers", tiers);
    }
    putIfSet(o, "floor", floor);
    if (denominate) {
      o.put("denominate", true);
    }
    if (!aggregateAt.isEmpty()) {
      ObjectNode at = o.putObject("aggregateAt");
      aggregateAt.forEach(at::put);
    }
    putIfSet(o, "dataset", dataset);
    putIfSet(o, "framework", framework);
    putIfSet(o, "per", per);
    return o;
  }

  private static void putIfSet(ObjectNode o, String k, String v) {
    if (v != null) {
      o.put(k, v);
    }
  }
}
