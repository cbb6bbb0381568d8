package org.aidx.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.framework.FrameworkValidator;
import org.aidx.framework.Node;
import org.aidx.framework.Transform;
import org.aidx.method.impute.Imputation;
import org.aidx.method.normalise.Normalisation;
import org.aidx.method.normalise.Ratio;
import org.aidx.model.Direction;
import org.aidx.model.InputException;
import org.aidx.model.Problem;

/**
 * Reads a framework from YAML, or from a COINr iMeta table. Every problem is collected and reported
 * at once.
 *
 * <pre>
 * id: my-index
 * name: My index
 * reference: USA              # optional
 * relative_to_reference: true # optional: every aggregate divided by the reference's score
 * normalisation: ratio        # default for every indicator
 * imputation: relative        # optional default for missing values (none, mean, median, relative, …)
 * zero_floor: 0.5             # optional: zeros raised to this fraction of the smallest positive value
 * score_floor: 0.001          # optional: scores raised to this before a geometric mean (flagged)
 * denominators: {per-capita: population, per-gdp: gdp_current_usd}
 * root:
 *   id: index
 *   aggregation: geometric
 *   children:
 *     - id: layer_a
 *       weight: 1
 *       aggregation: arithmetic
 *       children:
 *         - indicator: some_indicator_id
 *           direction: +
 *           weight: 1
 *           transform: none     # none | log | per-capita | per-gdp
 *           scale: absolute     # absolute (a size: divided in --per views) | rate
 *           range: [0, 100]     # optional: the bounds of the indicator's scale
 * </pre>
 */
public final class FrameworkFiles {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The keys of a framework file's top level. */
  public static final StrictKeys FRAMEWORK =
      StrictKeys.of(
          "a framework",
          "id",
          "name",
          "reference",
          "relative_to_reference",
          "normalisation",
          "imputation",
          "zero_floor",
          "score_floor",
          "denominators",
          "root");

  /** The keys of an aggregate node (index, layer, dimension). */
  public static final StrictKeys AGGREGATE =
      StrictKeys.of(
          "an aggregate node",
          "id",
          "name",
          "description",
          "level",
          "weight",
          "aggregation",
          "children");

  /** The keys of an indicator node. */
  public static final StrictKeys INDICATOR =
      StrictKeys.of(
          "an indicator node",
          "indicator",
          "name",
          "description",
          "weight",
          "direction",
          "transform",
          "normalisation",
          "denominator",
          "range",
          "scale");

  private FrameworkFiles() {}

  public static Framework read(Path file) {
    return parse(file.toString(), Inputs.bytes(file));
  }

