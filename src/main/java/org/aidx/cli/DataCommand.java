package org.aidx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.aidx.data.Dataset;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.input.DataAddition;
import org.aidx.input.DataCheck;
import org.aidx.input.DataExport;
import org.aidx.input.DataFiles;
import org.aidx.input.Inputs;
import org.aidx.input.Layout;
import org.aidx.model.InputException;
import org.aidx.model.Observation;
import org.aidx.model.Problem;
import org.aidx.output.Manifest;
import org.aidx.report.XlsxReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aidx data check FILE...} and {@code aidx data export}. */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    description = "Inspect, validate and export data files.",
    subcommands = {DataCommand.Check.class, DataCommand.Export.class, DataUpdateCommand.class})
final class DataCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "check",
      header = "Validate data files against a framework and report their coverage.",
      mixinStandardHelpOptions = true,
      description = {
        "Validate data files (format, numbers, years, ISO3 codes, duplicates) against a framework and",
        "print a coverage report: per indicator and economy, the latest year available or '-' if missing.",
        "Exit code 2 when a file is invalid or a framework indicator has no data at all.",
        ""
      })
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        arity = "0..*",
        paramLabel = "FILE",
        description = "Data files (default: the embedded dataset).")
    List<Path> files = new ArrayList<>();

    @Option(
        names = "--framework",
        paramLabel = "FILE",
        description = "Framework to check against (default: the embedded CICC framework).")
    Path framework;

    @Option(
        names = "--year",
        paramLabel = "Y",
        description = "Report the latest year at or before Y.")
    Integer year;

    @Option(
        names = "--layout",
        paramLabel = "LAYOUT",
        description =
            "long | wide | coinr | worldbank | sdmx: the layout of every file (default: detected from each header).")
    String layout;

    @Option(
        names = "--by-year",
        description =
            "Also print, per framework indicator and year, how many economies have a value of that year (the series a panel can use; see 'aidx panel').")
    boolean byYear;

    @Override
    public Integer call() {
      Inputs in =
          Inputs.load(
              framework,
              files,
              List.of(),
              null,
              new Inputs.DataOptions(
                  layout == null ? null : Layout.parse(layout), false, DataAddition.Rule.ERROR));
      Dataset d = in.dataset();
      Framework fw = in.framework();
      PrintWriter w = spec.commandLine().getOut();
      for (Path f : files) {
        w.println(f + ": " + DataFiles.describe(f, layout == null ? null : Layout.parse(layout)));
      }
      List<String> eco = d.economies();
      w.printf(
          Locale.ROOT,
          "%d observation(s), %d economies, %d indicators read from %s%n%n",
          d.observations().size(),
          eco.size(),
          d.indicators().size(),
          files.isEmpty()
              ? "the embedded dataset"
              : String.join(", ", files.stream().map(Path::toString).toList()));
      w.printf(
          Locale.ROOT,
          "%-48s %s%n",
          "indicator (framework)",
          String.join(
              " ",
              eco.stream()
                  .map(
                      e ->
                          String.format(
                              Locale.ROOT, "%-4s", e.length() > 4 ? e.substring(0, 4) : e))
                  .toList()));
      List<Problem> problems = new ArrayList<>();
      int missing = 0;
      for (Node.Indicator ind : fw.indicators()) {
        StringBuilder row = new StringBuilder();
        for (String e : eco) {
          var o = d.latest(e, ind.id(), year);
          row.append(
              String.format(
                  Locale.ROOT,
                  "%-4s ",
                  o.map(Observation::year)
                      .map(y -> y == 0 ? "ok" : Integer.toString(y))
                      .orElse("-")));
          missing += o.isEmpty() ? 1 : 0;
        }
        String id = ind.id().length() > 48 ? ind.id().substring(0, 47) + "…" : ind.id();
        w.printf(Locale.ROOT, "%-48s %s%n", id, row.toString().stripTrailing());
      }
      problems.addAll(DataCheck.indicatorsWithoutData(fw, d));
      w.printf(
          Locale.ROOT,
          "%n%d of %d values missing (the index averages the indicators present; --impute fills them, flagged).%n",
          missing,
          fw.indicators().size() * eco.size());
      if (byYear) {
        printByYear(w, fw, d, eco);
      }
      List<String> unused = d.indicators().stream().filter(i -> fw.find(i).isEmpty()).toList();
      if (!unused.isEmpty()) {
        w.println("Indicators in the data but not in the framework: " + String.join(", ", unused));
      }
      w.flush();
      if (!problems.isEmpty()) {
        throw new InputException(problems);
      }
      return 0;
    }

    /** Indicator × year: the number of economies with an observation of exactly that year. */
    private static void printByYear(PrintWriter w, Framework fw, Dataset d, List<String> eco) {
      java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
      for (Node.Indicator ind : fw.indicators()) {
        for (String e : eco) {
          d.series(e, ind.id()).forEach(o -> years.add(o.year()));
        }
      }
      if (years.isEmpty()) {
        return;
      }
      w.printf(
          Locale.ROOT,
          "%nEconomies with a value of each year (of %d):%n%-48s %s%n",
          eco.size(),
          "indicator (framework)",
          String.join(" ", years.stream().map(y -> String.format(Locale.ROOT, "%4d", y)).toList()));
      for (Node.Indicator ind : fw.indicators()) {
        StringBuilder row = new StringBuilder();
        for (int y : years) {
          long n =
              eco.stream()
                  .filter(e -> d.series(e, ind.id()).stream().anyMatch(o -> o.year() == y))
                  .count();
          row.append(String.format(Locale.ROOT, "%4s ", n == 0 ? "." : Long.toString(n)));
        }
        String id = ind.id().length() > 48 ? ind.id().substring(0, 47) + "…" : ind.id();
        w.printf(Locale.ROOT, "%-48s %s%n", id, row.toString().stripTrailing());
      }
    }
  }

  @Command(
      name = "export",
      header = "Write the shipped dataset, with every provenance column, as CSV or XLSX.",
      mixinStandardHelpOptions = true,
      description = {
        "Write the shipped dataset, derived exposure indicators included, in the long layout with every",
        "provenance column (iso3,country,indicator,year,value,unit,source,location,note): to standard",
        "output, or with --out to DIR/data.csv or DIR/data.xlsx and a manifest. The CSV reads back with",
        "--data (or --data-mode add after you extend it).",
        ""
      })
  static final class Export implements Callable<Integer> {
    enum Format {
      csv,
      xlsx
    }

    @Spec CommandSpec spec;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "csv",
        description = "csv | xlsx (default: ${DEFAULT-VALUE}; xlsx needs --out).")
    Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory to write to.")
    Path out;

    @Override
    public Integer call() {
      Inputs in = Inputs.load(null, List.of(), List.of());
      Dataset d = in.dataset();
      if (out == null) {
        if (format == Format.xlsx) {
          throw new InputException(
              "--format xlsx",
              "a workbook cannot be written to the terminal",
              "add --out DIR (writes DIR/data.xlsx)");
        }
        spec.commandLine().getOut().print(DataExport.csv(d));
        spec.commandLine().getOut().flush();
        return 0;
      }
      OutDir o =
          format == Format.csv
              ? OutDir.at(out).text("data.csv", DataExport.csv(d))
              : OutDir.at(out)
                  .bytes(
                      "data.xlsx", DataExport.xlsx(d, XlsxReport.appVersion(Manifest.version())));
      o.write(
          names ->
              Manifest.json(
                  "aidx data export",
                  spec.commandLine().getParseResult().originalArgs(),
                  in.files(),
                  java.util.Map.of(
                      "format", format.name(), "rows", Integer.toString(d.observations().size())),
                  names),
          spec.commandLine().getErr());
      return 0;
    }
  }
}
