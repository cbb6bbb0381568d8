package org.aidx.records;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aidx.model.InputException;
import org.aidx.model.Problem;

/**
 * Runs a {@link RecordsJob} on an engine: checks parameters and inputs (files present, not empty,
 * declared columns there), loads the inputs, builds the views, runs the query and the checks, and
 * validates and rounds the rows. Every user-input problem becomes an {@link InputException};
 * nothing is written here, so a failed run leaves no partial output.
 */
public final class RecordsRunner {
  private static final Pattern PARAM = Pattern.compile("\\$\\{([^}]*)}");
  private static final int SAMPLES = 5;

  private final RecordsJob job;
  private final Map<String, String> params;
  private final Map<String, Path> inputFiles;
  private final BadRows badRows;
  private final Set<String> allowed;

  private RecordsRunner(
      RecordsJob job,
      Map<String, String> params,
      Map<String, Path> inputFiles,
      BadRows badRows,
      Set<String> allowed) {
    this.job = job;
    this.params = Map.copyOf(params);
    this.inputFiles = Map.copyOf(inputFiles);
    this.badRows = badRows;
    this.allowed = Set.copyOf(allowed);
  }

  /** A runner with the job's defaults: no overrides, bad rows stop the run, no check allowed. */
  public static RecordsRunner of(RecordsJob job) {
    return new RecordsRunner(job, Map.of(), Map.of(), BadRows.STOP, Set.of());
  }

  /** Parameter values given by the user ({@code --param name=value}). */
  public RecordsRunner withParams(Map<String, String> values) {
    return new RecordsRunner(job, values, inputFiles, badRows, allowed);
  }

  /** Input files replacing the job's ({@code --input name=file}). */
  public RecordsRunner withInputs(Map<String, Path> files) {
    return new RecordsRunner(job, params, files, badRows, allowed);
  }

  public RecordsRunner withBadRows(BadRows mode) {
    return new RecordsRunner(job, params, inputFiles, mode, allowed);
  }

  /** Failing checks whose rows are accepted as notes ({@code --allow unmapped}). */
  public RecordsRunner withAllowed(Set<String> checks) {
    return new RecordsRunner(job, params, inputFiles, badRows, checks);
  }

  /** The parameter values a run uses: the job's defaults overridden by the user's. */
  public Map<String, String> resolvedParams() {
    List<Problem> problems = new ArrayList<>();
    Map<String, String> out = new LinkedHashMap<>();
    job.params().forEach((n, p) -> out.put(n, p.defaultValue()));
    params.forEach(
        (n, v) -> {
          JobParam p = job.params().get(n);
          if (p == null) {
            problems.add(
                new Problem(
                    "--param " + n,
                    "job " + job.id() + " has no parameter '" + n + "'",
                    job.params().isEmpty()
                        ? "this job takes no parameters"
                        : "use one of " + job.params().keySet()));
          } else if (p.reject(v) != null) {
            problems.add(new Problem("--param " + n, p.reject(v), "give an accepted value"));
          } else {
            out.put(n, v);
          }
        });
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return out;
  }

