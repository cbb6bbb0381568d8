package org.aidx.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.aidx.analysis.scenario.Change;
import org.aidx.analysis.scenario.Scenario;
import org.aidx.analysis.scenario.ScenarioRun;
import org.aidx.analysis.scenario.Scenarios;
import org.aidx.analysis.scenario.TierRule;
import org.aidx.framework.Framework;
import org.aidx.input.Inputs;
import org.aidx.input.ScenarioFiles;
import org.aidx.model.InputException;
import org.aidx.model.Problem;
import org.aidx.pipeline.Methodology;
import org.aidx.report.scenario.ScenarioWriter;
import org.aidx.store.Entry;
import org.aidx.store.Kind;
import org.aidx.store.Store;

/**
 * A request to {@code POST /api/scenario}: the scenarios to run, how their tiers are assigned, and
 * the methodology (every field of {@link IndexRequest}) of both the baseline and the scenarios. One
 * scenario is written as {@code aidx scenario --change} takes it, several as a scenario file holds
 * them, or a saved scenario is named by its id:
 *
 * <pre>
 * {"name": "japan-half-way", "changes": ["JPN:compute=gap(USA,0.5)", "JPN:data=gap(USA,0.5)"]}
 * {"scenarios": [{"name": "a", "changes": ["JPN:compute=copy(USA)"]}, ...], "retier": true}
 * {"saved": 3, "normalise": "minmax:1,100"}
 * </pre>
 *
 * The first runs one scenario named {@code japan-half-way} against the CICC baseline, exactly as
 * {@code aidx scenario --name japan-half-way --change ... --change ...} does; the answer is what
 * that command prints with {@code --format json}.
 *
 * @param scenarios the scenarios, each compared with the same baseline
 * @param tierRule {@link TierRule#RECOMPUTED} for {@code "retier": true}
 * @param method the methodology of the baseline and of every scenario
 */
public record ScenarioRequest(List<Scenario> scenarios, TierRule tierRule, IndexRequest method) {
  /** The fields a scenario request has besides those of {@link IndexRequest}. */
  static final Set<String> FIELDS =
      Set.of("name", "description", "changes", "scenarios", "retier", "saved");

  private static final String BODY = "request body";
  private static final ObjectReader STRICT_JSON =
      IndexRequest.JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final String EXAMPLE =
      "send {\"changes\": [\"JPN:compute=copy(USA)\"]} (an empty list runs the baseline) or"
          + " {\"scenarios\": [{\"name\": ..., \"changes\": [...]}, ...]} as in a scenario file";

  public ScenarioRequest {
    scenarios = List.copyOf(scenarios);
    Objects.requireNonNull(tierRule, "tierRule");
    Objects.requireNonNull(method, "method");
  }

