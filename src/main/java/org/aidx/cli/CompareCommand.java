package org.aidx.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.aidx.analysis.compare.Comparison;
import org.aidx.input.Inputs;
import org.aidx.model.InputException;
import org.aidx.output.Manifest;
import org.aidx.output.TextTable;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
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
    header = "Two methods, weights or views of the index side by side: rank changes and why.",
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
      "Examples:",
      "  aidx compare --per capita",
      "  aidx compare --weight diffusion=0",
      "  aidx compare --normalise rank --baseline '--normalise minmax:1,100' --out runs/cmp"
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

  @Override
  public Integer call() {
    RunOptions a = baselineOptions();
    Inputs inB = run.inputs();
    PipelineSpec psB = run.spec();
    Inputs inA = a.inputs();
    IndexResult ra = Pipeline.run(inA.framework(), inA.dataset(), a.spec());
    IndexResult rb = Pipeline.run(inB.framework(), inB.dataset(), psB);
    Comparison c = Comparison.of(ra, rb);
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
    var w = spec.commandLine().getOut();
    if (output.format == TableCsv.Format.csv) {
      w.print(t.csv());
    } else {
      w.println("A: " + ra.framework().name() + methods(a.spec()));
      w.println("B: " + rb.framework().name() + methods(psB));
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
              why(r, c.comparator(), rb));
        }
      }
    }
    w.flush();
    if (out != null) {
      OutDir.at(out)
          .text("compare.csv", t.csv())
          .chart("compare-scatter", CompareScatter.chart(c, "baseline", "this run"))
          .write(
              names ->
                  Manifest.json(
                      "aidx compare",
                      spec.commandLine().getParseResult().originalArgs(),
                      inB.files(),
                      inB.framework(),
                      psB,
                      names),
              spec.commandLine().getErr());
    }
    return 0;
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
  private static String why(Comparison.Row r, String comparator, IndexResult b) {
    if (r.driver().isEmpty()) {
      return "";
    }
    String own =
        String.format(
            Locale.ROOT,
            "%s (%+.3f log points)%s",
            r.driver(),
            r.driverChange(),
            b.framework().find(r.driver()).isEmpty() ? ", left out in B" : "");
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
