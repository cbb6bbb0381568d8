package org.aidx.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.aidx.input.InputFile;

/**
 * What a run needs to be re-run exactly: the command, the inputs' SHA-256 hashes, the full
 * methodology (framework tree and every step's choice), the version and the time.
 */
public final class Manifest {
  private Manifest() {}

  /**
   * A manifest for a run of an index framework.
   *
   * @param methodology the run's methodology as JSON (see {@code ResultWriter.methodology})
   */
  public static String json(
      String command,
      List<String> args,
      List<InputFile> inputs,
      String framework,
      ObjectNode methodology,
      List<String> outputs) {
    ObjectNode m = start(command, args, inputs);
    m.put("framework", framework);
    m.set("methodology", methodology);
    return finish(m, outputs);
  }

  /**
   * A manifest for a run that uses no index framework (e.g. {@code aidx trend}): the methodology is
   * given as named settings (method, seed, replicates, ...).
   */
  public static String json(
      String command,
      List<String> args,
      List<InputFile> inputs,
      java.util.Map<String, String> methodology,
      List<String> outputs) {
    ObjectNode m = start(command, args, inputs);
    ObjectNode meth = m.putObject("methodology");
    // in key order: callers pass Map.of, whose order changes from one JVM run to the next
    new java.util.TreeMap<>(methodology).forEach(meth::put);
    return finish(m, outputs);
  }

  /** What every manifest starts with: the tool, version, time, command line, Java and inputs. */
  private static ObjectNode start(String command, List<String> args, List<InputFile> inputs) {
    ObjectNode m = Cells.JSON.createObjectNode();
    m.put("tool", "aidx");
    m.put("version", version());
    m.put("created", Instant.now().toString());
    m.put("command", command);
    ArrayNode a = m.putArray("arguments");
    args.forEach(a::add);
    m.put("java", System.getProperty("java.version"));
    ArrayNode in = m.putArray("inputs");
    for (InputFile f : inputs) {
      ObjectNode o = in.addObject();
      o.put("role", f.role());
      o.put("name", f.name());
      o.put("sha256", f.sha256());
      o.put("bytes", f.bytes());
    }
    return m;
  }

  /** Adds the outputs and renders the manifest as indented JSON. */
  private static String finish(ObjectNode m, List<String> outputs) {
    ArrayNode out = m.putArray("outputs");
    outputs.forEach(out::add);
    try {
      return Cells.JSON.writeValueAsString(m) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The manifest with one more top-level field, e.g. the settings of an analysis a report includes:
   * {@code with(m, "robustness", Map.of("runs", 1000, "seed", 1))} adds {@code "robustness":
   * {"runs": 1000, "seed": 1}}. Values are written as Jackson writes them (numbers, texts, lists,
   * maps), the entries of maps in key order, so the same run writes the same manifest (Map.of
   * iterates in an order that changes from one JVM run to the next).
   */
  public static String with(String manifestJson, String field, Object value) {
    try {
      ObjectNode m = (ObjectNode) Cells.JSON.readTree(manifestJson);
      m.set(field, SORTED.valueToTree(value));
      return Cells.JSON.writeValueAsString(m) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes maps with their entries in key order. */
  private static final com.fasterxml.jackson.databind.ObjectMapper SORTED =
      Cells.JSON
          .copy()
          .configure(
              com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  public static String version() {
    String v = Manifest.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
