package org.aidx.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aidx.analysis.trend.Accelerator;
import org.aidx.analysis.trend.AiModel;
import org.aidx.analysis.trend.Frontier;
import org.aidx.analysis.trend.GrowthFit;
import org.aidx.analysis.trend.ModelMetric;
import org.aidx.analysis.trend.Precision;
import org.aidx.analysis.trend.SegmentedTrend;
import org.aidx.analysis.trend.Series;
import org.aidx.input.InputFile;
import org.aidx.input.Inputs;
import org.aidx.input.TrendData;
import org.aidx.model.InputException;
import org.aidx.report.trend.GrowthWriter;
import org.aidx.report.trend.TrendCharts;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code trend growth} and {@code trend decline} share: pick a dated quantity, select the
 * frontier, fit a segmented log-linear trend and report per-segment rates.
 */
abstract class TrendRates {
  @Spec CommandSpec spec;
  @Mixin TrendCommand.Common common;

  @Option(
      names = "--frontier",
      paramLabel = "RULE",
      defaultValue = "all",
      description =
          "all | top-n:K (K largest per year) | residual[:Z] (Z residual SDs above the overall"
              + " trend, default 1) (default: ${DEFAULT-VALUE}).")
  String frontier;

  @Option(
      names = "--max-breaks",
      paramLabel = "N",
      defaultValue = "2",
      description = "Largest number of breaks to test, 0–5 (default: ${DEFAULT-VALUE}).")
  int maxBreaks;

  @Option(
      names = "--min-segment",
      paramLabel = "POINTS",
      defaultValue = "10",
      description = "Fewest points in a segment (default: ${DEFAULT-VALUE}).")
  int minSegment;

  @Option(names = "--from", paramLabel = "DATE", description = "Only points on or after DATE.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only points on or before DATE.")
  String to;

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description = "Your own CSV instead of the shipped data (with --date and --value).")
  Path data;

  @Option(names = "--date", paramLabel = "COL", description = "Date column of --data.")
  String dateColumn;

  @Option(names = "--value", paramLabel = "COL", description = "Value column of --data.")
  String valueColumn;

  abstract boolean decline();

  abstract String metricId();

  Precision precision() {
    return Precision.FP32;
  }

  Integer execute() {
    if (data == null && (dateColumn != null || valueColumn != null)) {
      throw new InputException(
          dateColumn != null ? "--date" : "--value",
          "names a column of --data FILE, but no file was given",
          "add --data FILE, or drop the option to use the shipped data");
    }
    List<InputFile> inputs = new ArrayList<>();
    Series all;
    String what;
    if (data != null) {
      all = TrendData.userDated(data, dateColumn, valueColumn);
      inputs.add(InputFile.of("data", data.toString(), Inputs.bytes(data)));
      what = all.name() + " from " + data;
    } else if (metricId().equalsIgnoreCase("hardware_price_per_flops")) {
      all = hardwarePrice(precision());
      inputs.add(TrendData.embedded("hardware", TrendData.HARDWARE));
      what = all.name();
    } else {
      ModelMetric m = ModelMetric.parse(metricId());
      all = modelSeries(m);
      inputs.add(TrendData.embedded("models", TrendData.MODELS));
      what = m.id() + " of Epoch AI notable models";
    }
    double lo = from == null ? Double.NEGATIVE_INFINITY : TrendCommand.date("--from", from);
    double hi = to == null ? Double.POSITIVE_INFINITY : TrendCommand.date("--to", to);
    Series ranged = all.between(lo, hi);
    Frontier rule = Frontier.parse(frontier);
    Series used = ranged.size() == 0 ? ranged : rule.select(ranged);
    GrowthFit fit =
        SegmentedTrend.of(maxBreaks)
            .withMinSegment(minSegment)
            .withBootstrap(common.bootstrap, common.seed)
            .fit(used);
    PrintWriter w = spec.commandLine().getOut();
    String csv = GrowthWriter.csv(decline(), fit);
    ObjectNode json = GrowthWriter.json(what, rule, fit);
    switch (common.output.format) {
      case csv -> w.print(csv);
      case json -> w.print(TrendCommand.json(json));
      default -> GrowthWriter.table(w, decline(), maxBreaks, what, rule, fit);
    }
    w.flush();
    if (common.out != null) {
      TrendCommand.writeOut(
          spec,
          common.out,
          decline() ? "decline" : "growth",
          csv,
          json,
          TrendCharts.growth(
              (decline() ? "Decline: " : "Growth: ") + what + " (frontier " + rule + ")",
              ranged,
              used,
              fit),
          inputs,
          TrendCommand.settings(
              "method",
              "segmented OLS of log10(value) on date; breaks by exact search, number by BIC;"
                  + " pairs bootstrap per segment",
              "metric",
              data != null ? valueColumn : metricId(),
              "frontier",
              rule,
              "max_breaks",
              maxBreaks,
              "min_segment",
              minSegment,
              "from",
              from == null ? "" : from,
              "to",
              to == null ? "" : to,
              "bootstrap",
              common.bootstrap,
              "seed",
              common.seed));
    }
    return 0;
  }

  /** Models with a positive value of the metric, by date. */
  static Series modelSeries(ModelMetric m) {
    List<double[]> pts = new ArrayList<>();
    for (AiModel a : TrendData.models()) {
      double v = m.value(a);
      if (v > 0 && Double.isFinite(v)) {
        pts.add(new double[] {a.date(), v});
      }
    }
    if (pts.isEmpty()) {
      throw new InputException(
          "--metric " + m.id(), "no model in the shipped data has this value", "pick another");
    }
    return Series.of(
        m.id(),
        m.unit(),
        pts.stream().mapToDouble(p -> p[0]).toArray(),
        pts.stream().mapToDouble(p -> p[1]).toArray());
  }

  /** Release price per FLOP/s of accelerators with both, by release date. */
  static Series hardwarePrice(Precision p) {
    List<double[]> pts = new ArrayList<>();
    for (Accelerator a : TrendData.hardware()) {
      double f = a.flops(p);
      if (a.priceUsd() > 0 && f > 0 && Double.isFinite(a.releaseDate())) {
        pts.add(new double[] {a.releaseDate(), a.priceUsd() / f});
      }
    }
    pts.sort(java.util.Comparator.comparingDouble(x -> x[0]));
    if (pts.isEmpty()) {
      throw new InputException(
          "--precision " + p.id(),
          "no accelerator in the shipped data has both a release price and " + p.id() + " FLOP/s",
          "use --precision fp32");
    }
    return Series.of(
        "hardware price per " + p.id() + " FLOP/s (Epoch ML hardware, release price)",
        "USD per FLOP/s (release price; base year not stated by source)",
        pts.stream().mapToDouble(x -> x[0]).toArray(),
        pts.stream().mapToDouble(x -> x[1]).toArray());
  }
}
