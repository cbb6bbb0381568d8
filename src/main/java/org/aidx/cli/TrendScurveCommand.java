package org.aidx.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.aidx.analysis.trend.CurveFamily;
import org.aidx.analysis.trend.SCurveFit;
import org.aidx.analysis.trend.SCurveFitter;
import org.aidx.analysis.trend.Series;
import org.aidx.input.InputFile;
import org.aidx.input.Inputs;
import org.aidx.input.TrendData;
import org.aidx.model.InputException;
import org.aidx.model.Problem;
import org.aidx.report.trend.SCurveWriter;
import org.aidx.report.trend.TrendCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aidx trend scurve}: logistic, Gompertz and Bass fits with knees and stage. */
@Command(
    name = "scurve",
    header = "Fit logistic, Gompertz and Bass S-curves: knees, stage, forecast.",
    mixinStandardHelpOptions = true,
    description = {
      "Fit S-curves (logistic, Gompertz, Bass) to a cumulative adoption series by "
          + "nonlinear least squares with automatic starting values.",
      "Reports each parameter with a 95%% bootstrap interval (residual bootstrap, "
          + "seeded), AIC and BIC, the midpoint, both knees (extrema of the second "
          + "derivative: logistic t0 ± ln(2+√3)/r at 21%% and 79%% of saturation; Gompertz t0 "
          + "± 0.962/r at 7%% and 68%%; Bass at its logistic's knees) with the share and the "
          + "years since first adoption, the stage at the last observation, and a forecast "
          + "with 95%% prediction intervals.",
      ""
    },
    footer = {
      "",
      "csv: family,saturation,rate,midpoint,knee1_year,knee1_share,knee2_year,knee2_share,aic,bic",
      "(shares in the series' own unit; rate is r, or p+q for Bass). Families that fail are reported",
      "on stderr; the command fails (exit 2) only when no family fits.",
      "Shipped series: 45 US technologies (Comin & Hobijn via OWID) and AI adoption series;",
      "list them with --list. Your own file: a CSV with series/entity, year (or date) and value columns."
    })
final class TrendScurveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin TrendCommand.Common common;

  @Option(
      names = "--technology",
      paramLabel = "NAME",
      description = "A shipped series (default: Electric power).")
  String technology;

  @Option(names = "--data", paramLabel = "FILE", description = "Your own adoption series (CSV).")
  Path data;

  @Option(names = "--series", paramLabel = "NAME", description = "The series in --data.")
  String series;

  @Option(
      names = "--family",
      paramLabel = "FAMILY",
      defaultValue = "all",
      description = "logistic | gompertz | bass | all (default: ${DEFAULT-VALUE}).")
  String family;

  @Option(
      names = "--saturation",
      paramLabel = "LEVEL",
      description = "Fix the saturation level (e.g. 100 for percent); default: fitted.")
  Double saturation;

  @Option(
      names = "--horizon",
      paramLabel = "YEARS",
      defaultValue = "10",
      description = "Forecast this many years past the last point (default: ${DEFAULT-VALUE}).")
  double horizon;

  @Option(names = "--list", description = "List the shipped series and exit.")
  boolean list;

  @Override
  public Integer call() {
    PrintWriter w = spec.commandLine().getOut();
    if (list) {
      for (Series s : TrendData.technologies().values()) {
        w.printf(
            Locale.ROOT,
            "%-55s %4.0f–%4.0f  %3d points%n",
            s.name(),
            s.t(0),
            s.t(s.size() - 1),
            s.size());
      }
      w.flush();
      return 0;
    }
    if (data != null && technology != null) {
      throw new InputException(
          "--data and --technology", "both given", "use one: a shipped series or your file");
    }
    if (series != null && data == null) {
      throw new InputException(
          "--series '" + series + "'",
          "picks a series inside --data FILE, but no file was given",
          "add --data FILE, or use --technology NAME for a shipped series");
    }
    Series s;
    List<InputFile> inputs = new ArrayList<>();
    if (data != null) {
      s = TrendData.userSeries(data, series);
      inputs.add(InputFile.of("data", data.toString(), Inputs.bytes(data)));
    } else {
      String name = technology == null ? "Electric power" : technology;
      s = TrendData.technology(name);
      inputs.add(TrendData.embedded("data", TrendData.resourceOf(s.name())));
    }
    List<CurveFamily> families =
        family.equalsIgnoreCase("all")
            ? List.of(CurveFamily.values())
            : List.of(CurveFamily.parse(family));
    List<SCurveFit> fits = new ArrayList<>();
    List<Problem> failures = new ArrayList<>();
    for (CurveFamily f : families) {
      SCurveFitter fitter =
          SCurveFitter.of(f).withBootstrap(common.bootstrap, common.seed).withHorizon(horizon);
      if (saturation != null) {
        fitter = fitter.withSaturation(saturation);
      }
      try {
        fits.add(fitter.fit(s));
      } catch (InputException e) {
        if (families.size() == 1) {
          throw e;
        }
        failures.addAll(e.problems());
      }
    }
    if (fits.isEmpty()) {
      throw new InputException(failures);
    }
    fits.sort(Comparator.comparingDouble(SCurveFit::aic));
    for (Problem p : failures) {
      spec.commandLine().getErr().println("aidx: not shown: " + p);
    }
    String csv = SCurveWriter.csv(fits);
    ObjectNode json = SCurveWriter.json(s, fits);
    switch (common.output.format) {
      case csv -> w.print(csv);
      case json -> w.print(TrendCommand.json(json));
      default -> SCurveWriter.table(w, s, fits);
    }
    w.flush();
    if (common.out != null) {
      TrendCommand.writeOut(
          spec,
          common.out,
          "scurve",
          csv,
          json,
          TrendCharts.scurve(s, fits),
          inputs,
          TrendCommand.settings(
              "method",
              "nonlinear least squares (Levenberg–Marquardt), residual bootstrap",
              "families",
              family,
              "saturation",
              saturation == null ? "fitted" : saturation,
              "bootstrap",
              common.bootstrap,
              "seed",
              common.seed,
              "horizon_years",
              horizon));
    }
    return 0;
  }
}
