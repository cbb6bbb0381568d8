package org.aidx.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidx.model.InputException;
import org.aidx.model.Problem;
import org.aidx.records.Check;
import org.aidx.records.ColumnType;
import org.aidx.records.Format;
import org.aidx.records.JobInput;
import org.aidx.records.JobOutput;
import org.aidx.records.JobParam;
import org.aidx.records.RecordsJob;
import org.aidx.records.SqlBlock;

/**
 * Reads records jobs from YAML, and the built-in jobs shipped in the jar. Every problem is
 * collected and reported at once; each SQL block keeps its line in the file, so an engine's error
 * can point at it.
 *
 * <pre>
 * id: my-job
 * description: what the indicator measures
 * inputs:
 *   papers:                       # the table name in the SQL
 *     path: papers.csv.gz         # relative to this file (built-in jobs: the working folder)
 *     format: csv                 # csv | parquet | json (JSON lines); default from the name
 *     columns: {conf: string, year: int, country: string}
 * params:                         # optional; ${name} in the SQL, --param name=value
 *   weighting: {default: fractional, allowed: [fractional, citations], description: ...}
 * views:                          # optional; built in order, each queryable by name
 *   counted: |
 *     SELECT ... FROM papers
 * query: |                        # returns iso3 (or region), indicator, year, value, unit
 *   SELECT ...
 * checks:                         # optional; rows (item, amount) become notes
 *   unmapped: {description: ..., fail: true, sql: SELECT ...}
 * output:
 *   file: my-indicator.csv
 *   key: iso3                     # iso3 | region
 *   indicators: [my_indicator]
 *   source: where the records come from
 *   decimals: 6
 * </pre>
 */
public final class JobFiles {
  /** The built-in jobs, shipped as {@code org/aidx/records/jobs/NAME.yaml}. */
  public static final List<String> BUILTIN =
      List.of("conference-authorship", "metro-authorship", "metro-cs-rd", "metro-patents");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private JobFiles() {}

  /**
   * A job by file path (its relative inputs are read from the job file's folder), or a built-in job
   * by name (its inputs are read from the install folder, {@link InstallDir}).
   */
  public static RecordsJob load(String jobOrName) {
    if (BUILTIN.contains(jobOrName) && !Files.exists(Path.of(jobOrName))) {
      return builtin(jobOrName);
    }
    Path file = Path.of(jobOrName);
    if (!Files.isRegularFile(file)) {
      throw new InputException(
          jobOrName,
          "is neither a job file nor a built-in job",
          "give a YAML job file, or one of " + BUILTIN + " (aidx records jobs)");
    }
    String text = new String(Inputs.bytes(file), StandardCharsets.UTF_8);
    Path dir = file.toAbsolutePath().getParent();
    return parse(file.toString(), text, dir);
  }

  /** A built-in job, its relative inputs resolved against the install folder. */
  public static RecordsJob builtin(String name) {
    return parse("builtin:" + name, builtinText(name), InstallDir.forShippedInputs());
  }

  /** The YAML text of a built-in job. */
  public static String builtinText(String name) {
    if (!BUILTIN.contains(name)) {
      throw new InputException(
          name, "is not a built-in job", "use one of " + BUILTIN + " (aidx records jobs)");
    }
    try (InputStream in =
        JobFiles.class.getResourceAsStream("/org/aidx/records/jobs/" + name + ".yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses a job.
   *
   * @param name the file name used in messages
   * @param dir the folder relative input paths are resolved against
   */
  public static RecordsJob parse(String name, String text, Path dir) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    JsonNode doc;
    try {
      doc = YAML.readTree(text);
    } catch (IOException e) {
      throw new InputException(
          name,
          "is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""),
          "check indentation and colons");
    }
    if (doc == null || !doc.isObject()) {
      throw new InputException(
          name,
          "is empty or not a YAML mapping",
          "start from a built-in job: aidx records jobs --show conference-authorship");
    }
    List<String> lines = text.lines().toList();
    List<Problem> problems = new ArrayList<>();
    String id = text(doc, "id", name, problems);
    List<JobInput> inputs = inputs(doc.get("inputs"), name, dir, problems);
    Map<String, JobParam> params = params(doc.get("params"), name, problems);
    List<SqlBlock> views = new ArrayList<>();
    JsonNode v = doc.get("views");
    if (v != null && !v.isNull()) {
      if (!v.isObject()) {
        problems.add(new Problem(name + " views", "expected a mapping name: SQL", ""));
      } else {
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (!e.getKey().matches("[A-Za-z_][A-Za-z0-9_]*")) {
            problems.add(
                new Problem(
                    name + " views." + e.getKey(),
                    "a view name must be an SQL identifier",
                    "use letters, digits and _"));
          }
          SqlBlock b = block(e.getKey(), e.getValue(), lines, name + " views", problems);
          if (b != null) {
            views.add(b);
          }
        }
      }
    }
    SqlBlock query = block("query", doc.get("query"), lines, name, problems);
    List<Check> checks = new ArrayList<>();
    JsonNode c = doc.get("checks");
    if (c != null && c.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = c.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode cn = e.getValue();
        SqlBlock b =
            block(e.getKey(), cn.get("sql"), lines, name + " checks." + e.getKey(), problems);
        if (b != null) {
          checks.add(
              new Check(
                  e.getKey(),
                  cn.path("description").asText(e.getKey()),
                  cn.path("fail").asBoolean(false),
                  b));
        }
      }
    }
    JobOutput output = output(doc.get("output"), name, problems);
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new RecordsJob(
        id,
        doc.path("description").asText("").strip(),
        name,
        inputs,
        params,
        views,
        query,
        checks,
        output);
  }

