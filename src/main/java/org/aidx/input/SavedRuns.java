package org.aidx.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidx.analysis.compare.SavedRun;
import org.aidx.framework.Aggregation;
import org.aidx.model.InputException;

/**
 * Reads a run saved by {@code aidx index --out DIR}: {@code DIR/results.json} (or a results file
 * named directly) and the {@code manifest.json} beside it. Nothing is recomputed.
 */
public final class SavedRuns {
  static final String RESULTS = "results.json";
  static final String MANIFEST = "manifest.json";
  private static final String FIX =
      "give a directory written by 'aidx index --out DIR', or the results.json in it";

  private static final ObjectMapper JSON = new ObjectMapper();

  private SavedRuns() {}

  /** The results file of a run given as a directory or as the file itself. */
  public static Path resultsFile(Path run) {
    Path f = Files.isDirectory(run) ? run.resolve(RESULTS) : run;
    if (!Files.isRegularFile(f)) {
      throw new InputException(
          run.toString(),
          Files.isDirectory(run) ? "the directory has no " + RESULTS : "no such file or directory",
          FIX);
    }
    return f;
  }

  /** The manifest beside the results file, or null when there is none. */
  public static Path manifestFile(Path run) {
    Path m = resultsFile(run).toAbsolutePath().getParent().resolve(MANIFEST);
    return Files.isRegularFile(m) ? m : null;
  }

  public static SavedRun read(Path run) {
    Path results = resultsFile(run);
    JsonNode root = parse(results);
    String where = results.toString();
    JsonNode meth = require(root, "methodology", where);
    JsonNode tree = require(meth, "tree", where + " methodology");
    Map<String, String> settings = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = meth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (!f.getKey().equals("tree") && f.getValue().isValueNode()) {
        settings.put(f.getKey(), f.getValue().asText());
      }
    }
    List<SavedRun.Economy> economies = new ArrayList<>();
    JsonNode econ = require(root, "economies", where);
    for (int i = 0; i < econ.size(); i++) {
      JsonNode e = econ.get(i);
      String at = where + " economies[" + i + "]";
      Map<String, Double> values = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = e.path("scores").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        values.put(f.getKey(), number(f.getValue()));
      }
      for (JsonNode ind : e.path("indicators")) {
        values.put(ind.path("id").asText(), number(ind.path("normalised")));
      }
      economies.add(
          new SavedRun.Economy(
              require(e, "iso3", at).asText(),
              e.path("name").asText(""),
              number(require(e, "rank", at)),
              number(require(e, "index", at)),
              values));
    }
    JsonNode ref = root.path("reference");
    return new SavedRun(
        run.toString(),
        root.path("framework").asText(""),
        root.path("framework_name").asText(""),
        ref.isNull() || ref.isMissingNode() ? null : ref.asText(),
        node(tree, where + " methodology.tree"),
        economies,
        settings,
        manifest(manifestFile(run)));
  }

  private static SavedRun.Manifest manifest(Path file) {
    if (file == null) {
      return null;
    }
    JsonNode m = parse(file);
    List<String> args = new ArrayList<>();
    m.path("arguments").forEach(a -> args.add(a.asText()));
    List<SavedRun.Input> inputs = new ArrayList<>();
    for (JsonNode i : m.path("inputs")) {
      inputs.add(
          new SavedRun.Input(
              i.path("role").asText(""), i.path("name").asText(""), i.path("sha256").asText("")));
    }
    return new SavedRun.Manifest(m.path("version").asText("unknown"), args, inputs);
  }

  private static SavedRun.Node node(JsonNode n, String where) {
    String id = require(n, "id", where).asText();
    List<SavedRun.Node> children = new ArrayList<>();
    JsonNode kids = n.path("children");
    for (int i = 0; i < kids.size(); i++) {
      children.add(node(kids.get(i), where + " > " + id));
    }
    Aggregation how = null;
    if (n.has("aggregation")) {
      try {
        how = Aggregation.parse(n.get("aggregation").asText());
      } catch (IllegalArgumentException e) {
        throw new InputException(where + " > " + id, e.getMessage(), FIX);
      }
    }
    return new SavedRun.Node(
        id, n.path("name").asText(id), n.path("weight").asDouble(1), how, children);
  }

  private static JsonNode parse(Path file) {
    try {
      JsonNode root = JSON.readTree(Files.readAllBytes(file));
      if (root == null || !root.isObject()) {
        throw new InputException(file.toString(), "not a JSON object", FIX);
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new InputException(
          file.toString(), "not valid JSON (" + ParseErrors.describe(e) + ")", FIX);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot be read: " + e.getMessage(), FIX);
    }
  }

  private static JsonNode require(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new InputException(
          where, "has no '" + field + "': not a results.json written by 'aidx index --out'", FIX);
    }
    return v;
  }

  private static double number(JsonNode v) {
    return v == null || !v.isNumber() ? Double.NaN : v.asDouble();
  }
}
