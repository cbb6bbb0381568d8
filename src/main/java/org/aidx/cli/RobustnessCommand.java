package org.aidx.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.aidx.analysis.uncertainty.CompiledIndex;
import org.aidx.analysis.uncertainty.IntervalPolicy;
import org.aidx.analysis.uncertainty.Uncertainty;
import org.aidx.analysis.uncertainty.UncertaintySummary;
import org.aidx.model.InputException;
import org.aidx.pipeline.IndexResult;
import org.aidx.report.ResultWriter;
import org.aidx.report.uncertainty.RobustnessCharts;
import org.aidx.report.uncertainty.UncertaintyWriter;
import org.aidx.store.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aidx robustness}: Monte Carlo uncertainty analysis of the ranks. */
@Command(
    name = "robustness",
    header = "Rank intervals and tier probabilities under uncertain modelling choices.",
    mixinStandardHelpOptions = true,
    description = {
      "Uncertainty analysis: recompute the index under N draws of its uncertain assumptions (weights,",
      "normalisation, aggregation per level, imputation, outlier treatment, leave-one-out, year) and",
      "report per economy the nominal and median rank, the 5-95%% rank interval, the mean absolute rank",
      "shift, the same for the index score and the gap to the reference, and tier probabilities.",
      ""
    },
    footer = {
      "",
      "Default assumptions (CICC): weights of indicators, dimensions and layers ±25%%; normalisation",
      "ratio|minmax:1,100; arithmetic|geometric means at each level; imputation none|mean|median;",
      "treatment none|winsorise:5; leave out any indicator that has a sibling; floor 0.01 for geometric means.",
      "",
      "Assumptions file (YAML):",
      "  floor: 0.01",
      "  vary:",
      "    weights:indicator: 25%%            # or dirichlet:50",
      "    normalisation: [ratio, \"minmax:1,100\"]",
      "    aggregation:dimension: [arithmetic, geometric]",
      "    imputation: [none, mean, median]",
      "    treatment: [none, \"winsorise:5\"]",
      "    leave-one-out: all",
      "",
      "csv columns: iso3,name,nominal_rank,median_rank,rank_q05,rank_q95,mean_abs_rank_shift,index_nominal,",
      "index_median,index_q05,index_q95,gap_nominal,gap_median,gap_q05,gap_q95,p_tier1..,missing_runs",
      "",
      "Examples:",
      "  aidx robustness",
      "  aidx robustness --runs 10000 --format csv --out runs/robust",
      "  aidx robustness --vary normalisation=ratio|minmax:1,100 --vary weights:indicator=50%%",
      "  aidx robustness --replications reps.csv --runs 500 && aidx robustness --runs 500 --replay 42",
      "  aidx robustness --synthetic 200x60 --runs 100000 --format csv"
    })