  public static Framework parse(String name, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    JsonNode doc;
    try {
      doc = YAML.readTree(text);
    } catch (IOException e) {
      throw new InputException(
          name, "is not valid YAML: " + ParseErrors.describe(e), "check indentation and colons");
    }
    if (doc == null || !doc.isObject()) {
      throw new InputException(
          name, "is empty or not a YAML mapping", "start from `aidx framework show --yaml`");
    }
    List<Problem> problems = new ArrayList<>();
    doc = FRAMEWORK.check(name, doc, problems);
    JsonNode rootNode = doc.get("root");
    if (rootNode == null || !rootNode.isObject()) {
      problems.add(
          new Problem(name, "has no 'root' node", "add a root: with id, aggregation and children"));
      throw new InputException(problems);
    }
    Node root = node(name, rootNode, "root", problems);
    Normalisation norm = new Ratio();
    if (doc.hasNonNull("normalisation")) {
      try {
        norm = Normalisation.parse(doc.get("normalisation").asText());
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(name + ", normalisation", e.getMessage(), "fix the method name"));
      }
    }
    Imputation imputation = Imputation.none();
    if (doc.hasNonNull("imputation")) {
      try {
        imputation = Imputation.parse(doc.get("imputation").asText());
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(name + ", imputation", e.getMessage(), "fix the method name"));
      }
    }
    double zeroFloor = 0;
    if (doc.hasNonNull("zero_floor")) {
      JsonNode z = doc.get("zero_floor");
      if (z.isNumber() && z.asDouble() >= 0 && z.asDouble() <= 1) {
        zeroFloor = z.asDouble();
      } else {
        problems.add(
            new Problem(
                name + ", zero_floor",
                "expected a fraction in [0, 1] of each indicator's smallest positive value, found '"
                    + z.asText()
                    + "'",
                "write e.g. zero_floor: 0.5, or 0 for no floor"));
      }
    }
    Double scoreFloor = null;
    if (doc.hasNonNull("score_floor")) {
      JsonNode z = doc.get("score_floor");
      if (z.isNumber() && z.asDouble() > 0 && Double.isFinite(z.asDouble())) {
        scoreFloor = z.asDouble();
      } else {
        problems.add(
            new Problem(
                name + ", score_floor",
                "expected a positive score that lower scores are raised to before a geometric"
                    + " mean, found '"
                    + z.asText()
                    + "'",
                "write e.g. score_floor: 0.001, or leave it out for no floor"));
      }
    }
    Map<String, String> denominators = new HashMap<>();
    if (doc.has("denominators")) {
      doc.get("denominators")
          .fields()
          .forEachRemaining(en -> denominators.put(en.getKey(), en.getValue().asText()));
    }
    if (!(root instanceof Node.Aggregate)) {
      problems.add(
          new Problem(
              name + ", root", "the root must be an aggregate with children", "add children"));
      throw new InputException(problems);
    }
    Framework fw =
        new Framework(
            doc.path("id").asText("framework"),
            doc.path("name").asText(""),
            (Node.Aggregate) root,
            norm,
            doc.hasNonNull("reference") ? doc.get("reference").asText() : null,
            doc.path("relative_to_reference").asBoolean(false),
            denominators,
            name,
            imputation,
            zeroFloor,
            scoreFloor);
    // weights that did not parse are NaN and already reported with the text found
    FrameworkValidator.problems(fw).stream()
        .filter(p -> !p.what().endsWith("found NaN"))
        .forEach(problems::add);
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return fw;
  }

  private static Node node(String file, JsonNode n, String path, List<Problem> problems) {
    boolean leaf = n.has("indicator");
    String id = leaf ? n.get("indicator").asText() : n.path("id").asText("");
    String where = file + ", node " + path + (id.isEmpty() ? "" : " '" + id + "'");
    n = (leaf ? INDICATOR : AGGREGATE).check(where, n, problems);
    if (id.isEmpty()) {
      problems.add(
          new Problem(where, "node has no id", "add `id:` (or `indicator:` for an indicator)"));
    }
    double weight = 1;
    if (n.has("weight")) {
      JsonNode w = n.get("weight");
      if (w.isNumber()) {
        weight = w.asDouble();
      } else {
        problems.add(
            new Problem(
                where,
                "weight '" + w.asText() + "' is not a number",
                "write a positive number, e.g. weight: 1"));
        weight = Double.NaN;
      }
    }
    String name = n.path("name").asText("");
    String description = n.path("description").asText("");
    if (leaf) {
      Direction dir = Direction.POSITIVE;
      Transform tr = Transform.NONE;
      Normalisation norm = null;
      try {
        dir = Direction.parse(n.path("direction").asText("+"));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(where, e.getMessage(), "write direction: + or direction: -"));
      }
      try {
        tr = Transform.parse(n.path("transform").asText("none"));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(where, e.getMessage(), "fix the transform"));
      }
      if (n.hasNonNull("normalisation")) {
        try {
          norm = Normalisation.parse(n.get("normalisation").asText());
        } catch (IllegalArgumentException e) {
          problems.add(new Problem(where, e.getMessage(), "fix the normalisation"));
        }
      }
      String denom = n.hasNonNull("denominator") ? n.get("denominator").asText() : null;
      Node.Range range = null;
      if (n.hasNonNull("range")) {
        JsonNode r = n.get("range");
        if (r.isArray() && r.size() == 2 && r.get(0).isNumber() && r.get(1).isNumber()) {
          try {
            range = new Node.Range(r.get(0).asDouble(), r.get(1).asDouble());
          } catch (IllegalArgumentException e) {
            problems.add(new Problem(where + ", range", e.getMessage(), "write range: [MIN, MAX]"));
          }
        } else {
          problems.add(
              new Problem(
                  where + ", range",
                  "expected two numbers [MIN, MAX], found " + r,
                  "write e.g. range: [0, 100] for a score or a percentile rank"));
        }
      }
      Node.Scale scale = null;
      if (n.hasNonNull("scale")) {
        try {
          scale = Node.Scale.parse(n.get("scale").asText());
        } catch (IllegalArgumentException e) {
          problems.add(
              new Problem(
                  where + ", scale", e.getMessage(), "write scale: absolute or scale: rate"));
        }
      }
      return new Node.Indicator(id, name, weight, dir, tr, norm, denom, description, range, scale);
    }
    Aggregation agg = Aggregation.ARITHMETIC;
    try {
      agg = Aggregation.parse(n.path("aggregation").asText("arithmetic"));
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(where, e.getMessage(), "fix the aggregation"));
    }
    List<Node> children = new ArrayList<>();
    JsonNode cs = n.get("children");
    if (cs != null && cs.isArray()) {
      int k = 0;
      for (JsonNode c : cs) {
        children.add(
            node(
                file,
                c,
                path
                    + " > "
                    + (c.has("indicator")
                        ? c.get("indicator").asText()
                        : c.path("id").asText("#" + k)),
                problems));
        k++;
      }
    }
    return new Node.Aggregate(
        id, name, n.path("level").asText(""), weight, agg, children, description);
  }

  /**
   * Reads a COINr iMeta table ({@code iCode,iName,Level,Parent,Direction,Weight,Type}, optional
   * {@code Denominator}) into a framework. Level 1 rows of Type {@code Indicator} are indicators;
   * rows of Type {@code Aggregate} are aggregates; other types (Group, Denominator, Other) are
   * skipped. COINr's defaults apply: arithmetic means and min-max onto [0, 100].
   */
  public static Framework readCoinrMeta(Path file) {
    CsvTable t = CsvTable.read(file);
    List<Problem> problems = new ArrayList<>();
    for (String c : List.of("iCode", "Level", "Parent", "Direction", "Weight", "Type")) {
      if (!t.has(c)) {
        problems.add(
            new Problem(
                t.name() + " line 1",
                "an iMeta file needs the column '" + c + "'; the header is " + t.header(),
                "use COINr's iMeta columns: iCode,iName,Level,Parent,Direction,Weight,Type[,Denominator]"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    int cCode = t.column("iCode");
    int cName = t.column("iName");
    int cLevel = t.column("Level");
    int cParent = t.column("Parent");
    int cDir = t.column("Direction");
    int cW = t.column("Weight");
    int cType = t.column("Type");
    int cDen = t.column("Denominator");
    Map<String, CsvTable.Row> rows = new LinkedHashMap<>();
    Map<String, List<String>> kids = new LinkedHashMap<>();
    for (CsvTable.Row r : t.rows()) {
      List<String> c = r.cells();
      String type = c.get(cType).trim();
      if (!type.equalsIgnoreCase("Indicator") && !type.equalsIgnoreCase("Aggregate")) {
        continue;
      }
      String code = c.get(cCode).trim();
      if (rows.putIfAbsent(code, r) != null) {
        problems.add(
            new Problem(
                t.where(r, cCode),
                "duplicate iCode '" + code + "'",
                "give every row its own iCode"));
        continue;
      }
      String parent = c.get(cParent).trim();
      if (!parent.isEmpty() && !parent.equalsIgnoreCase("NA")) {
        kids.computeIfAbsent(parent, k -> new ArrayList<>()).add(code);
      }
      if (type.equalsIgnoreCase("Indicator") && !c.get(cLevel).trim().equals("1")) {
        problems.add(
            new Problem(
                t.where(r, cLevel),
                "an indicator must be at Level 1, found " + c.get(cLevel),
                "set Level to 1"));
      }
    }
    for (String parent : kids.keySet()) {
      if (!rows.containsKey(parent)) {
        problems.add(
            new Problem(
                t.name(),
                "Parent '"
                    + parent
                    + "' of "
                    + kids.get(parent)
                    + " is not an iCode of an Aggregate row",
                "add an Aggregate row for it or correct the Parent column"));
      }
    }
    List<String> tops = new ArrayList<>();
    for (var e : rows.entrySet()) {
      String parent = e.getValue().cells().get(cParent).trim();
      if (parent.isEmpty() || parent.equalsIgnoreCase("NA")) {
        tops.add(e.getKey());
      }
    }
    // a cycle: a node whose chain of parents comes back to itself
    for (String code : rows.keySet()) {
      String p = code;
      for (int steps = 0; steps <= rows.size() && p != null; steps++) {
        CsvTable.Row r = rows.get(p);
        String parent = r == null ? null : r.cells().get(cParent).trim();
        p = parent == null || parent.isEmpty() || parent.equalsIgnoreCase("NA") ? null : parent;
        if (code.equals(p)) {
          problems.add(
              new Problem(
                  t.where(rows.get(code), cParent),
                  "'" + code + "' is its own ancestor: the Parent column forms a cycle",
                  "make the Parent chain end at the index (a row with an empty Parent)"));
          break;
        }
      }
    }
    if (tops.size() != 1 && problems.isEmpty()) {
      problems.add(
          new Problem(
              t.name(),
              "expected exactly one top node (an Aggregate with an empty Parent), found " + tops,
              "give every node but the index a Parent"));
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    Node root =
        coinrNode(t, tops.get(0), rows, kids, cName, cLevel, cDir, cW, cType, cDen, problems);
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    if (!(root instanceof Node.Aggregate agg)) {
      throw new InputException(
          t.name(),
          "the top node '" + tops.get(0) + "' is an indicator",
          "add an Aggregate row for the index");
    }
    Framework fw =
        new Framework(
            agg.id(),
            agg.name(),
            agg,
            Normalisation.parse("minmax:0,100"),
            null,
            false,
            Map.of(),
            t.name());
    FrameworkValidator.validate(fw);
    return fw;
  }

  /**
   * The iCodes of an iMeta file's rows of the given {@code Type} (e.g. {@code Group}: the iData
   * columns that hold groups, not numbers), case-insensitive on the type.
   */
  public static java.util.Set<String> coinrCodesOfType(Path file, String type) {
    CsvTable t = CsvTable.read(file);
    int cType = t.column("Type");
    int cCode = t.column("iCode");
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    if (cType < 0 || cCode < 0) {
      return out;
    }
    for (CsvTable.Row r : t.rows()) {
      if (r.cells().get(cType).trim().equalsIgnoreCase(type)) {
        out.add(r.cells().get(cCode).trim());
      }
    }
    return out;
  }

  private static Node coinrNode(
      CsvTable t,
      String code,
      Map<String, CsvTable.Row> rows,
      Map<String, List<String>> kids,
      int cName,
      int cLevel,
      int cDir,
      int cW,
      int cType,
      int cDen,
      List<Problem> problems) {
    CsvTable.Row r = rows.get(code);
    List<String> c = r.cells();
    double w = 1;
    String ws = c.get(cW).trim();
    Double parsed = DataCells.parseNumber(ws);
    if (parsed == null && !ws.isEmpty()) {
      problems.add(
          new Problem(
              t.where(r, cW), "weight '" + ws + "' is not a number", "write a positive number"));
      w = Double.NaN;
    } else if (parsed != null) {
      w = parsed;
    }
    String name = cName >= 0 ? c.get(cName).trim() : code;
    if (c.get(cType).trim().equalsIgnoreCase("Indicator")) {
      Direction d = Direction.POSITIVE;
      try {
        d = Direction.parse(c.get(cDir));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(t.where(r, cDir), e.getMessage(), "write 1 or -1"));
      }
      String den =
          cDen >= 0 && !DataCells.isMissing(c.get(cDen).trim()) ? c.get(cDen).trim() : null;
      return new Node.Indicator(code, name, w, d, Transform.NONE, null, den, "");
    }
    List<Node> children = new ArrayList<>();
    for (String k : kids.getOrDefault(code, List.of())) {
      children.add(coinrNode(t, k, rows, kids, cName, cLevel, cDir, cW, cType, cDen, problems));
    }
    return new Node.Aggregate(
        code, name, "level " + c.get(cLevel).trim(), w, Aggregation.ARITHMETIC, children, "");
  }
}
