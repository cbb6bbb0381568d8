package org.aidx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aidx.input.InputFile;
import org.aidx.input.JobFiles;
import org.aidx.model.InputException;
import org.aidx.output.Manifest;
import org.aidx.records.BadRows;
import org.aidx.records.EngineException;
import org.aidx.records.Format;
import org.aidx.records.JobInput;
import org.aidx.records.JobParam;
import org.aidx.records.LoadedInput;
import org.aidx.records.Note;
import org.aidx.records.RecordsEngine;
import org.aidx.records.RecordsJob;
import org.aidx.records.RecordsResult;
import org.aidx.records.RecordsRunner;
import org.aidx.records.SqlBlock;
import org.aidx.records.SyntheticRecords;
import org.aidx.records.duckdb.DuckDbEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aidx records run|jobs|inspect|generate}: raw records to indicator tables. */
@Command(
    name = "records",
    mixinStandardHelpOptions = true,
    header = "Raw records to indicator tables (DuckDB in process, or Apache Spark).",
    description = {
      "Turn raw records (CSV, Parquet, JSON lines; gzip accepted) into a tidy indicator table",
      "iso3,indicator,year,value,unit,source with a job: inputs with their columns, SQL, checks.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  aidx records jobs                                   the built-in jobs",
      "  aidx records run conference-authorship --out out   the index's frontier-research table",
      "  aidx records run my-job.yaml --engine spark --master 'local[*]'",
      "  aidx records inspect data/records/paperlists_author_affiliations.csv.gz"
    },
    subcommands = {
      RecordsCommand.Run.class,
      RecordsCommand.Jobs.class,
      RecordsCommand.Inspect.class,
      RecordsCommand.Generate.class
    })