final class RobustnessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions run;
  @Mixin UncertaintyOptions mc;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = org.aidx.analysis.uncertainty.Uncertainty.DEFAULT_RUNS_TEXT,
      description = "Replications (default: ${DEFAULT-VALUE}).")
  int runs;

  @Mixin TableCsvJson output;

  @Option(
      names = "--replications",
      paramLabel = "FILE",
      description = "Write every replication's sampled assumptions and ranks to this CSV (audit).")
  Path replications;

  @Option(
      names = "--replay",
      paramLabel = "K",
      description =
          "Regenerate replication K (0-based, same seed and assumptions) as a full result through the"
              + " ordinary pipeline, checked against the fast engine: its sampled assumptions and"
              + " ranks; with --out also replication-K.csv/.json and manifest.json.")
  Long replay;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Also write robustness.csv, robustness.json, rank-intervals.png/.svg and manifest.json to DIR.")
  Path out;

  @Override
  public Integer call() {
    UncertaintyOptions.Target target = mc.compile(run);
    CompiledIndex ci = target.index();
    var w = spec.commandLine().getOut();
    if (replay != null) {
      return replay(ci, target, w);
    }
    Uncertainty.Outcome o =
        Uncertainty.runKeeping(
            ci,
            new Uncertainty.Options(
                runs, mc.seed, mc.sampler(), mc.threads(), replications != null, true),
            ProgressBar.of(spec.commandLine().getErr(), mc.quiet, "replications"));
    UncertaintySummary s = IntervalPolicy.apply(o.summary(), ci.assumptions());
    switch (output.format) {
      case csv:
        w.print(UncertaintyWriter.csv(s));
        break;
      case json:
        w.print(UncertaintyWriter.json(s));
        break;
      default:
        w.println(ci.framework().name() + ": ranks under uncertain assumptions");
        w.println();
        w.print(UncertaintyWriter.table(s));
        w.println();
        UncertaintyWriter.footer(s).forEach(w::println);
    }
    w.flush();
    if (replications != null) {
      AtomicFiles.write(replications, replicationsCsv(ci, o));
      spec.commandLine().getErr().println("Wrote " + runs + " replications to " + replications);
    }
    if (out != null) {
      OutDir.at(out)
          .text("robustness.csv", UncertaintyWriter.csv(s))
          .text("robustness.json", UncertaintyWriter.json(s))
          .chart("rank-intervals", RobustnessCharts.rankIntervals(s))
          .write(
              names ->
                  ResultWriter.manifest(
                      "aidx robustness",
                      spec.commandLine().getParseResult().originalArgs(),
                      target.files(),
                      ci.framework(),
                      ci.methodology(),
                      names),
              spec.commandLine().getErr());
    }
    return 0;
  }

  private int replay(CompiledIndex ci, UncertaintyOptions.Target target, java.io.PrintWriter w) {
    if (replay < 0 || replay >= runs) {
      throw new InputException(
          "--replay " + replay,
          "is not a replication of a run of " + runs,
          "pass K from 0 to " + (runs - 1) + " with the same --runs, --seed and assumptions");
    }
    List<String> sampled = Uncertainty.sampled(ci, mc.sampler(), mc.seed, replay);
    // through the ordinary pipeline, checked against the fast engine
    IndexResult full = Uncertainty.regenerate(ci, mc.sampler(), mc.seed, replay);
    w.println("# replication " + replay + " (seed " + mc.seed + ", " + mc.sampler().label() + ")");
    for (int k = 0; k < sampled.size(); k++) {
      w.println("# " + ci.sampledColumns().get(k) + " = " + sampled.get(k));
    }
    w.println("# regenerated through the pipeline; equal to the fast engine to 1e-12");
    w.println("iso3,rank,index");
    for (int e = 0; e < full.economies().size(); e++) {
      w.println(full.economies().get(e) + "," + rankText(full.rank(e)) + "," + full.index(e));
    }
    w.flush();
    if (out != null) {
      String name = "replication-" + replay;
      OutDir.at(out)
          .text(name + ".csv", ResultWriter.csv(full))
          .text(name + ".json", ResultWriter.json(full))
          .write(
              names ->
                  ResultWriter.manifest(
                      "aidx robustness",
                      spec.commandLine().getParseResult().originalArgs(),
                      target.files(),
                      full.framework(),
                      full.methodology(),
                      names),
              spec.commandLine().getErr());
    }
    return 0;
  }

  static String rankText(double r) {
    return Double.isNaN(r) ? "" : r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
  }

  /** replication, every sampled assumption, then the rank of every economy. */
  private String replicationsCsv(CompiledIndex ci, Uncertainty.Outcome o) {
    StringBuilder b = new StringBuilder("replication");
    for (String c : ci.sampledColumns()) {
      b.append(',').append(quote(c));
    }
    List<String> eco = ci.economies();
    for (String e : eco) {
      b.append(",rank:").append(e);
    }
    b.append('\n');
    var points = mc.sampler().points(Math.max(ci.dimension(), 1), mc.seed);
    for (long r = 0; r < runs; r++) {
      b.append(r);
      for (String v : Uncertainty.sampled(ci, points, r)) {
        b.append(',').append(quote(v));
      }
      for (int e = 0; e < eco.size(); e++) {
        b.append(',').append(rankText(o.rank(r, e)));
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