  /**
   * A request body as {@code POST /api/scenario} reads it: YAML (a scenario file as it is) when the
   * content type names YAML, JSON otherwise.
   *
   * @return the document; {@code null} or a missing node for an empty body
   * @throws InputException naming the line and column of malformed JSON or YAML
   */
  static JsonNode document(String contentType, byte[] body) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("yaml")
        ? ScenarioFiles.tree(BODY, body)
        : IndexRequest.readJson(new String(body, StandardCharsets.UTF_8));
  }

  /**
   * A saved scenario's text as a document. Saved scenarios are kept as sent, without their content
   * type: a text that is one JSON object or array is read as JSON, anything else as YAML. (JSON is
   * YAML, but the YAML reader refuses some JSON, such as tab indentation or the escape {@code \/}.)
   *
   * @param where how error messages name the text
   * @throws InputException with the YAML reader's message for a text neither reader accepts
   */
  static JsonNode savedDocument(String where, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    text = (text.startsWith("\uFEFF") ? text.substring(1) : text).strip();
    if (text.startsWith("{") || text.startsWith("[")) {
      try {
        return STRICT_JSON.readTree(text);
      } catch (JsonProcessingException e) {
        // YAML flow style such as {name: a}, or broken: the YAML reader decides and explains.
      }
    }
    return ScenarioFiles.tree(where, bytes);
  }

  /**
   * Checks a scenario about to be saved under {@code name}, as {@code POST /api/scenarios} does
   * before storing it: the body must be a request that {@code POST /api/scenario} accepts, with the
   * same problem texts, and must not refer to another saved scenario. An inline scenario without a
   * {@code name} is named after the upload, as it is when run with {@code {"saved": id}}. Economy,
   * indicator and node ids are not looked up here: they depend on the dataset and framework the
   * scenario is run with, and are checked when it runs.
   *
   * <pre>
   * checkSaved(doc of {"changes": ["JPN:compute=copy(USA)"]}, "compute")  // one scenario "compute"
   * checkSaved(doc of {"changes": ["JPN:compute=cpy(USA)"]}, "x")   // InputException, as POST /api/scenario
   * </pre>
   *
   * @param doc the body, read by {@link #document} or {@link #savedDocument}
   * @return the request running the saved scenario alone makes
   * @throws InputException listing every problem
   */
  public static ScenarioRequest checkSaved(JsonNode doc, String name) {
    JsonNode body = doc;
    if (doc != null && doc.isArray()) {
      ObjectNode o = IndexRequest.JSON.createObjectNode();
      o.set("scenarios", doc);
      body = o;
    } else if (doc != null && doc.isObject() && !doc.has("scenarios") && !doc.has("name")) {
      body = ((ObjectNode) doc).deepCopy().put("name", name);
    }
    List<Problem> problems = new ArrayList<>();
    if (body != null && body.isObject() && body.has("saved")) {
      problems.add(
          new Problem(
              BODY + ", field 'saved'",
              "refers to another saved scenario",
              "save the scenario itself, not its id"));
    }
    try {
      ScenarioRequest q = parse(body, BODY);
      if (problems.isEmpty()) {
        return q;
      }
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    throw new InputException(problems);
  }

  /**
   * Reads a request, first replacing {@code "saved": ID} by the saved scenario's fields; fields of
   * the request itself win over the saved ones (so a saved scenario can be run with other methods).
   *
   * @throws InputException listing every problem of the request
   */
  public static ScenarioRequest read(JsonNode body, Store store) {
    if (body == null || !body.isObject() || !body.has("saved")) {
      return parse(body, BODY);
    }
    long id = savedId(body.get("saved"));
    byte[] bytes =
        store
            .content(Kind.SCENARIO, id)
            .orElseThrow(
                () ->
                    new InputException(
                        BODY + ", field 'saved'",
                        "no saved scenario has the id " + id,
                        "GET /api/scenarios lists the saved scenarios and their ids"));
    String name = store.find(Kind.SCENARIO, id).map(Entry::name).orElse("?");
    String where = "saved scenario " + id + " '" + name + "'";
    JsonNode doc = savedDocument(where, bytes);
    ObjectNode merged = IndexRequest.JSON.createObjectNode();
    if (doc.isArray()) {
      merged.set("scenarios", doc);
    } else if (doc.isObject()) {
      merged.setAll((ObjectNode) doc);
    } else {
      throw new InputException(
          where,
          "is not a scenario: expected a JSON or YAML mapping with 'changes' or 'scenarios'",
          "save e.g. {\"name\": \"japan\", \"changes\": [\"JPN:compute=copy(USA)\"]}");
    }
    if (merged.has("saved")) {
      throw new InputException(
          where, "refers to another saved scenario", "save the scenario itself, not its id");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (!f.getKey().equals("saved")) {
        merged.set(f.getKey(), f.getValue());
      }
    }
    if (!merged.has("scenarios") && !merged.has("name")) {
      merged.put("name", name);
    }
    return parse(merged, BODY + " with " + where);
  }

  /**
   * Reads a request without saved scenarios: {@code changes} (with an optional {@code name}, as
   * {@code aidx scenario --change} and {@code --name}) or {@code scenarios} (as in a scenario
   * file), {@code retier}, and the fields of {@link IndexRequest}. A bare list is read as the
   * {@code scenarios} of a file.
   *
   * @param where how error messages name the request
   * @throws InputException listing every problem of the request
   */
  public static ScenarioRequest parse(JsonNode body, String where) {
    if (body != null && body.isArray()) {
      ObjectNode o = IndexRequest.JSON.createObjectNode();
      o.set("scenarios", body);
      body = o;
    }
    if (body == null || body.isNull() || body.isMissingNode()) {
      throw new InputException(where, "no scenario given", EXAMPLE);
    }
    if (!body.isObject()) {
      throw new InputException(
          where,
          "expected a JSON object, found " + body.getNodeType().toString().toLowerCase(),
          EXAMPLE);
    }
    List<Problem> problems = new ArrayList<>();
    IndexRequest method = IndexRequest.defaults();
    try {
      method = IndexRequest.parse(body, FIELDS);
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    TierRule rule = TierRule.BASELINE_BREAKS;
    JsonNode retier = body.get("retier");
    if (retier != null && !retier.isNull()) {
      if (retier.isBoolean()) {
        rule = retier.booleanValue() ? TierRule.RECOMPUTED : TierRule.BASELINE_BREAKS;
      } else {
        problems.add(
            new Problem(
                where + ", field 'retier'",
                "'" + retier + "' is not true or false",
                "send \"retier\": true to fit Jenks breaks again to each scenario (as aidx"
                    + " scenario --retier)"));
      }
    }
    List<Scenario> scenarios = List.of();
    boolean inline = body.has("changes");
    boolean file = body.has("scenarios");
    if (inline && file) {
      problems.add(
          new Problem(
              where,
              "has both 'changes' and 'scenarios'",
              "send one scenario as {\"name\": ..., \"changes\": [...]} or several as"
                  + " {\"scenarios\": [...]}"));
    } else if (file) {
      for (String f : List.of("name", "description")) {
        if (body.has(f)) {
          problems.add(
              new Problem(
                  where + ", field '" + f + "'",
                  "belongs inside each item of 'scenarios'",
                  "move it into the scenario it names"));
        }
      }
      try {
        scenarios = ScenarioFiles.parse(where, body);
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
    } else if (inline) {
      scenarios = inline(body, where, problems);
    } else {
      problems.add(new Problem(where, "no scenario given", EXAMPLE));
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new ScenarioRequest(scenarios, rule, method);
  }

  /** One scenario from {@code name}, {@code description} and {@code changes}. */
  private static List<Scenario> inline(JsonNode body, String where, List<Problem> problems) {
    String name = text(body, "name", "inline", where, problems);
    String description = text(body, "description", "", where, problems);
    if (name.isBlank()) {
      problems.add(
          new Problem(where + ", field 'name'", "is empty", "give the scenario a short name"));
    }
    JsonNode cs = body.get("changes");
    if (!cs.isArray()) {
      problems.add(
          new Problem(
              where + ", field 'changes'",
              "expected a list of changes, found " + cs.getNodeType().toString().toLowerCase(),
              "e.g. [\"JPN:compute=copy(USA)\", \"JPN:data=gap(USA,0.5)\"]; [] runs the"
                  + " baseline"));
      return List.of();
    }
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < cs.size(); i++) {
      JsonNode c = cs.get(i);
      try {
        // Texts are read as 'aidx scenario --change' reads them, with the same messages.
        changes.add(
            c.isTextual()
                ? Scenarios.parseChange(c.asText())
                : ScenarioFiles.change(c, where + ", change " + (i + 1)));
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      return List.of();
    }
    return List.of(new Scenario(name, description, changes));
  }

  private static String text(
      JsonNode body, String field, String absent, String where, List<Problem> problems) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return absent;
    }
    if (!n.isTextual()) {
      problems.add(new Problem(where + ", field '" + field + "'", "expected a string", ""));
      return absent;
    }
    return n.asText();
  }

  private static long savedId(JsonNode n) {
    if (n.isIntegralNumber() && n.canConvertToLong()) {
      return n.longValue();
    }
    if (n.isTextual() && n.asText().strip().matches("[0-9]{1,18}")) {
      return Long.parseLong(n.asText().strip());
    }
    throw new InputException(
        BODY + ", field 'saved'",
        "'" + n + "' is not the id of a saved scenario",
        "use an id from GET /api/scenarios");
  }

  /**
   * Runs every scenario against the baseline on the request's inputs and methods. The answer is
   * {@link ScenarioWriter#json}, what {@code aidx scenario --format json} prints for the same
   * inputs.
   */
  public JsonNode run(IndexService service) {
    Inputs in = service.inputs(method);
    Framework fw = method.reweight(in.framework());
    List<ScenarioRun> runs =
        ScenarioRun.runAll(
            fw, in.dataset(), Methodology.of(fw, method.spec()), scenarios, tierRule);
    return IndexService.readTree(ScenarioWriter.json(runs));
  }
}
