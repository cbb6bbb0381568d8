package org.aidx.input.update;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.aidx.model.InputException;

/**
 * The files an update writes: the dataset in the long layout with each value's provenance ({@code
 * data.csv}: the columns {@code aidx --data} reads, then {@code url, retrieved, vintage, sha256}),
 * the manifest ({@code manifest.json}: every response's URL and SHA-256, which {@code --pin} reads
 * back) and the changes ({@code changes.txt}).
 */
public final class UpdateFiles {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  public static final List<String> COLUMNS =
      List.of(
          "iso3",
          "country",
          "indicator",
          "year",
          "value",
          "unit",
          "source",
          "location",
          "note",
          "url",
          "retrieved",
          "vintage",
          "sha256");

  private UpdateFiles() {}

  public static String csv(List<UpdatedValue> values, Function<String, String> names) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(COLUMNS));
    for (UpdatedValue v : values) {
      rows.add(
          List.of(
              v.iso3(),
              names.apply(v.iso3()),
              v.indicator(),
              v.year(),
              v.text(),
              v.unit(),
              v.source(),
              v.url(),
              "",
              v.url(),
              v.retrieved(),
              v.vintage(),
              v.sha256()));
    }
    try {
      return new CsvMapper()
          .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
          .writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("CSV of plain values cannot fail", e);
    }
  }

  public static String manifest(
      String version,
      List<String> args,
      Fetcher.Options options,
      DataUpdate.Outcome out,
      List<String> outputs) {
    ObjectNode m = JSON.createObjectNode();
    m.put("tool", "aidx");
    m.put("version", version);
    m.put("created", Instant.now().toString());
    m.put("command", "data update");
    ArrayNode a = m.putArray("arguments");
    args.forEach(a::add);
    m.put("offline", options.offline());
    m.put("asOf", options.asOf() == null ? null : options.asOf().toString());
    m.put("values", out.values().size());
    ArrayNode rs = m.putArray("responses");
    for (RawResponse r : out.responses()) {
      ObjectNode o = rs.addObject();
      o.put("url", r.url());
      o.put("sha256", r.sha256());
      o.put("bytes", r.bytes().length);
      o.put("retrieved", r.retrieved().toString());
      o.put("etag", r.etag());
      o.put("lastModified", r.lastModified());
      o.put("origin", r.origin());
    }
    ArrayNode f = m.putArray("failures");
    out.failures().forEach(x -> f.add(x.line()));
    ArrayNode man = m.putArray("manual");
    for (SeriesSpec s : out.manual()) {
      ObjectNode o = man.addObject();
      o.put("indicator", s.indicator());
      o.put("download", s.series());
      o.put("read", s.transform());
    }
    ArrayNode o = m.putArray("outputs");
    outputs.forEach(o::add);
    try {
      return JSON.writeValueAsString(m) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** URL → SHA-256 of every response a manifest lists: what {@code --pin} re-uses. */
  public static Map<String, String> pinned(Path manifest) {
    JsonNode m;
    try {
      m = JSON.readTree(Files.readAllBytes(manifest));
    } catch (IOException e) {
      throw new InputException(
          manifest.toString(),
          "cannot read the manifest (" + e.getMessage().lines().findFirst().orElse("") + ")",
          "give the manifest.json an earlier 'aidx data update' wrote");
    }
    JsonNode rs = m == null ? null : m.get("responses");
    if (rs == null || !rs.isArray() || rs.isEmpty()) {
      throw new InputException(
          manifest.toString(),
          "the manifest lists no 'responses' (URL and SHA-256 of each raw response)",
          "give the manifest.json an earlier 'aidx data update' wrote");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (JsonNode r : rs) {
      out.put(r.path("url").asText(), r.path("sha256").asText());
    }
    return out;
  }
}
