package org.aidx.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.aidx.framework.Aggregation;
import org.aidx.method.impute.Imputation;
import org.aidx.method.normalise.Normalisation;
import org.aidx.model.InputException;
import org.aidx.model.Problem;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.tier.Tiering;
import org.aidx.pipeline.treat.Treatment;

/**
 * A resolved {@link Methodology} as YAML (and the same tree in JSON results and manifests), and
 * back. Every method is written as the text its parser reads ({@code minmax:1,100}, {@code
 * group-mean:income}), so a methodology file reads like the command line that made it:
 *
 * <pre>
 * reference: USA
 * relative_to_reference: true
 * year: latest            # or a year: the latest value at or before it
 * max_age: none           # or a number of years
 * denominate: false
 * impute: relative
 * treat: none
 * zero_floor: 0.5         # 0 = none
 * score_floor: none       # or a positive number
 * tiers: auto             # or a number of tiers
 * normalise:              # every indicator, in tree order
 *   ai_patents: ratio
 * aggregate:              # every aggregate node, the root first
 *   index: geometric
 * weights:                # every node below the root, in tree order: relative among siblings
 *   technology_activity: 1.0
 * </pre>
 */
public final class MethodologyFiles {
  private static final ObjectMapper YAML =
      new ObjectMapper(
          new YAMLFactory()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

  /** The keys of a methodology file. */
  public static final StrictKeys FILE =
      StrictKeys.of(
          "a methodology file",
          "reference",
          "relative_to_reference",
          "year",
          "max_age",
          "denominate",
          "impute",
          "treat",
          "zero_floor",
          "score_floor",
          "tiers",
          "normalise",
          "aggregate",
          "weights");

  private MethodologyFiles() {}

  /** The methodology as a JSON/YAML tree, the keys in the order of {@link #FILE}. */
  public static ObjectNode tree(Methodology m) {
    ObjectNode o = YAML.createObjectNode();
    if (m.reference() == null) {
      o.putNull("reference");
    } else {
      o.put("reference", m.reference());
    }
    o.put("relative_to_reference", m.relativeToReference());
    if (m.year() == null) {
      o.put("year", "latest");
    } else {
      o.put("year", m.year());
    }
    if (m.maxAge() == null) {
      o.put("max_age", "none");
    } else {
      o.put("max_age", m.maxAge());
    }
    o.put("denominate", m.denominate());
    o.put("impute", m.imputation().label());
    o.put("treat", m.treatment().label());
    o.put("zero_floor", m.zeroFloor());
    if (m.scoreFloor() == null) {
      o.put("score_floor", "none");
    } else {
      o.put("score_floor", m.scoreFloor());
    }
    Tiering t = m.tiers();
    if (t.count() != null) {
      o.put("tiers", t.count());
    } else if (t.equals(Tiering.automatic())) {
      o.put("tiers", "auto");
    } else {
      o.put("tiers", "auto:" + t.minGvf() + "," + t.maxTiers());
    }
    ObjectNode n = o.putObject("normalise");
    m.normalisation().forEach((k, v) -> n.put(k, v.label()));
    ObjectNode a = o.putObject("aggregate");
    m.aggregation().forEach((k, v) -> a.put(k, v.label()));
    ObjectNode w = o.putObject("weights");
    m.weights().forEach(w::put);
    return o;
  }

  /** The methodology as YAML. */
  public static String yaml(Methodology m) {
    try {
      return YAML.writeValueAsString(tree(m));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a methodology written by {@link #yaml}, collecting every problem.
   *
   * @param name the file name, for messages
   * @throws InputException naming the file, line and key of each problem, with the accepted values
   */
  public static Methodology read(String name, String text) {
    JsonNode doc;
    try {
      doc = YAML.readTree(text);
    } catch (IOException e) {
      throw new InputException(
          name, "is not valid YAML: " + ParseErrors.describe(e), "write a mapping of method keys");
    }
    if (doc == null || !doc.isObject()) {
      throw new InputException(
          name, "is empty or not a YAML mapping", "write e.g. 'impute: none' on its own line");
    }
    Map<String, Integer> lines = YamlLines.of(text);
    List<Problem> problems = new ArrayList<>();
    doc = FILE.check(name, doc, problems);
    Function<String, String> at =
        key -> name + (lines.containsKey(key) ? ", line " + lines.get(key) : "") + ", " + key;
    for (String k : List.of("impute", "treat", "normalise", "aggregate", "weights", "tiers")) {
      if (!doc.has(k)) {
        problems.add(
            new Problem(name, "has no '" + k + "'", "give every key of a resolved methodology"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    JsonNode ref = doc.get("reference");
    String reference = ref == null || ref.isNull() ? null : ref.asText();
    boolean relative = bool(doc, "relative_to_reference", at, problems);
    Integer year = whole(doc, "year", "latest", at, problems);
    Integer maxAge = whole(doc, "max_age", "none", at, problems);
    boolean denominate = bool(doc, "denominate", at, problems);
    Imputation im = value(doc, "impute", Imputation::parse, at, problems);
    Treatment tr = value(doc, "treat", Treatment::parse, at, problems);
    Double zf = number(doc, "zero_floor", null, at, problems);
    Double sf = number(doc, "score_floor", "none", at, problems);
    Tiering tiers = value(doc, "tiers", MethodologyFiles::tiers, at, problems);
    Map<String, Normalisation> norm = methods(doc, "normalise", Normalisation::parse, at, problems);
    Map<String, Aggregation> agg = methods(doc, "aggregate", Aggregation::parse, at, problems);
    Map<String, Double> weights = methods(doc, "weights", MethodologyFiles::weight, at, problems);
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    try {
      return new Methodology(
          reference,
          relative,
          year,
          maxAge,
          denominate,
          im,
          tr,
          norm,
          agg,
          weights,
          zf == null ? 0 : zf,
          sf,
          tiers);
    } catch (IllegalArgumentException e) {
      throw new InputException(name, e.getMessage(), "correct the value");
    }
  }

  /** A weight: a positive number (relative among siblings). */
  private static Double weight(String text) {
    double w;
    try {
      w = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("weight '" + text + "' is not a number", e);
    }
    if (!(w > 0 && Double.isFinite(w))) {
      throw new IllegalArgumentException(
          "weight "
              + text
              + " must be positive; to leave a node out, remove it from the framework"
              + " (--weight NODE=0)");
    }
    return w;
  }

  private static Tiering tiers(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("auto")) {
      return Tiering.automatic();
    }
    try {
      if (t.startsWith("auto:")) {
        String[] p = t.substring(5).split(",");
        return new Tiering(null, Double.parseDouble(p[0]), Integer.parseInt(p[1].strip()));
      }
      return Tiering.fixed(Integer.parseInt(t));
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      throw new IllegalArgumentException(
          "tiers '" + text + "' is not auto, auto:MIN_GVF,MAX_TIERS or a number of tiers", e);
    }
  }

  private static <T> T value(
      JsonNode doc,
      String key,
      Function<String, T> parser,
      Function<String, String> at,
      List<Problem> problems) {
    JsonNode n = doc.get(key);
    if (n == null || !n.isValueNode()) {
      problems.add(new Problem(at.apply(key), "expected a method name", ""));
      return null;
    }
    try {
      return parser.apply(n.asText());
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(at.apply(key), e.getMessage(), ""));
      return null;
    }
  }

  private static <T> Map<String, T> methods(
      JsonNode doc,
      String key,
      Function<String, T> parser,
      Function<String, String> at,
      List<Problem> problems) {
    Map<String, T> out = new LinkedHashMap<>();
    JsonNode n = doc.get(key);
    if (!n.isObject()) {
      problems.add(new Problem(at.apply(key), "expected a mapping of node id to method", ""));
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      var e = it.next();
      try {
        out.put(e.getKey(), parser.apply(e.getValue().asText()));
      } catch (IllegalArgumentException x) {
        problems.add(new Problem(at.apply(key + "." + e.getKey()), x.getMessage(), ""));
      }
    }
    return out;
  }

  private static boolean bool(
      JsonNode doc, String key, Function<String, String> at, List<Problem> problems) {
    JsonNode n = doc.get(key);
    if (n == null) {
      return false;
    }
    if (!n.isBoolean()) {
      problems.add(new Problem(at.apply(key), "'" + n.asText() + "' is not true or false", ""));
      return false;
    }
    return n.booleanValue();
  }

  /** A whole number, or null for the word {@code none} (absent: none). */
  private static Integer whole(
      JsonNode doc, String key, String none, Function<String, String> at, List<Problem> problems) {
    JsonNode n = doc.get(key);
    if (n == null || n.isNull() || n.asText().equalsIgnoreCase(none)) {
      return null;
    }
    if (!n.canConvertToInt() || !n.isIntegralNumber()) {
      problems.add(
          new Problem(
              at.apply(key),
              "'" + n.asText() + "' is neither " + none + " nor a whole number",
              ""));
      return null;
    }
    return n.intValue();
  }

  private static Double number(
      JsonNode doc, String key, String none, Function<String, String> at, List<Problem> problems) {
    JsonNode n = doc.get(key);
    if (n == null || n.isNull() || (none != null && n.asText().equalsIgnoreCase(none))) {
      return null;
    }
    if (!n.isNumber()) {
      problems.add(
          new Problem(
              at.apply(key),
              "'" + n.asText() + "' is not a number" + (none == null ? "" : " or " + none),
              ""));
      return null;
    }
    return n.doubleValue();
  }
}
