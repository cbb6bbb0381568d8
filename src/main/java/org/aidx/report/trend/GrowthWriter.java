package org.aidx.report.trend;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aidx.analysis.trend.DecimalYear;
import org.aidx.analysis.trend.Frontier;
import org.aidx.analysis.trend.GrowthFit;
import org.aidx.output.Cells;

/**
 * Renders a segmented growth or decline fit ({@code aidx trend growth}, {@code aidx trend decline})
 * as CSV, JSON and a text table: doubling or halving times per segment, with the breaks and the
 * candidates compared by BIC.
 */
public final class GrowthWriter {
  private GrowthWriter() {}

  public static String csv(boolean decline, GrowthFit fit) {
    StringBuilder b =
        new StringBuilder(
            decline
                ? "segment,start,end,n,halving_months,halving_lo,halving_hi,annual_decline,decline_lo,decline_hi\n"
                : "segment,start,end,n,doubling_months,doubling_lo,doubling_hi,per_year_factor\n");
    for (GrowthFit.Segment s : fit.segments()) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(s.number()));
      row.add(DecimalYear.month(s.start()));
      row.add(DecimalYear.month(s.end()));
      row.add(Integer.toString(s.n()));
      if (decline) {
        row.add(TrendCells.g(s.halvingMonths()));
        row.add(TrendCells.g(s.halvingInterval()[0]));
        row.add(TrendCells.g(s.halvingInterval()[1]));
        row.add(TrendCells.g(s.annualDecline()));
        row.add(TrendCells.g(s.annualDeclineInterval()[0]));
        row.add(TrendCells.g(s.annualDeclineInterval()[1]));
      } else {
        row.add(TrendCells.g(s.doublingMonths()));
        row.add(TrendCells.g(s.doublingInterval()[0]));
        row.add(TrendCells.g(s.doublingInterval()[1]));
        row.add(TrendCells.g(s.perYearFactor()));
      }
      b.append(String.join(",", row)).append('\n');
    }
    return b.toString();
  }

  public static void table(
      PrintWriter w, boolean decline, int maxBreaks, String what, Frontier rule, GrowthFit fit) {
    w.printf(
        Locale.ROOT,
        "%s: %s, frontier %s, %d points%n",
        decline ? "Decline" : "Growth",
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
    if (decline) {
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
      if (decline) {
        w.printf(
            Locale.ROOT,
            "%-3d %-8s %-8s %5d  %-26s %-28s %s%n",
            s.number(),
            DecimalYear.month(s.start()),
            DecimalYear.month(s.end()),
            s.n(),
            TrendCells.f(s.halvingMonths(), 1)
                + " ["
                + TrendCells.f(s.halvingInterval()[0], 1)
                + ", "
                + TrendCells.f(s.halvingInterval()[1], 1)
                + "]",
            pct(s.annualDecline())
                + " ["
                + pct(s.annualDeclineInterval()[0])
                + ", "
                + pct(s.annualDeclineInterval()[1])
                + "]",
            TrendCells.f(s.slope().value(), 3));
      } else {
        w.printf(
            Locale.ROOT,
            "%-3d %-8s %-8s %5d  %-27s %-9s %s [%s, %s]%n",
            s.number(),
            DecimalYear.month(s.start()),
            DecimalYear.month(s.end()),
            s.n(),
            TrendCells.f(s.doublingMonths(), 1)
                + " ["
                + TrendCells.f(s.doublingInterval()[0], 1)
                + ", "
                + TrendCells.f(s.doublingInterval()[1], 1)
                + "]",
            TrendCells.f(s.perYearFactor(), 2),
            TrendCells.f(s.slope().value(), 3),
            TrendCells.f(s.slope().lo(), 3),
            TrendCells.f(s.slope().hi(), 3));
      }
    }
    for (GrowthFit.Segment s : fit.segments()) {
      if (decline && s.slope().value() >= 0) {
        w.printf(
            Locale.ROOT,
            "note: segment %d rises (%.3f OOM/year): it is not a decline%n",
            s.number(),
            s.slope().value());
      }
      if (!decline && s.slope().value() <= 0) {
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

  public static ObjectNode json(String what, Frontier rule, GrowthFit fit) {
    ObjectNode root = Cells.JSON.createObjectNode();
    root.put("quantity", what);
    root.put("unit", fit.unit());
    root.put("frontier", rule.toString());
    root.put("n", fit.n());
    root.put("breaks", fit.breaks());
    ArrayNode bd = root.putArray("break_dates");
    for (var b : fit.breakIntervals()) {
      ObjectNode o = bd.addObject();
      o.put("date", DecimalYear.month(b.value()));
      TrendCells.put(o, "decimal_year", b.value());
      o.put("lo", Double.isFinite(b.lo()) ? DecimalYear.month(b.lo()) : null);
      o.put("hi", Double.isFinite(b.hi()) ? DecimalYear.month(b.hi()) : null);
    }
    ArrayNode cands = root.putArray("candidates");
    for (GrowthFit.Candidate c : fit.candidates()) {
      ObjectNode o = cands.addObject();
      o.put("breaks", c.breaks());
      TrendCells.put(o, "sse", c.sse());
      TrendCells.put(o, "bic", c.bic());
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
      TrendCells.put(o, "oom_per_year", s.slope().value());
      TrendCells.put(o, "oom_per_year_lo", s.slope().lo());
      TrendCells.put(o, "oom_per_year_hi", s.slope().hi());
      TrendCells.put(o, "per_year_factor", s.perYearFactor());
      TrendCells.put(o, "doubling_months", s.doublingMonths());
      TrendCells.put(o, "doubling_lo", s.doublingInterval()[0]);
      TrendCells.put(o, "doubling_hi", s.doublingInterval()[1]);
      TrendCells.put(o, "halving_months", s.halvingMonths());
      TrendCells.put(o, "halving_lo", s.halvingInterval()[0]);
      TrendCells.put(o, "halving_hi", s.halvingInterval()[1]);
      TrendCells.put(o, "annual_decline", s.annualDecline());
      TrendCells.put(o, "intercept_log10", s.intercept());
    }
    root.put("bootstrap_replicates", fit.bootstrapReps());
    root.put("seed", fit.seed());
    ArrayNode notes = root.putArray("notes");
    fit.notes().forEach(notes::add);
    return root;
  }
}