  /** The job's SQL with the parameters substituted, views first, then the query and the checks. */
  public List<SqlBlock> sql(Map<String, String> values) {
    List<SqlBlock> blocks = new ArrayList<>(job.views());
    blocks.add(job.query());
    job.checks().forEach(c -> blocks.add(c.sql()));
    List<Problem> problems = new ArrayList<>();
    List<SqlBlock> out = new ArrayList<>();
    for (SqlBlock b : blocks) {
      Matcher m = PARAM.matcher(b.sql());
      StringBuilder s = new StringBuilder();
      while (m.find()) {
        String v = values.get(m.group(1));
        if (v == null) {
          int line =
              b.fileLine(
                  1 + (int) b.sql().substring(0, m.start()).chars().filter(c -> c == '\n').count());
          problems.add(
              new Problem(
                  job.file() + (line > 0 ? " line " + line : "") + " (" + b.name() + ")",
                  "uses ${" + m.group(1) + "}, which is not a parameter of the job",
                  "declare it under params: or correct the name; parameters: " + values.keySet()));
          v = "";
        }
        m.appendReplacement(s, Matcher.quoteReplacement(v));
      }
      m.appendTail(s);
      out.add(b.withSql(s.toString()));
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return out;
  }

  /** The files the run reads, by input name. */
  public Map<String, Path> files() {
    List<Problem> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    job.inputs().forEach(i -> names.add(i.name()));
    inputFiles.keySet().stream()
        .filter(n -> !names.contains(n))
        .forEach(
            n ->
                problems.add(
                    new Problem(
                        "--input " + n,
                        "job " + job.id() + " has no input '" + n + "'",
                        "use one of " + names)));
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    Map<String, Path> out = new LinkedHashMap<>();
    job.inputs().forEach(i -> out.put(i.name(), inputFiles.getOrDefault(i.name(), i.path())));
    return out;
  }

  /** Runs the job. */
  public RecordsResult run(RecordsEngine engine, RecordsEngine.Progress progress) {
    Map<String, String> values = resolvedParams();
    List<SqlBlock> sql = sql(values);
    Map<String, Path> files = files();
    List<Problem> problems = new ArrayList<>();
    Map<JobInput, List<String>> headers = new LinkedHashMap<>();
    for (JobInput declared : job.inputs()) {
      Path file = files.get(declared.name());
      JobInput in = file.equals(declared.path()) ? declared : declared.withPath(file);
      List<String> header = header(engine, in, problems);
      if (header != null) {
        headers.put(in, header);
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    List<LoadedInput> loaded = new ArrayList<>();
    List<Note> notes = new ArrayList<>();
    for (Map.Entry<JobInput, List<String>> e : headers.entrySet()) {
      JobInput in = e.getKey();
      LoadedInput li;
      try {
        li = engine.load(in, in.path(), e.getValue(), badRows);
      } catch (EngineException ex) {
        throw new InputException(
            in.path().toString(),
            "cannot be read as " + in.format() + ": " + ex.getMessage(),
            "check the file's format, or the input's columns and types in " + job.file());
      }
      if (li.badRows() > 0 && badRows == BadRows.STOP) {
        List<Problem> bad = new ArrayList<>();
        for (String s : li.badSamples()) {
          bad.add(
              new Problem(
                  in.path() + " " + s,
                  "cannot be parsed with the declared columns " + in.columns(),
                  ""));
        }
        bad.add(
            new Problem(
                in.path().toString(),
                li.badRows() + " record(s) cannot be parsed (the first are listed above)",
                "correct the rows, or run with --bad-rows skip to leave them out (they are counted"
                    + " and listed in the notes)"));
        throw new InputException(bad);
      }
      if (li.rows() == 0) {
        problems.add(
            new Problem(
                in.path().toString(),
                "holds no records" + (li.badRows() > 0 ? " that can be parsed" : " (header only)"),
                "give a file with records for input '" + in.name() + "'"));
      }
      for (String s : li.badSamples()) {
        notes.add(new Note("bad-rows:" + in.name(), s, 1));
      }
      if (li.badRows() > li.badSamples().size()) {
        notes.add(
            new Note(
                "bad-rows:" + in.name(),
                "more bad rows not listed",
                li.badRows() - li.badSamples().size()));
      }
      loaded.add(li);
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    int nViews = job.views().size();
    for (int i = 0; i < nViews; i++) {
      SqlBlock v = sql.get(i);
      try {
        engine.createView(v);
      } catch (EngineException ex) {
        throw sqlError(v, ex);
      }
    }
    SqlBlock query = sql.get(nViews);
    List<Object[]> raw;
    try {
      raw = engine.query(query, progress);
    } catch (EngineException ex) {
      throw sqlError(query, ex);
    }
    List<IndicatorRow> rows = rows(query, raw);
    for (int i = 0; i < job.checks().size(); i++) {
      Check c = job.checks().get(i);
      SqlBlock b = sql.get(nViews + 1 + i);
      List<Object[]> found;
      try {
        found = engine.query(b, RecordsEngine.Progress.NONE);
      } catch (EngineException ex) {
        throw sqlError(b, ex);
      }
      List<Note> checkNotes = new ArrayList<>();
      for (Object[] r : found) {
        checkNotes.add(
            new Note(
                c.id(),
                r.length > 0 && r[0] != null ? r[0].toString() : "(empty)",
                r.length > 1 && r[1] instanceof Number n ? n.doubleValue() : 0));
      }
      checkNotes.sort(Comparator.comparing(Note::amount).reversed().thenComparing(Note::item));
      if (c.fail() && !checkNotes.isEmpty() && !allowed.contains(c.id())) {
        List<Problem> ps = new ArrayList<>();
        for (Note n : checkNotes) {
          ps.add(
              new Problem(
                  "check '" + c.id() + "' of " + job.file(),
                  c.description() + ": '" + n.item() + "' (amount " + n.amount() + ")",
                  ""));
        }
        ps.add(
            new Problem(
                "check '" + c.id() + "'",
                checkNotes.size() + " item(s) listed above",
                "add them to the mapping input, or run with --allow "
                    + c.id()
                    + " to accept them (they are listed in the notes)"));
        throw new InputException(ps);
      }
      notes.addAll(checkNotes);
    }
    return new RecordsResult(
        job, values, sql, engine.name(), engine.version(), loaded, rows, notes);
  }

  private List<String> header(RecordsEngine engine, JobInput in, List<Problem> problems) {
    Path file = in.path();
    if (!Files.isRegularFile(file)) {
      problems.add(
          new Problem(
              file.toString(),
              "file not found (input '" + in.name() + "' of " + job.file() + ")",
              (file.isAbsolute()
                      ? "check the path"
                      : "check the path (relative paths are read from "
                          + Path.of("").toAbsolutePath()
                          + ")")
                  + ", or give the file with --input "
                  + in.name()
                  + "=FILE"));
      return null;
    }
    List<String> header;
    try {
      if (Files.size(file) == 0) {
        problems.add(
            new Problem(file.toString(), "is empty (0 bytes)", "give a file with records"));
        return null;
      }
      header = in.format() == Format.CSV ? CsvHeader.read(file) : engine.columns(file, in.format());
    } catch (IOException e) {
      problems.add(new Problem(file.toString(), "cannot be read: " + e, "check the file"));
      return null;
    } catch (EngineException e) {
      problems.add(
          new Problem(
              file.toString(), "cannot be read as " + in.format() + ": " + e.getMessage(), ""));
      return null;
    }
    if (header.isEmpty()) {
      problems.add(
          new Problem(file.toString(), "is empty (no header line)", "give a file with records"));
      return null;
    }
    List<String> missing = in.columns().keySet().stream().filter(c -> !header.contains(c)).toList();
    if (!missing.isEmpty()) {
      problems.add(
          new Problem(
              file + (in.format() == Format.CSV ? " line 1" : ""),
              "missing column(s) "
                  + missing
                  + " that input '"
                  + in.name()
                  + "' of "
                  + job.file()
                  + " needs; found "
                  + header,
              "rename the file's columns, or change the input's columns in the job file"));
      return null;
    }
    return header;
  }

  private InputException sqlError(SqlBlock b, EngineException ex) {
    int line = b.fileLine(ex.sqlLine());
    if (line == 0) {
      line = b.line();
    }
    return new InputException(
        job.file() + (line > 0 ? " line " + line : "") + " (" + b.name() + ")",
        "the engine rejected the SQL: " + ex.getMessage(),
        "correct the SQL in the job file");
  }

  private List<IndicatorRow> rows(SqlBlock query, List<Object[]> raw) {
    JobOutput out = job.output();
    List<Problem> problems = new ArrayList<>();
    List<IndicatorRow> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String where = job.file() + " line " + query.line() + " (query)";
    for (Object[] r : raw) {
      if (r.length < 5) {
        throw new InputException(
            where,
            "the query returns " + r.length + " column(s)",
            "return " + out.key() + ", indicator, year, value, unit");
      }
      String key = r[0] == null ? null : r[0].toString();
      String ind = r[1] == null ? null : r[1].toString();
      Object year = r[2];
      Object value = r[3];
      String what = null;
      if (key == null || key.isBlank()) {
        what = "a row with no " + out.key();
      } else if (!out.indicators().contains(ind)) {
        what =
            "indicator '" + ind + "' is not declared under output.indicators " + out.indicators();
      } else if (!(year instanceof Number y) || y.doubleValue() != Math.rint(y.doubleValue())) {
        what = "year '" + year + "' for " + key + " is not a whole number";
      } else if (!(value instanceof Number v) || !Double.isFinite(v.doubleValue())) {
        what =
            "value '" + value + "' for " + key + " " + ind + " " + year + " is not a finite number";
      } else if (!seen.add(key + "\u0000" + ind + "\u0000" + ((Number) year).intValue())) {
        what = "duplicate row for " + key + " " + ind + " " + year;
      }
      if (what != null) {
        if (problems.size() < 10) {
          problems.add(new Problem(where, what, "correct the query"));
        }
        continue;
      }
      BigDecimal rounded =
          new BigDecimal(((Number) value).doubleValue())
              .setScale(out.decimals(), RoundingMode.HALF_EVEN);
      if (rounded.signum() == 0) {
        rounded = BigDecimal.ZERO.setScale(out.decimals());
      }
      rows.add(
          new IndicatorRow(
              key, ind, ((Number) year).intValue(), rounded, r[4] == null ? "" : r[4].toString()));
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    List<String> order = out.indicators();
    rows.sort(
        Comparator.comparing(IndicatorRow::key)
            .thenComparingInt(IndicatorRow::year)
            .thenComparingInt(r -> order.indexOf(r.indicator())));
    return rows;
  }
}
