package org.aidx.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the report says about the run that made it, read from the run's {@code manifest.json} so the
 * report and the manifest never disagree.
 *
 * <p>{@link #fields} flattens the manifest into dotted paths, e.g. {@code {"inputs":[{"role":
 * "data"}]}} becomes the single field {@code inputs[0].role = data}.
 *
 * @param created the run's time stamp (ISO-8601, UTC)
 * @param version the aidx version
 * @param command the command and its arguments, space-separated
 * @param fields every scalar of the manifest as (path, value), in document order
 */
public record RunInfo(String created, String version, String command, List<Field> fields) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public RunInfo {
    created = created == null ? "" : created;
    version = version == null ? "" : version;
    command = command == null ? "" : command;
    fields = List.copyOf(fields);
  }

  /** One scalar of the manifest. */
  public record Field(String path, String value) {
    public Field {
      Objects.requireNonNull(path, "path");
      value = value == null ? "" : value;
    }
  }

  /** Reads a manifest as written by {@link org.aidx.output.Manifest#json}. */
  public static RunInfo fromManifest(String manifestJson) {
    JsonNode m;
    try {
      m = JSON.readTree(manifestJson);
    } catch (IOException e) {
      throw new UncheckedIOException("the run's manifest is not JSON: " + e.getMessage(), e);
    }
    List<Field> fields = new ArrayList<>();
    flatten("", m, fields);
    String command = m.path("command").asText("");
    StringBuilder cmd = new StringBuilder(command);
    boolean first = true;
    for (JsonNode a : m.path("arguments")) {
      // The arguments start with the subcommand's own name ("report"), already in the command.
      if (!(first && command.endsWith(" " + a.asText()))) {
        cmd.append(' ').append(a.asText());
      }
      first = false;
    }
    return new RunInfo(
        m.path("created").asText(""), m.path("version").asText(""), cmd.toString(), fields);
  }

  private static void flatten(String path, JsonNode n, List<Field> out) {
    if (n.isObject()) {
      for (Map.Entry<String, JsonNode> f : n.properties()) {
        flatten(path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue(), out);
      }
    } else if (n.isArray() && n.isEmpty()) {
      out.add(new Field(path, ""));
    } else if (n.isArray()) {
      for (int k = 0; k < n.size(); k++) {
        flatten(path + "[" + k + "]", n.get(k), out);
      }
    } else {
      out.add(new Field(path, n.isNull() ? "" : n.asText()));
    }
  }
}
