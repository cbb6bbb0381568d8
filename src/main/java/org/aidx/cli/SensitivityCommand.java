package org.aidx.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aidx.analysis.sensitivity.Sensitivity;
import org.aidx.report.ResultWriter;
import org.aidx.report.sensitivity.SensitivityWriter;
import org.aidx.report.uncertainty.RobustnessCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aidx sensitivity}: Sobol indices of the uncertain assumptions. */
@Command(
    name = "sensitivity",
    header = "Sobol indices: which modelling choices move the ranks most.",
    mixinStandardHelpOptions = true,
    description = {
      "Sensitivity analysis: the share of the variance of a target that each uncertain assumption",
      "explains alone (first-order Sobol index, Saltelli 2010 estimator) and with its interactions",
      "(total-order, Jansen estimator), with bootstrap 95%% intervals. Assumptions as for 'aidx robustness'.",
      ""
    },
    footer = {
      "",
      "csv columns: assumption,first_order,first_order_lo,first_order_hi,total_order,total_order_lo,total_order_hi",
      "Cost: N(k+2) evaluations of the index for k assumptions and --samples N.",
      "",
      "Examples:",
      "  aidx sensitivity",
      "  aidx sensitivity --target rank:JPN --format csv",
      "  aidx sensitivity --samples 2048 --out runs/sens"
    })
final class SensitivityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions run;
  @Mixin UncertaintyOptions mc;

  @Option(
      names = "--target",
      paramLabel = "TARGET",
      defaultValue = "mean-abs-rank-shift",
      description = "mean-abs-rank-shift | rank:ISO3 | score:ISO3 (default: ${DEFAULT-VALUE}).")
  String target;

  @Option(
      names = "--samples",
      paramLabel = "N",
      defaultValue = "2048",
      description = "Base sample size N (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(
      names = "--bootstrap",
      paramLabel = "B",
      defaultValue = "500",
      description = "Bootstrap resamples for the intervals (default: ${DEFAULT-VALUE}).")
  int bootstrap;

  @Mixin TableCsvJson output;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Also write sensitivity.csv, sensitivity.json, sobol-indices.png/.svg and manifest.json to DIR.")
  Path out;

  @Override
  public Integer call() {
    Sensitivity.Target t = Sensitivity.Target.parse(target);
    UncertaintyOptions.Target in = mc.compile(run);
    Sensitivity.Result r =
        Sensitivity.run(
            in.index(),
            t,
            samples,
            mc.seed,
            mc.threads(),
            Math.max(0, bootstrap),
            ProgressBar.of(spec.commandLine().getErr(), mc.quiet, "evaluations"));
    var w = spec.commandLine().getOut();
    switch (output.format) {
      case csv:
        w.print(SensitivityWriter.csv(r));
        break;
      case json:
        w.print(SensitivityWriter.json(r));
        break;
      default:
        w.println("Sobol indices of the " + t.label() + " (" + r.evaluations() + " evaluations)");
        w.println();
        w.print(SensitivityWriter.table(r));
    }
    w.flush();
    if (out != null) {
      OutDir.at(out)
          .text("sensitivity.csv", SensitivityWriter.csv(r))
          .text("sensitivity.json", SensitivityWriter.json(r))
          .chart(
              "sobol-indices",
              RobustnessCharts.sobolIndices(
                  t.label(), r.indices().factors(), r.indices().first(), r.indices().total()))
          .write(
              names ->
                  ResultWriter.manifest(
                      "aidx sensitivity",
                      spec.commandLine().getParseResult().originalArgs(),
                      in.files(),
                      in.index().framework(),
                      in.index().methodology(),
                      names),
              spec.commandLine().getErr());
    }
    return 0;
  }
}
