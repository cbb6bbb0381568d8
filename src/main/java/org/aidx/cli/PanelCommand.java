package org.aidx.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.aidx.analysis.panel.CatchingUp;
import org.aidx.analysis.panel.Panel;
import org.aidx.model.InputException;
import org.aidx.output.Manifest;
import org.aidx.report.ResultWriter;
import org.aidx.report.panel.PanelCharts;
import org.aidx.report.panel.PanelWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aidx panel}: the index year by year, and who is catching up. */
@Command(
    name = "panel",
    header = "The index for every year of a range, and who is catching up with the reference.",
    mixinStandardHelpOptions = true,
    description = {
      "One index per year from --from to --to. Year Y is exactly 'aidx index --year Y --max-age A --exclude-stale':",
      "each value is the latest at or before Y and at most A years old (default 3), flagged when carried",
      "forward from an earlier year; an older value is missing and handled by --impute. Normalisation",
      "and aggregation are applied year by year. Then, per economy, the average annual change of its",
      "index relative to the reference over the range, with a 90%% interval from the Monte Carlo over",
      "the weights and imputation (run on the first and last year), and the years to close the",
      "gap at that pace. When indicators arrive or leave between the first and last year, the verdict",
      "comes from a like-for-like reading: the same rule on the index restricted to the indicators",
      "every economy has in both years or in neither (nodes left without one are dropped); the",
      "all-indicators rate follows, with the indicators arriving and leaving.",
      ""
    },
    footer = {
      "",
      "csv columns: year,iso3,name,rank,tier,index,<layers and dimensions>,indicators,present,",
      "carried_forward,coverage,low_coverage. With --out DIR: panel.csv, panel.json, catching-up.csv",
      "(like_for_like_* columns first, then all indicators, indicators_arrived, indicators_left),",
      "panel-index.png/.svg (index over time), panel-ranks.png/.svg (bump chart), panel-gap.png/.svg",
      "(gap to the reference over time, --economies) and manifest.json, written atomically.",
      "",
      "Examples:",
      "  aidx panel --from 2020 --to 2024",
      "  aidx panel --max-age 2 --format csv",
      "  aidx panel --data my-series.csv --framework my.yaml --out runs/panel --economies CHN,JPN"
    })
final class PanelCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions run;
  @Mixin PanelOptions panel;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table | csv | json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = org.aidx.analysis.uncertainty.Uncertainty.DEFAULT_RUNS_TEXT,
      description =
          "Monte Carlo replications per end year for the catching-up interval; 0 for none (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Seed of the Monte Carlo sampler (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--economies",
      paramLabel = "ISO3,...",
      split = ",",
      description = "Economies of the gap chart (default: all).")
  List<String> economies = new ArrayList<>();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Also write the panel, catching-up table, charts and manifest.json to DIR.")
  Path out;

  enum Format {
    table,
    csv,
    json
  }

  @Override
  public Integer call() {
    if (runs < 0) {
      throw new InputException(
          "--runs " + runs, "the number of replications cannot be negative", "pass --runs 1000");
    }
    Panel p = panel.build(run);
    for (String e : economies) {
      p.at(p.to()).requireEconomy(e);
    }
    CatchingUp c = CatchingUp.measure(p, runs, seed, Runtime.getRuntime().availableProcessors());
    var w = spec.commandLine().getOut();
    switch (format) {
      case csv -> w.print(PanelWriter.csv(p));
      case json -> w.print(PanelWriter.json(p, c));
      default -> w.print(PanelWriter.table(p, c));
    }
    w.flush();
    if (out != null) {
      var args = spec.commandLine().getParseResult().originalArgs();
      OutDir.at(out)
          .text("panel.csv", PanelWriter.csv(p))
          .text("panel.json", PanelWriter.json(p, c))
          .text("catching-up.csv", PanelWriter.catchingUpCsv(c))
          .chart("panel-index", PanelCharts.index(p))
          .chart("panel-ranks", PanelCharts.ranks(p))
          .chart("panel-gap", PanelCharts.gap(p, economies))
          .write(
              names ->
                  Manifest.with(
                      ResultWriter.manifest(
                          "aidx panel",
                          args,
                          run.inputs().files(),
                          p.framework(),
                          p.methodologyFor(p.to()),
                          names),
                      "panel",
                      java.util.Map.of(
                          "from", p.from(),
                          "to", p.to(),
                          "max_age", p.rule().maxAge(),
                          "min_coverage", p.rule().minCoverage(),
                          "runs", runs,
                          "seed", seed)),
              spec.commandLine().getErr());
    }
    return 0;
  }
}
