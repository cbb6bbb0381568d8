package org.aidx.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.aidx.analysis.trend.AiModel;
import org.aidx.analysis.trend.Estimate;
import org.aidx.analysis.trend.ModelMetric;
import org.aidx.analysis.trend.PowerLaw;
import org.aidx.analysis.trend.PowerLawFit;
import org.aidx.input.InputFile;
import org.aidx.input.Inputs;
import org.aidx.input.TrendData;
import org.aidx.model.InputException;
import org.aidx.report.trend.ScalingWriter;
import org.aidx.report.trend.TrendCells;
import org.aidx.report.trend.TrendCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aidx trend scaling}: power-law fits y = a·x^b (+ c). */
@Command(
    name = "scaling",
    header = "Power-law fit y = a·x^b (+ c) in log space, with intervals.",
    mixinStandardHelpOptions = true,
    description = {
      "Fit a power law y = a·x^b (+ c) in log space, with 95%% pairs-bootstrap intervals.",
      "y = a·x^b by ordinary least squares of ln y on ln x; with --irreducible, y = a·x^b + c "
          + "(c > 0, e.g. a loss floor) by nonlinear least squares on ln y. Default: training "
          + "compute against parameters of Epoch AI's notable models (models with both values).",
      ""
    },
    footer = {
      "",
      "Model quantities for --x/--y: training_compute, parameters, training_dataset_size,",
      "training_cost. With --data FILE, --x and --y name columns of your CSV.",
      "csv: x,y,n,a,a_lo,a_hi,b,b_lo,b_hi,c,c_lo,c_hi,r2_log"
    })
final class TrendScalingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin TrendCommand.Common common;

  @Option(names = "--x", paramLabel = "X", defaultValue = "parameters", description = "Predictor.")
  String x;

  @Option(
      names = "--y",
      paramLabel = "Y",
      defaultValue = "training_compute",
      description = "Response.")
  String y;

  @Option(names = "--irreducible", description = "Add an irreducible term c.")
  boolean irreducible;

  @Option(names = "--data", paramLabel = "FILE", description = "Your own CSV.")
  Path data;

  @Option(names = "--from", paramLabel = "DATE", description = "Models published on or after.")
  String from;

  @Override
  public Integer call() {
    double[][] xy;
    List<InputFile> inputs = new ArrayList<>();
    if (data != null) {
      if (from != null) {
        throw new InputException(
            "--from", "filters the shipped models by date; it does not apply to --data", "drop it");
      }
      xy = TrendData.userPairs(data, x, y);
      inputs.add(InputFile.of("data", data.toString(), Inputs.bytes(data)));
    } else {
      ModelMetric mx = ModelMetric.parse(x);
      ModelMetric my = ModelMetric.parse(y);
      double lo = from == null ? Double.NEGATIVE_INFINITY : TrendCommand.date("--from", from);
      List<double[]> pts = new ArrayList<>();
      for (AiModel m : TrendData.models()) {
        double a = mx.value(m);
        double b = my.value(m);
        if (m.date() >= lo && Double.isFinite(a) && Double.isFinite(b)) {
          pts.add(new double[] {a, b});
        }
      }
      xy =
          new double[][] {
            pts.stream().mapToDouble(p -> p[0]).toArray(),
            pts.stream().mapToDouble(p -> p[1]).toArray()
          };
      inputs.add(TrendData.embedded("models", TrendData.MODELS));
    }
    PowerLawFit fit =
        PowerLaw.of()
            .withIrreducible(irreducible)
            .withBootstrap(common.bootstrap, common.seed)
            .fit(x, y, xy[0], xy[1]);
    String csv = ScalingWriter.csv(fit);
    ObjectNode json = ScalingWriter.json(fit);
    PrintWriter w = spec.commandLine().getOut();
    switch (common.output.format) {
      case csv -> w.print(csv);
      case json -> w.print(TrendCommand.json(json));
      default -> {
        w.printf(
            Locale.ROOT,
            "Power law %s = a·%s^b%s, fitted in log space on %d points%s%n",
            y,
            x,
            irreducible ? " + c" : "",
            fit.n(),
            data == null ? " (Epoch AI notable models with both values)" : " from " + data);
        w.printf(
            Locale.ROOT,
            "95%% intervals from %d pairs-bootstrap refits (seed %d), %d used.%n%n",
            fit.bootstrapReps(),
            fit.seed(),
            fit.bootstrapUsed());
        for (Estimate e :
            irreducible ? List.of(fit.a(), fit.b(), fit.c()) : List.of(fit.a(), fit.b())) {
          w.printf(
              Locale.ROOT,
              "  %-2s %s [%s, %s]%n",
              e.name(),
              TrendCells.g(e.value()),
              TrendCells.g(e.lo()),
              TrendCells.g(e.hi()));
        }
        w.printf(
            Locale.ROOT,
            "  R² (log space) %.3f, residual SD %.3f (natural log)%n",
            fit.r2(),
            fit.residualSd());
        fit.notes().forEach(n -> w.println("note: " + n));
      }
    }
    w.flush();
    if (common.out != null) {
      TrendCommand.writeOut(
          spec,
          common.out,
          "scaling",
          csv,
          json,
          TrendCharts.scaling(xy[0], xy[1], fit),
          inputs,
          TrendCommand.settings(
              "method",
              irreducible
                  ? "y = a·x^b + c by Levenberg–Marquardt on ln y"
                  : "y = a·x^b by OLS of ln y on ln x",
              "x",
              x,
              "y",
              y,
              "from",
              from == null ? "" : from,
              "bootstrap",
              common.bootstrap,
              "seed",
              common.seed));
    }
    return 0;
  }
}