final class RecordsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Which engine runs a job. */
  enum Engine {
    duckdb,
    spark
  }

  @Command(
      name = "run",
      header = "Run a records job and write its indicator table, check notes and manifest.",
      mixinStandardHelpOptions = true,
      description = {
        "Run a job (a YAML file, or a built-in job's name) and write its indicator table: on stdout,",
        "or with --out the table, notes.csv (check results: unmapped, unattributed, bad rows) and",
        "manifest.json (input hashes and row counts, the SQL as run, engine and version).",
        ""
      })
  static final class Run implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "JOB", description = "Job file or built-in job name.")
    String job;

    @Option(
        names = "--engine",
        paramLabel = "E",
        description = "duckdb (default, in process) or spark.")
    Engine engine = Engine.duckdb;

    @Option(
        names = "--master",
        paramLabel = "M",
        description =
            "Spark master: local[*] (default with --engine spark), spark://HOST:7077, yarn,"
                + " k8s://https://HOST:PORT. Under spark-submit, leave it out.")
    String master;

    @Option(names = "--out", paramLabel = "DIR", description = "Write table, notes, manifest here.")
    Path out;

    @Option(
        names = "--param",
        paramLabel = "NAME=VALUE",
        description = "Set a job parameter, e.g. weighting=citations.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(
        names = "--input",
        paramLabel = "NAME=FILE",
        description = "Read an input from another file, e.g. papers=big.csv.gz.")
    Map<String, Path> inputs = new LinkedHashMap<>();

    @Option(
        names = "--bad-rows",
        paramLabel = "MODE",
        description =
            "stop (default): unparseable records stop the run; skip: leave them out, listed in the notes.")
    BadRows badRows = BadRows.STOP;

    @Option(
        names = "--allow",
        paramLabel = "CHECK",
        description = "Accept the rows of a failing check (e.g. unmapped) as notes.")
    List<String> allow = new ArrayList<>();

    @Option(
        names = "--memory-limit",
        paramLabel = "SIZE",
        description =
            "DuckDB memory limit, e.g. 2GB (beyond it DuckDB spills to a temporary folder).")
    String memoryLimit;

    @Option(names = "--threads", paramLabel = "N", description = "DuckDB threads (default: cores).")
    Integer threads;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
      RecordsJob j = JobFiles.load(job);
      RecordsRunner runner =
          RecordsRunner.of(j)
              .withParams(params)
              .withInputs(inputs)
              .withBadRows(badRows)
              .withAllowed(new LinkedHashSet<>(allow));
      // parameters, SQL and files are checked before an engine starts (Spark takes seconds)
      runner.sql(runner.resolvedParams());
      runner.files();
      PrintWriter err = spec.commandLine().getErr();
      ProgressBar bar = ProgressBar.of(err, quiet, "‰ of the query");
      RecordsResult r;
      try (RecordsEngine e = open()) {
        r = runner.run(e, bar == null ? RecordsEngine.Progress.NONE : bar::update);
      }
      for (Note n : r.notes()) {
        err.printf(Locale.ROOT, "note: %s: %s (%.1f)%n", n.check(), n.item(), n.amount());
      }
      if (out == null) {
        spec.commandLine().getOut().print(r.csv());
        spec.commandLine().getOut().flush();
        return 0;
      }
      List<InputFile> hashed = new ArrayList<>();
      runner.files().forEach((name, file) -> hashed.add(InputFile.ofFile("records:" + name, file)));
      OutDir o = OutDir.at(out).text(j.output().file(), r.csv()).text("notes.csv", r.notesCsv());
      List<String> args = spec.commandLine().getParseResult().originalArgs();
      o.write(
          names ->
              Manifest.with(
                  Manifest.json("aidx records run", args, hashed, methodology(j, r), names),
                  "records",
                  records(r)),
          err);
      return 0;
    }

    private RecordsEngine open() {
      if (engine == Engine.duckdb) {
        if (master != null) {
          throw new InputException(
              "--master " + master,
              "is a Spark option",
              "add --engine spark, or leave --master out");
        }
        return DuckDbEngine.open(memoryLimit, threads == null ? 0 : threads);
      }
      try {
        Class.forName("org.apache.spark.sql.SparkSession", false, getClass().getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new InputException(
            "--engine spark",
            "Apache Spark is not on the classpath (the aidx jar does not bundle it)",
            "run the job with spark-submit (docs/records.md, 'Spark'), or use --engine duckdb");
      }
      return org.aidx.records.spark.SparkEngine.open(master == null ? null : master);
    }

    private static Map<String, String> methodology(RecordsJob j, RecordsResult r) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("job", j.id());
      m.put("job_file", j.file());
      m.put("engine", r.engine());
      m.put("engine_version", r.engineVersion());
      r.params().forEach((k, v) -> m.put("param." + k, v));
      return m;
    }

    private static Map<String, Object> records(RecordsResult r) {
      Map<String, Object> m = new LinkedHashMap<>();
      Map<String, Object> rows = new LinkedHashMap<>();
      for (LoadedInput li : r.inputs()) {
        rows.put(li.name(), Map.of("rows", li.rows(), "bad_rows", li.badRows()));
      }
      m.put("inputs", rows);
      List<Map<String, Object>> sql = new ArrayList<>();
      for (SqlBlock b : r.sql()) {
        sql.add(Map.of("name", b.name(), "job_line", b.line(), "sql", b.sql()));
      }
      m.put("sql", sql);
      m.put("output_rows", r.rows().size());
      m.put("notes", r.notes().size());
      return m;
    }
  }

  @Command(
      name = "jobs",
      mixinStandardHelpOptions = true,
      description = "List the built-in jobs, or print one's YAML to copy and edit (--show NAME).")
  static final class Jobs implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--show", paramLabel = "NAME", description = "Print this job's YAML.")
    String show;

    @Override
    public Integer call() {
      PrintWriter w = spec.commandLine().getOut();
      if (show != null) {
        w.print(JobFiles.builtinText(show));
        w.flush();
        return 0;
      }
      for (String name : JobFiles.BUILTIN) {
        RecordsJob j = JobFiles.builtin(name);
        w.println(name);
        w.println("  " + j.description().replaceAll("\\s+", " "));
        for (JobInput in : j.inputs()) {
          w.println("  input " + in.name() + ": " + in.path() + " " + in.columns());
        }
        for (JobParam p : j.params().values()) {
          w.println(
              "  --param "
                  + p.name()
                  + "="
                  + p.defaultValue()
                  + (p.allowed().isEmpty() ? "" : "  (" + String.join("|", p.allowed()) + ")"));
        }
        w.println("  output " + j.output().file() + ": " + j.output().indicators());
      }
      w.flush();
      return 0;
    }
  }

  @Command(
      name = "inspect",
      mixinStandardHelpOptions = true,
      description =
          "Schema (types detected by DuckDB), row count and the first rows of a records file.")
  static final class Inspect implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV, Parquet or JSON lines.")
    Path file;

    @Option(names = "--rows", paramLabel = "N", description = "Sample rows (default 5).")
    int rows = 5;

    @Override
    public Integer call() {
      if (!java.nio.file.Files.isRegularFile(file)) {
        throw new InputException(file.toString(), "file not found", "check the path");
      }
      Format f = Format.guess(file.getFileName().toString());
      DuckDbEngine.Inspection in;
      try (DuckDbEngine e = DuckDbEngine.open(null, 0)) {
        in = e.inspect(file, f, rows);
      } catch (EngineException ex) {
        throw new InputException(
            file.toString(), "cannot be read as " + f + ": " + ex.getMessage(), "check the file");
      }
      PrintWriter w = spec.commandLine().getOut();
      w.printf(
          Locale.ROOT, "%s (%s): %,d rows, %d columns%n", file, f, in.rows(), in.schema().size());
      for (String[] c : in.schema()) {
        w.printf(Locale.ROOT, "  %-24s %s%n", c[0], c[1]);
      }
      w.println();
      w.println(String.join(",", in.schema().stream().map(c -> c[0]).toList()));
      for (List<String> row : in.sample()) {
        w.println(String.join(",", row));
      }
      w.flush();
      return 0;
    }
  }

  @Command(
      name = "generate",
      header = "Write seeded synthetic conference records for benchmarks (random, never data).",
      mixinStandardHelpOptions = true,
      description = {
        "Write seeded synthetic records with the columns of the conference records (for benchmarks",
        "and scale tests; the values are random, never data).",
        ""
      })
  static final class Generate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--rows", paramLabel = "N", required = true, description = "Rows to write.")
    long rows;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 1).")
    long seed = 1;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "CSV file.")
    Path out;

    @Override
    public Integer call() {
      if (rows < 1) {
        throw new InputException("--rows " + rows, "expected at least 1 row", "");
      }
      SyntheticRecords.write(out, rows, seed);
      spec.commandLine()
          .getErr()
          .printf(Locale.ROOT, "Wrote %,d synthetic rows (seed %d) to %s%n", rows, seed, out);
      spec.commandLine().getErr().flush();
      return 0;
    }
  }
}