  private static String text(JsonNode doc, String field, String name, List<Problem> problems) {
    JsonNode n = doc.get(field);
    if (n == null || !n.isValueNode() || n.asText().isBlank()) {
      problems.add(new Problem(name, "'" + field + "' is missing", "add " + field + ": ..."));
      return "";
    }
    return n.asText();
  }

  private static List<JobInput> inputs(
      JsonNode node, String name, Path dir, List<Problem> problems) {
    List<JobInput> out = new ArrayList<>();
    if (node == null || !node.isObject() || node.isEmpty()) {
      problems.add(
          new Problem(
              name,
              "'inputs' is missing: a job reads at least one records file",
              "add inputs: {NAME: {path: FILE, columns: {COL: TYPE}}}"));
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String where = name + " inputs." + e.getKey();
      JsonNode in = e.getValue();
      if (!e.getKey().matches("[A-Za-z_][A-Za-z0-9_]*")) {
        problems.add(new Problem(where, "an input name must be an SQL identifier", ""));
        continue;
      }
      String path = in.path("path").asText("");
      if (path.isBlank()) {
        problems.add(new Problem(where, "'path' is missing", "add path: FILE"));
        continue;
      }
      Format format = Format.guess(path);
      if (in.has("format")) {
        format = Format.of(in.get("format").asText());
        if (format == null) {
          problems.add(
              new Problem(
                  where + ".format",
                  "unknown format '" + in.get("format").asText() + "'",
                  "use csv, parquet or json"));
          continue;
        }
      }
      Map<String, ColumnType> cols = new LinkedHashMap<>();
      JsonNode cn = in.get("columns");
      if (cn == null || !cn.isObject() || cn.isEmpty()) {
        problems.add(
            new Problem(
                where, "'columns' is missing", "list the columns the SQL uses: {COL: TYPE}"));
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> ci = cn.fields(); ci.hasNext(); ) {
        Map.Entry<String, JsonNode> col = ci.next();
        ColumnType t = ColumnType.of(col.getValue().asText());
        if (t == null) {
          problems.add(
              new Problem(
                  where + ".columns." + col.getKey(),
                  "unknown type '" + col.getValue().asText() + "'",
                  "use string, int, long or double"));
        } else {
          cols.put(col.getKey(), t);
        }
      }
      out.add(new JobInput(e.getKey(), dir.resolve(path).normalize(), format, cols));
    }
    return out;
  }

  private static Map<String, JobParam> params(JsonNode node, String name, List<Problem> problems) {
    Map<String, JobParam> out = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode p = e.getValue();
      List<String> allowed = new ArrayList<>();
      p.path("allowed").forEach(a -> allowed.add(a.asText()));
      String def = p.path("default").asText("");
      if (def.isEmpty() || (!allowed.isEmpty() && !allowed.contains(def))) {
        problems.add(
            new Problem(
                name + " params." + e.getKey(),
                "'default' is missing or not one of 'allowed'",
                "give default: VALUE"));
        continue;
      }
      out.put(e.getKey(), new JobParam(e.getKey(), def, allowed, p.path("description").asText("")));
    }
    return out;
  }

  private static JobOutput output(JsonNode node, String name, List<Problem> problems) {
    if (node == null || !node.isObject()) {
      problems.add(
          new Problem(
              name,
              "'output' is missing",
              "add output: {file: X.csv, key: iso3, indicators: [ID], source: TEXT}"));
      return null;
    }
    String where = name + " output";
    List<String> indicators = new ArrayList<>();
    node.path("indicators").forEach(i -> indicators.add(i.asText()));
    String key = node.path("key").asText("iso3");
    int decimals = node.path("decimals").asInt(6);
    int before = problems.size();
    if (indicators.isEmpty()) {
      problems.add(new Problem(where, "'indicators' is missing", "list the indicator ids"));
    }
    if (!key.equals("iso3") && !key.equals("region")) {
      problems.add(new Problem(where + ".key", "expected iso3 or region, found " + key, ""));
    }
    if (decimals < 0 || decimals > 15) {
      problems.add(new Problem(where + ".decimals", "expected 0..15, found " + decimals, ""));
    }
    String file = node.path("file").asText("");
    if (!file.matches("[A-Za-z0-9_.-]+\\.csv")) {
      problems.add(
          new Problem(where + ".file", "expected a file name NAME.csv, found '" + file + "'", ""));
    }
    if (problems.size() > before) {
      return null;
    }
    return new JobOutput(file, key, indicators, node.path("source").asText(""), decimals);
  }

  /** A block of SQL and the file line of its first line (found by matching the text). */
  private static SqlBlock block(
      String blockName, JsonNode node, List<String> lines, String where, List<Problem> problems) {
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      problems.add(
          new Problem(
              where,
              "'" + (where.contains("checks") ? "sql" : blockName) + "' SQL is missing",
              ""));
      return null;
    }
    String sql = node.asText();
    return new SqlBlock(blockName, sql.strip(), lineOf(sql, lines));
  }

  /** The 1-based line of the file where {@code sql} starts, or 0 when it cannot be found. */
  static int lineOf(String sql, List<String> lines) {
    List<String> s = sql.strip().lines().map(String::strip).toList();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().endsWith(s.get(0))) {
        continue;
      }
      boolean all = true;
      for (int k = 1; k < s.size() && all; k++) {
        all = i + k < lines.size() && lines.get(i + k).strip().equals(s.get(k));
      }
      if (all) {
        return i + 1;
      }
    }
    return 0;
  }
}
