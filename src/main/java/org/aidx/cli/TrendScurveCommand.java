package org.aidx.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aidx.analysis.trend.CurveFamily;
import org.aidx.analysis.trend.Estimate;
import org.aidx.analysis.trend.SCurveFit;
import org.aidx.analysis.trend.SCurveFitter;
import org.aidx.analysis.trend.Series;
import org.aidx.input.InputFile;
import org.aidx.input.Inputs;
import org.aidx.input.TrendData;
import org.aidx.model.InputException;
import org.aidx.model.Problem;
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
    String csv = csv(fits);
    ObjectNode json = json(s, fits);
    switch (common.output.format) {
      case csv -> w.print(csv);
      case json -> w.print(TrendCommand.json(json));
      default -> table(w, s, fits);
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

  static String csv(List<SCurveFit> fits) {
    StringBuilder b =
        new StringBuilder(
            "family,saturation,rate,midpoint,knee1_year,knee1_share,knee2_year,knee2_share,aic,bic\n");
    for (SCurveFit f : fits) {
      b.append(
          String.join(
              ",",
              f.family().id(),
              TrendCommand.g(f.saturation().value()),
              TrendCommand.g(f.rate()),
              TrendCommand.g(f.midpoint().value()),
              TrendCommand.g(f.knee1().year().value()),
              TrendCommand.g(f.knee1().share().value()),
              TrendCommand.g(f.knee2().year().value()),
              TrendCommand.g(f.knee2().share().value()),
              TrendCommand.g(f.aic()),
              TrendCommand.g(f.bic())));
      b.append('\n');
    }
    return b.toString();
  }

  private static void table(PrintWriter w, Series s, List<SCurveFit> fits) {
    SCurveFit first = fits.get(0);
    w.printf(
        Locale.ROOT,
        "S-curve fits: %s [%s], %.0f–%.0f, %d points%n",
        s.name(),
        s.unit(),
        s.t(0),
        s.t(s.size() - 1),
        s.size());
    w.printf(
        Locale.ROOT,
        "95%% intervals from %d residual-bootstrap refits (seed %d). Families by AIC, best first.%n",
        first.bootstrapReps(),
        first.seed());
    for (SCurveFit f : fits) {
      w.println();
      w.printf(
          Locale.ROOT,
          "%s: AIC %.2f, BIC %.2f, SSE %.4g, %d free parameters, %d/%d refits used%n",
          f.family().id(),
          f.aic(),
          f.bic(),
          f.sse(),
          f.freeParameters(),
          f.bootstrapUsed(),
          f.bootstrapReps());
      for (Estimate e : f.parameters()) {
        boolean fixed = e.name().equals("saturation") && f.saturationFixed();
        w.printf(
            Locale.ROOT,
            "  %-13s %s%n",
            e.name(),
            fixed ? TrendCommand.f(e.value(), 2) + " (fixed)" : est(e));
      }
      if (f.family() == CurveFamily.BASS) {
        w.printf(Locale.ROOT, "  %-13s %s%n", "midpoint", est(f.midpoint()));
      }
      knee(w, "knee 1", f.knee1(), f.firstAdoption());
      knee(w, "knee 2", f.knee2(), f.firstAdoption());
      w.printf(Locale.ROOT, "  stage at %.0f: %s%n", f.lastYear(), f.stage().label());
      if (!f.forecast().isEmpty()) {
        StringBuilder fc = new StringBuilder();
        int size = f.forecast().size();
        int step = Math.max(1, (int) Math.ceil(size / 5.0));
        for (int i = 0; i < size; i++) {
          if ((i + 1) % step != 0 && i != size - 1) {
            continue;
          }
          SCurveFit.Forecast p = f.forecast().get(i);
          if (fc.length() > 0) {
            fc.append("; ");
          }
          fc.append(
              String.format(
                  Locale.ROOT,
                  "%.0f: %s [%s, %s]",
                  p.year(),
                  TrendCommand.f(p.value(), 1),
                  TrendCommand.f(p.lo(), 1),
                  TrendCommand.f(p.hi(), 1)));
        }
        w.println("  forecast: " + fc);
      }
      for (String n : f.notes()) {
        w.println("  note: " + n);
      }
    }
  }

  private static void knee(PrintWriter w, String label, SCurveFit.Knee k, double first) {
    if (Double.isNaN(k.year().value())) {
      w.printf(Locale.ROOT, "  %-13s none (it would fall before the launch)%n", label);
      return;
    }
    w.printf(
        Locale.ROOT,
        "  %-13s %s at %s [%s, %s], %.1f years after first adoption (%.0f)%n",
        label,
        est(k.year()),
        TrendCommand.f(k.share().value(), 2),
        TrendCommand.f(k.share().lo(), 2),
        TrendCommand.f(k.share().hi(), 2),
        k.yearsSinceFirstAdoption(),
        first);
  }

  private static String est(Estimate e) {
    int d = Math.abs(e.value()) >= 100 ? 2 : 4;
    return TrendCommand.f(e.value(), d)
        + (Double.isNaN(e.lo())
            ? ""
            : " [" + TrendCommand.f(e.lo(), d) + ", " + TrendCommand.f(e.hi(), d) + "]");
  }

  static ObjectNode json(Series s, List<SCurveFit> fits) {
    ObjectNode root = TrendCommand.JSON.createObjectNode();
    root.put("series", s.name());
    root.put("unit", s.unit());
    ArrayNode pts = root.putArray("observations");
    for (int i = 0; i < s.size(); i++) {
      pts.addArray().add(s.t(i)).add(s.y(i));
    }
    ArrayNode arr = root.putArray("fits");
    for (SCurveFit f : fits) {
      ObjectNode o = arr.addObject();
      o.put("family", f.family().id());
      o.put("n", f.n());
      o.put("free_parameters", f.freeParameters());
      o.put("saturation_fixed", f.saturationFixed());
      ObjectNode ps = o.putObject("parameters");
      for (Estimate e : f.parameters()) {
        est(ps.putObject(e.name()), e);
      }
      TrendCommand.put(o, "rate", f.rate());
      TrendCommand.put(o, "sse", f.sse());
      TrendCommand.put(o, "aic", f.aic());
      TrendCommand.put(o, "bic", f.bic());
      est(o.putObject("midpoint"), f.midpoint());
      for (var k : Map.of("knee1", f.knee1(), "knee2", f.knee2()).entrySet()) {
        ObjectNode ko = o.putObject(k.getKey());
        est(ko.putObject("year"), k.getValue().year());
        est(ko.putObject("share"), k.getValue().share());
        TrendCommand.put(ko, "years_since_first_adoption", k.getValue().yearsSinceFirstAdoption());
      }
      TrendCommand.put(o, "first_adoption", f.firstAdoption());
      o.put("stage", f.stage().label());
      ArrayNode fc = o.putArray("forecast");
      for (SCurveFit.Forecast p : f.forecast()) {
        ObjectNode po = fc.addObject();
        TrendCommand.put(po, "year", p.year());
        TrendCommand.put(po, "value", p.value());
        TrendCommand.put(po, "lo", p.lo());
        TrendCommand.put(po, "hi", p.hi());
      }
      o.put("bootstrap_replicates", f.bootstrapReps());
      o.put("bootstrap_used", f.bootstrapUsed());
      o.put("seed", f.seed());
      ArrayNode notes = o.putArray("notes");
      f.notes().forEach(notes::add);
    }
    return root;
  }

  private static void est(ObjectNode o, Estimate e) {
    TrendCommand.put(o, "value", e.value());
    TrendCommand.put(o, "lo", e.lo());
    TrendCommand.put(o, "hi", e.hi());
  }
}
