package org.aidx.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aidx.analysis.trend.Accelerator;
import org.aidx.analysis.trend.AiModel;
import org.aidx.analysis.trend.DecimalYear;
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
    String csv = csv(fit);
    ObjectNode json = json(what, rule, fit);
    switch (common.output.format) {
      case csv -> w.print(csv);
      case json -> w.print(TrendCommand.json(json));
      default -> table(w, what, rule, fit);
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

  String csv(GrowthFit fit) {
    StringBuilder b =
        new StringBuilder(
            decline()
                ? "segment,start,end,n,halving_months,halving_lo,halving_hi,annual_decline,decline_lo,decline_hi\n"
                : "segment,start,end,n,doubling_months,doubling_lo,doubling_hi,per_year_factor\n");
    for (GrowthFit.Segment s : fit.segments()) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(s.number()));
      row.add(DecimalYear.month(s.start()));
      row.add(DecimalYear.month(s.end()));
      row.add(Integer.toString(s.n()));
      if (decline()) {
        row.add(TrendCommand.g(s.halvingMonths()));
        row.add(TrendCommand.g(s.halvingInterval()[0]));
        row.add(TrendCommand.g(s.halvingInterval()[1]));
        row.add(TrendCommand.g(s.annualDecline()));
        row.add(TrendCommand.g(s.annualDeclineInterval()[0]));
        row.add(TrendCommand.g(s.annualDeclineInterval()[1]));
      } else {
        row.add(TrendCommand.g(s.doublingMonths()));
        row.add(TrendCommand.g(s.doublingInterval()[0]));
        row.add(TrendCommand.g(s.doublingInterval()[1]));
        row.add(TrendCommand.g(s.perYearFactor()));
      }
      b.append(String.join(",", row)).append('\n');
    }
    return b.toString();
  }

  void table(PrintWriter w, String what, Frontier rule, GrowthFit fit) {
    w.printf(
        Locale.ROOT,
        "%s: %s, frontier %s, %d points%n",
        decline() ? "Decline" : "Growth",
        what,
        rule,
        fit.n());
    w.printf(
        Locale.ROOT,
        "Log-linear fit of log10(value) on date; breaks tested up to %d (segments ≥ %d points),"
            + " chosen by BIC:%n",
        maxBreaks,
        fit.minSegment());
    for (GrowthFit.Candidate c : fit.candidates()) {
      w.printf(
          Locale.ROOT,
          "  %d break(s)%s: BIC %.2f%s%n",
          c.breaks(),
          c.breakDates().isEmpty()
              ? ""
              : " at "
                  + String.join(", ", c.breakDates().stream().map(DecimalYear::month).toList()),
          c.bic(),
          c.breaks() == fit.breaks() ? "   <- chosen" : "");
    }
    for (var b : fit.breakIntervals()) {
      w.printf(
          Locale.ROOT,
          "  %s: %s, 95%% interval [%s, %s]%n",
          b.name().replace('_', ' '),
          DecimalYear.month(b.value()),
          Double.isFinite(b.lo()) ? DecimalYear.month(b.lo()) : "–",
          Double.isFinite(b.hi()) ? DecimalYear.month(b.hi()) : "–");
    }
    w.printf(
        Locale.ROOT,
        "95%% intervals from %d pairs-bootstrap refits (seed %d).%n%n",
        fit.bootstrapReps(),
        fit.seed());
    if (decline()) {
      w.printf(
          Locale.ROOT,
          "%-3s %-8s %-8s %5s  %-26s %-28s %s%n",
          "seg",
          "start",
          "end",
          "n",
          "halving, months [95% CI]",
          "decline per year [95% CI]",
          "OOM/year");
    } else {
      w.printf(
          Locale.ROOT,
          "%-3s %-8s %-8s %5s  %-27s %-9s %s%n",
          "seg",
          "start",
          "end",
          "n",
          "doubling, months [95% CI]",
          "×/year",
          "OOM/year [95% CI]");
    }
    for (GrowthFit.Segment s : fit.segments()) {
      if (decline()) {
        w.printf(
            Locale.ROOT,
            "%-3d %-8s %-8s %5d  %-26s %-28s %s%n",
            s.number(),
            DecimalYear.month(s.start()),
            DecimalYear.month(s.end()),
            s.n(),
            TrendCommand.f(s.halvingMonths(), 1)
                + " ["
                + TrendCommand.f(s.halvingInterval()[0], 1)
                + ", "
                + TrendCommand.f(s.halvingInterval()[1], 1)
                + "]",
            pct(s.annualDecline())
                + " ["
                + pct(s.annualDeclineInterval()[0])
                + ", "
                + pct(s.annualDeclineInterval()[1])
                + "]",
            TrendCommand.f(s.slope().value(), 3));
      } else {
        w.printf(
            Locale.ROOT,
            "%-3d %-8s %-8s %5d  %-27s %-9s %s [%s, %s]%n",
            s.number(),
            DecimalYear.month(s.start()),
            DecimalYear.month(s.end()),
            s.n(),
            TrendCommand.f(s.doublingMonths(), 1)
                + " ["
                + TrendCommand.f(s.doublingInterval()[0], 1)
                + ", "
                + TrendCommand.f(s.doublingInterval()[1], 1)
                + "]",
            TrendCommand.f(s.perYearFactor(), 2),
            TrendCommand.f(s.slope().value(), 3),
            TrendCommand.f(s.slope().lo(), 3),
            TrendCommand.f(s.slope().hi(), 3));
      }
    }
    for (GrowthFit.Segment s : fit.segments()) {
      if (decline() && s.slope().value() >= 0) {
        w.printf(
            Locale.ROOT,
            "note: segment %d rises (%.3f OOM/year): it is not a decline%n",
            s.number(),
            s.slope().value());
      }
      if (!decline() && s.slope().value() <= 0) {
        w.printf(
            Locale.ROOT,
            "note: segment %d falls (%.3f OOM/year): no doubling time; see 'aidx trend decline'%n",
            s.number(),
            s.slope().value());
      }
    }
    for (String n : fit.notes()) {
      w.println("note: " + n);
    }
  }

  private static String pct(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : "–";
  }

  ObjectNode json(String what, Frontier rule, GrowthFit fit) {
    ObjectNode root = TrendCommand.JSON.createObjectNode();
    root.put("quantity", what);
    root.put("unit", fit.unit());
    root.put("frontier", rule.toString());
    root.put("n", fit.n());
    root.put("breaks", fit.breaks());
    ArrayNode bd = root.putArray("break_dates");
    for (var b : fit.breakIntervals()) {
      ObjectNode o = bd.addObject();
      o.put("date", DecimalYear.month(b.value()));
      TrendCommand.put(o, "decimal_year", b.value());
      o.put("lo", Double.isFinite(b.lo()) ? DecimalYear.month(b.lo()) : null);
      o.put("hi", Double.isFinite(b.hi()) ? DecimalYear.month(b.hi()) : null);
    }
    ArrayNode cands = root.putArray("candidates");
    for (GrowthFit.Candidate c : fit.candidates()) {
      ObjectNode o = cands.addObject();
      o.put("breaks", c.breaks());
      TrendCommand.put(o, "sse", c.sse());
      TrendCommand.put(o, "bic", c.bic());
      ArrayNode ds = o.putArray("break_dates");
      c.breakDates().forEach(d -> ds.add(DecimalYear.month(d)));
    }
    ArrayNode segs = root.putArray("segments");
    for (GrowthFit.Segment s : fit.segments()) {
      ObjectNode o = segs.addObject();
      o.put("segment", s.number());
      o.put("start", DecimalYear.month(s.start()));
      o.put("end", DecimalYear.month(s.end()));
      o.put("n", s.n());
      TrendCommand.put(o, "oom_per_year", s.slope().value());
      TrendCommand.put(o, "oom_per_year_lo", s.slope().lo());
      TrendCommand.put(o, "oom_per_year_hi", s.slope().hi());
      TrendCommand.put(o, "per_year_factor", s.perYearFactor());
      TrendCommand.put(o, "doubling_months", s.doublingMonths());
      TrendCommand.put(o, "doubling_lo", s.doublingInterval()[0]);
      TrendCommand.put(o, "doubling_hi", s.doublingInterval()[1]);
      TrendCommand.put(o, "halving_months", s.halvingMonths());
      TrendCommand.put(o, "halving_lo", s.halvingInterval()[0]);
      TrendCommand.put(o, "halving_hi", s.halvingInterval()[1]);
      TrendCommand.put(o, "annual_decline", s.annualDecline());
      TrendCommand.put(o, "intercept_log10", s.intercept());
    }
    root.put("bootstrap_replicates", fit.bootstrapReps());
    root.put("seed", fit.seed());
    ArrayNode notes = root.putArray("notes");
    fit.notes().forEach(notes::add);
    return root;
  }
}
