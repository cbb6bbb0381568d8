package org.aidx.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.aidx.analysis.compare.Comparison;
import org.aidx.analysis.compare.SavedRun;
import org.aidx.framework.Levels;
import org.aidx.input.InputFile;
import org.aidx.input.Inputs;
import org.aidx.input.SavedRuns;
import org.aidx.model.InputException;
import org.aidx.output.Manifest;
import org.aidx.output.TextTable;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
import org.aidx.report.ResultWriter;
import org.aidx.report.compare.CompareScatter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aidx compare}: two versions of the index side by side. */
@Command(
    name = "compare",
    header =
        "Two methods, weights or views of the index, or two saved runs, side by side: rank"
            + " changes and why.",
    mixinStandardHelpOptions = true,
    description = {
      "Compares version B (this command's options) with version A (--baseline OPTIONS, default:",
      "the default index on the same inputs): each economy's index and rank under both, the rank",
      "change (positive = rises in B), and the dimension that moved it: the dimension whose",
      "contribution to the economy's log gap to the reference changed most (a dimension left out",
      "contributes 0). Also Spearman's rank correlation and the biggest movers.",
      "With --out DIR: compare.csv, compare-scatter.png/.svg (rank under A against rank under B)",
      "and manifest.json.",
      "",
      "Saved runs: --run A --run B compares two directories written by 'aidx index --out' (or",
      "their results.json) without recomputing either, and says when they used different data,",
      "framework or methods (from their manifests and methodologies). Runs with different",
      "references, or frameworks with no dimension in common, are refused (exit 2).",
      "",
      "Examples:",
      "  aidx compare --per capita",
      "  aidx compare --weight diffusion=0",
      "  aidx compare --normalise rank --baseline '--normalise minmax:1,100' --out runs/cmp",
      "  aidx compare --run runs/2024 --run runs/2025"
    })
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions run;

  @Option(
      names = "--baseline",
      paramLabel = "OPTIONS",
      defaultValue = "",
      description =
          "Version A's index options in one quoted string, e.g. '--normalise rank --weight compute=2' (default: none, the default index). Inputs (--framework, --data, --coinr) are those of B unless given here.")
  String baseline;

  @Option(
      names = "--movers",
      paramLabel = "N",
      defaultValue = "5",
      description = "How many of the biggest movers to list (default: ${DEFAULT-VALUE}).")
  int movers;

  @Option(
      names = "--run",
      paramLabel = "DIR",
      description =
          "A run saved by 'aidx index --out DIR' (the directory or its results.json); give it"
              + " twice, A then B, to compare two saved runs instead of computing two versions.")
  List<Path> runs;

  @Mixin TableCsv output;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Also write compare.csv, compare-scatter.png/.svg and manifest.json to DIR.")
  Path out;

  /** Holder for the --baseline options, parsed like the command's own. */
  @Command(name = "--baseline")
  static final class Baseline {
    @Mixin RunOptions run;
  }

  /** Options that apply when comparing saved runs; every other one computes an index. */
  private static final Set<String> RUN_OPTIONS =
      Set.of("--run", "--movers", "--format", "--out", "--help", "--version");

  @Override
  public Integer call() {
    if (runs != null) {
      return compareRuns();
    }
    RunOptions a = baselineOptions();
    Inputs inB = run.inputs();
    PipelineSpec psB = run.spec();
    Inputs inA = a.inputs();
    IndexResult ra =
        Pipeline.run(inA.framework(), inA.dataset(), Methodology.of(inA.framework(), a.spec()));
    IndexResult rb =
        Pipeline.run(inB.framework(), inB.dataset(), Methodology.of(inB.framework(), psB));
    Comparison c = Comparison.of(ra, rb);
    TextTable t = table(c);
    var w = spec.commandLine().getOut();
    print(
        w,
        t,
        c,
        List.of(
            "A: " + ra.framework().name() + methods(a.spec()),
            "B: " + rb.framework().name() + methods(psB)),
        dims(rb));
    w.flush();
    if (out != null) {
      OutDir.at(out)
          .text("compare.csv", t.csv())
          .chart("compare-scatter", CompareScatter.chart(c, "baseline", "this run"))
          .write(
              names ->
                  ResultWriter.manifest(
                      "aidx compare",
                      spec.commandLine().getParseResult().originalArgs(),
                      inB.files(),
                      inB.framework(),
                      Methodology.of(inB.framework(), psB),
                      names),
              spec.commandLine().getErr());
    }
    return 0;
  }

  /** aidx compare --run A --run B: two saved runs, read back, nothing recomputed. */
  private int compareRuns() {
    if (runs.size() != 2) {
      throw new InputException(
          "--run",
          "given " + runs.size() + " time(s); a comparison of saved runs needs exactly two",
          "give --run A --run B, each a directory written by 'aidx index --out'");
    }
    List<String> others =
        spec.commandLine().getParseResult().matchedOptions().stream()
            .map(o -> o.longestName())
            .filter(n -> !RUN_OPTIONS.contains(n))
            .distinct()
            .toList();
    if (!others.isEmpty()) {
      throw new InputException(
          String.join(", ", others),
          "applies to an index computed now, not to saved runs (--run), whose methods are fixed",
          "leave "
              + String.join(", ", others)
              + " out, or compare computed versions without --run");
    }
    SavedRun ra = SavedRuns.read(runs.get(0));
    SavedRun rb = SavedRuns.read(runs.get(1));
    SavedRun.requireComparable(ra, rb);
    Comparison c = Comparison.of(ra, rb);
    TextTable t = table(c);
    List<String> head = new ArrayList<>();
    head.add("A: run " + ra.label() + " (" + describe(ra) + ")");
    head.add("B: run " + rb.label() + " (" + describe(rb) + ")");
    List<String> diff = SavedRun.differences(ra, rb);
    if (diff.isEmpty()) {
      head.add("Same data, framework and methods (by the manifests and methodologies).");
    } else {
      head.add("The runs differ in:");
      diff.forEach(d -> head.add("  " + d));
    }
    var w = spec.commandLine().getOut();
    print(w, t, c, head, new java.util.HashSet<>(rb.dimensions()));
    w.flush();
    if (out != null) {
      List<InputFile> inputs = new ArrayList<>();
      for (int k = 0; k < 2; k++) {
        Path run = runs.get(k);
        String role = k == 0 ? "run A" : "run B";
        inputs.add(InputFile.ofFile(role, SavedRuns.resultsFile(run)));
        Path m = SavedRuns.manifestFile(run);
        if (m != null) {
          inputs.add(InputFile.ofFile(role + " manifest", m));
        }
      }
      Map<String, String> meth = new LinkedHashMap<>();
      meth.put("compare", "saved runs");
      meth.put("comparator", c.comparator());
      meth.put("differences", diff.isEmpty() ? "none" : String.join(" | ", diff));
      OutDir.at(out)
          .text("compare.csv", t.csv())
          .chart("compare-scatter", CompareScatter.chart(c, ra.label(), rb.label()))
          .write(
              names ->
                  Manifest.json(
                      "aidx compare",
                      spec.commandLine().getParseResult().originalArgs(),
                      inputs,
                      meth,
                      names),
              spec.commandLine().getErr());
    }
    return 0;
  }

  private static String describe(SavedRun r) {
    StringBuilder b =
        new StringBuilder(r.frameworkName().isEmpty() ? r.framework() : r.frameworkName());
    if (r.manifest() != null && !r.manifest().arguments().isEmpty()) {
      b.append("; aidx ").append(String.join(" ", r.manifest().arguments()));
    }
    return b.toString();
  }

  private static TextTable table(Comparison c) {
    TextTable t =
        new TextTable(
            List.of(
                "iso3",
                "name",
                "index_a",
                "index_b",
                "rank_a",
                "rank_b",
                "rank_change",
                "driver",
                "driver_change"),
            Set.of(0, 1, 7));
    for (Comparison.Row r : c.rows()) {
      t.add(
          List.of(
              r.iso3(),
              r.name(),
              num(r.indexA()),
              num(r.indexB()),
              rank(r.rankA()),
              rank(r.rankB()),
              signed(r.rankChange()),
              r.driver(),
              Double.isNaN(r.driverChange()) ? "" : num(r.driverChange())));
    }
    return t;
  }

  private static Set<String> dims(IndexResult r) {
    Set<String> out = new java.util.HashSet<>();
    Levels.dimensions(r.framework()).forEach(d -> out.add(d.id()));
    return out;
  }

  /** The table (CSV, or the aligned table with a head, a summary and the biggest movers). */
  private void print(
      java.io.PrintWriter w, TextTable t, Comparison c, List<String> head, Set<String> dimsB) {
    if (output.format == TableCsv.Format.csv) {
      w.print(t.csv());
      return;
    }
    head.forEach(w::println);
    w.printf(
        Locale.ROOT,
        "Spearman rank correlation %.3f; mean |rank change| %.2f; driver contributions are"
            + " log points of the gap to %s.%n%n",
        c.spearman(),
        c.rows().stream().mapToDouble(r -> Math.abs(r.rankChange())).average().orElse(0),
        c.comparator());
    w.print(t.aligned());
    List<Comparison.Row> top = c.movers(movers);
    if (!top.isEmpty()) {
      w.println();
      w.println("Biggest movers:");
      for (Comparison.Row r : top) {
        w.printf(
            Locale.ROOT,
            "  %s %s: rank %s → %s (%s)%s%n",
            r.iso3(),
            r.name(),
            rank(r.rankA()),
            rank(r.rankB()),
            signed(r.rankChange()),
            why(r, c.comparator(), dimsB));
      }
    }
  }

  private RunOptions baselineOptions() {
    String[] args = baseline.isBlank() ? new String[0] : baseline.strip().split("\\s+");
    Baseline b = new Baseline();
    try {
      new CommandLine(b).parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new InputException(
          "--baseline '" + baseline + "'",
          e.getMessage(),
          "give the options of 'aidx index', e.g. --baseline '--normalise rank'");
    }
    RunOptions a = b.run;
    if (a.framework == null && a.data.isEmpty() && a.coinr.isEmpty()) {
      a.framework = run.framework;
      a.data = run.data;
      a.coinr = run.coinr;
    }
    return a;
  }

  /** Why an economy moved: its own gap and the dimension behind it, or others moving past it. */
  private static String why(Comparison.Row r, String comparator, Set<String> dimsB) {
    if (r.driver().isEmpty()) {
      return "";
    }
    String own =
        String.format(
            Locale.ROOT,
            "%s (%+.3f log points)%s",
            r.driver(),
            r.driverChange(),
            dimsB.contains(r.driver()) ? "" : ", left out in B");
    if (Math.signum(r.gapChange()) == Math.signum(r.rankChange())) {
      return String.format(
          Locale.ROOT,
          ": its index relative to %s %s by %+.3f log points, mostly %s",
          comparator,
          r.gapChange() > 0 ? "rose" : "fell",
          r.gapChange(),
          own);
    }
    return String.format(
        Locale.ROOT,
        ": its own index relative to %s %s (%+.3f log points, mostly %s), others %s",
        comparator,
        r.gapChange() > 0 ? "rose" : "fell",
        r.gapChange(),
        own,
        r.rankChange() > 0 ? "fell further" : "rose further");
  }

  private static String methods(PipelineSpec ps) {
    StringBuilder b = new StringBuilder();
    if (ps.normalise() != null) {
      b.append("; normalise ").append(ps.normalise().label());
    }
    if (ps.aggregate() != null) {
      b.append("; aggregate ").append(ps.aggregate().label());
    }
    if (ps.reference() != null) {
      b.append("; reference ").append(ps.reference());
    }
    return b.toString();
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
  }

  private static String rank(double r) {
    return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
  }

  private static String signed(double d) {
    return d == 0 ? "0" : (d > 0 ? "+" : "") + rank(d);
  }
}
