package org.aidx.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.aidx.analysis.uncertainty.Assumption;
import org.aidx.analysis.uncertainty.Assumptions;
import org.aidx.model.InputException;
import org.aidx.model.Problem;

/**
 * Reads uncertain assumptions from YAML. Every problem is collected before failing.
 *
 * <pre>
 * floor: 0.01                       # optional: raise values below it before geometric means
 * vary:
 *   weights:indicator: 25%          # each weight × U(0.75, 1.25), or dirichlet:50
 *   weights:dimension: 25%
 *   normalisation: [ratio, "minmax:1,100"]
 *   aggregation:dimension: [arithmetic, geometric]
 *   imputation: [none, mean, median]
 *   treatment: [none, "winsorise:5"]
 *   leave-one-out: all              # or a list of indicator ids
 *   year: [latest, 2024]
 * </pre>
 */
public final class AssumptionFiles {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The keys of an assumptions file's top level. */
  public static final StrictKeys FILE = StrictKeys.of("an assumptions file", "vary", "floor");

  private AssumptionFiles() {}

  public static Assumptions read(Path file) {
    return read(file.toString(), Inputs.bytes(file));
  }

  public static Assumptions read(String name, byte[] bytes) {
    JsonNode doc;
    try {
      doc = YAML.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InputException(
          name,
          "is not valid YAML: " + ParseErrors.describe(e),
          "see 'aidx robustness --help' for the format");
    }
    if (doc == null || !doc.isObject()) {
      throw new InputException(
          name,
          "is empty or not a YAML mapping",
          "start with 'vary:' (see 'aidx robustness --help')");
    }
    List<Problem> problems = new ArrayList<>();
    Double floor = null;
    List<Assumption> items = new ArrayList<>();
    doc = FILE.check(name, doc, problems);
    Map<String, Integer> lines = YamlLines.of(new String(bytes, StandardCharsets.UTF_8));
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext(); ) {
      var f = it.next();
      switch (f.getKey()) {
        case "floor":
          if (!f.getValue().isNumber() || !(f.getValue().asDouble() > 0)) {
            problems.add(
                new Problem(
                    name + ", floor",
                    "'" + f.getValue() + "' is not a positive number",
                    "write e.g. floor: 0.01"));
          } else {
            floor = f.getValue().asDouble();
          }
          break;
        case "vary":
          if (!f.getValue().isObject()) {
            problems.add(
                new Problem(
                    name + ", vary",
                    "must be a mapping of assumption to options",
                    "write e.g. vary: {imputation: [none, mean]}"));
            break;
          }
          for (Iterator<Map.Entry<String, JsonNode>> v = f.getValue().fields(); v.hasNext(); ) {
            var a = v.next();
            List<String> values = new ArrayList<>();
            if (a.getValue().isArray()) {
              a.getValue().forEach(x -> values.add(x.asText()));
            } else {
              values.add(a.getValue().asText());
            }
            try {
              Integer line = lines.get("vary." + a.getKey());
              String where = name + (line == null ? "" : ", line " + line) + ", vary";
              items.add(Assumption.parse(where, a.getKey(), values));
            } catch (InputException e) {
              problems.addAll(e.problems());
            }
          }
          break;
        default:
          throw new IllegalStateException("unchecked key " + f.getKey());
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    try {
      return new Assumptions(items, floor);
    } catch (IllegalArgumentException e) {
      throw new InputException(name, e.getMessage(), "give each assumption once");
    }
  }
}
