package org.aidx.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aidx.analysis.scenario.Change;
import org.aidx.analysis.scenario.Scenario;
import org.aidx.analysis.scenario.Scenarios;
import org.aidx.model.InputException;
import org.aidx.model.Problem;

/**
 * Reads scenario files: YAML with a list of named scenarios, each a list of changes written inline
 * ({@code ISO3:TARGET=OPERATION}) or as a mapping. Every problem is collected and reported at once.
 *
 * <pre>
 * scenarios:
 *   - name: japan-half-way
 *     description: Japan closes half of its gap to the USA in compute and data
 *     changes:
 *       - JPN:compute=gap(USA,0.5)
 *       - economy: JPN
 *         target: data
 *         operation: gap(USA,0.5)
 *   - name: japan-twice-the-supercomputers
 *     changes: [JPN:top500_rmax_tflops=scale(2)]
 * </pre>
 */
public final class ScenarioFiles {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The keys of a scenario file's top level. */
  public static final StrictKeys FILE = StrictKeys.of("a scenario file", "scenarios");

  /** The keys of one scenario. */
  public static final StrictKeys SCENARIO =
      StrictKeys.of("a scenario", "name", "description", "changes");

  /** The keys of a change written as a mapping. */
  public static final StrictKeys CHANGE =
      StrictKeys.of("a change", "economy", "target", "operation");

  private ScenarioFiles() {}

  public static List<Scenario> read(Path file) {
    return parse(file.toString(), Inputs.bytes(file));
  }

  /**
   * @param name the file name, for error messages
   * @throws InputException listing every problem of the file
   */
  public static List<Scenario> parse(String name, byte[] bytes) {
    JsonNode doc = tree(name, bytes);
    List<Problem> problems = new ArrayList<>();
    if (doc.isObject()) {
      FILE.check(name, doc, problems);
    }
    List<Scenario> out = List.of();
    try {
      out = parse(name, doc);
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return out;
  }

  /**
   * Reads YAML (or JSON, which is YAML) into a tree without interpreting it, e.g. for a request
   * body that holds scenarios next to other fields.
   *
   * @param name the file name, for error messages
   * @return the document; a {@code MissingNode} for an empty text
   */
  public static JsonNode tree(String name, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try {
      JsonNode doc = YAML.readTree(text);
      return doc == null ? MissingNode.getInstance() : doc;
    } catch (IOException e) {
      throw new InputException(
          name, "is not valid YAML: " + ParseErrors.describe(e), "check indentation and colons");
    }
  }

  /**
   * Interprets a document read by {@link #tree}: a mapping with a list {@code scenarios}, or the
   * list itself.
   *
   * @param name the file name, for error messages
   * @throws InputException listing every problem of the document
   */
  public static List<Scenario> parse(String name, JsonNode doc) {
    List<Problem> problems = new ArrayList<>();
    JsonNode list = doc != null && doc.isObject() ? doc.get("scenarios") : doc;
    if (list == null || !list.isArray() || list.isEmpty()) {
      problems.add(
          new Problem(
              name,
              "has no list of scenarios",
              "start the file with 'scenarios:' followed by items '- name: ...' with 'changes:'"));
      throw new InputException(problems);
    }
    List<Scenario> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode s = list.get(i);
      String where = name + ", scenario " + (i + 1);
      if (!s.isObject()) {
        problems.add(new Problem(where, "is not a mapping", "write '- name: ...' and 'changes:'"));
        continue;
      }
      String sname = s.path("name").asText("").trim();
      if (sname.isEmpty()) {
        problems.add(new Problem(where, "has no name", "add 'name: a-short-name'"));
        continue;
      }
      where = where + " '" + sname + "'";
      if (!names.add(sname)) {
        problems.add(new Problem(where, "repeats the name of an earlier scenario", "rename one"));
      }
      s = SCENARIO.check(where, s, problems);
      JsonNode cs = s.get("changes");
      if (cs == null || !cs.isArray()) {
        problems.add(
            new Problem(where, "has no list 'changes'", "add 'changes: [JPN:compute=copy(USA)]'"));
        continue;
      }
      List<Change> changes = new ArrayList<>();
      for (int c = 0; c < cs.size(); c++) {
        String cw = where + ", change " + (c + 1);
        try {
          changes.add(change(cs.get(c), cw));
        } catch (InputException e) {
          problems.addAll(e.problems());
        }
      }
      out.add(new Scenario(sname, s.path("description").asText(""), changes));
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return List.copyOf(out);
  }

  /**
   * One change written inline ({@code JPN:compute=copy(USA)}) or as a mapping ({@code {economy:
   * JPN, target: compute, operation: copy(USA)}}).
   *
   * @param where where the change was found, for the error message
   */
  public static Change change(JsonNode c, String where) {
    if (c.isTextual()) {
      try {
        return Scenarios.parseChange(c.asText());
      } catch (InputException e) {
        Problem p = e.problems().get(0);
        throw new InputException(where, p.what(), p.fix());
      }
    }
    if (c.isObject()) {
      List<Problem> keyProblems = new ArrayList<>();
      c = CHANGE.check(where, c, keyProblems);
      if (!keyProblems.isEmpty()) {
        throw new InputException(keyProblems);
      }
      String e = c.path("economy").asText("").trim();
      String t = c.path("target").asText("").trim();
      String op = c.path("operation").asText("").trim();
      if (e.isEmpty() || t.isEmpty() || op.isEmpty()) {
        throw new InputException(
            where,
            "a change needs 'economy', 'target' and 'operation'",
            "write e.g. {economy: JPN, target: compute, operation: copy(USA)}");
      }
      return new Change(e, t, Scenarios.parseOperation(op, where));
    }
    throw new InputException(
        where,
        "is neither a text 'ISO3:TARGET=OPERATION' nor a mapping",
        "write e.g. JPN:compute=copy(USA)");
  }
}
