package org.aidx.report.trend;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aidx.analysis.trend.CurveFamily;
import org.aidx.analysis.trend.Estimate;
import org.aidx.analysis.trend.SCurveFit;
import org.aidx.analysis.trend.Series;
import org.aidx.output.Cells;

/** Renders S-curve fits ({@code aidx trend scurve}) as CSV, JSON and a text table. */
public final class SCurveWriter {
  private SCurveWriter() {}

  public static String csv(List<SCurveFit> fits) {
    StringBuilder b =
        new StringBuilder(
            "family,saturation,rate,midpoint,knee1_year,knee1_share,knee2_year,knee2_share,aic,bic\n");
    for (SCurveFit f : fits) {
      b.append(
          String.join(
              ",",
              f.family().id(),
              TrendCells.g(f.saturation().value()),
              TrendCells.g(f.rate()),
              TrendCells.g(f.midpoint().value()),
              TrendCells.g(f.knee1().year().value()),
              TrendCells.g(f.knee1().share().value()),
              TrendCells.g(f.knee2().year().value()),
              TrendCells.g(f.knee2().share().value()),
              TrendCells.g(f.aic()),
              TrendCells.g(f.bic())));
      b.append('\n');
    }
    return b.toString();
  }

  public static void table(PrintWriter w, Series s, List<SCurveFit> fits) {
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
            fixed ? TrendCells.f(e.value(), 2) + " (fixed)" : est(e));
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
                  TrendCells.f(p.value(), 1),
                  TrendCells.f(p.lo(), 1),
                  TrendCells.f(p.hi(), 1)));
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
        TrendCells.f(k.share().value(), 2),
        TrendCells.f(k.share().lo(), 2),
        TrendCells.f(k.share().hi(), 2),
        k.yearsSinceFirstAdoption(),
        first);
  }

  private static String est(Estimate e) {
    int d = Math.abs(e.value()) >= 100 ? 2 : 4;
    return TrendCells.f(e.value(), d)
        + (Double.isNaN(e.lo())
            ? ""
            : " [" + TrendCells.f(e.lo(), d) + ", " + TrendCells.f(e.hi(), d) + "]");
  }

  public static ObjectNode json(Series s, List<SCurveFit> fits) {
    ObjectNode root = Cells.JSON.createObjectNode();
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
      TrendCells.put(o, "rate", f.rate());
      TrendCells.put(o, "sse", f.sse());
      TrendCells.put(o, "aic", f.aic());
      TrendCells.put(o, "bic", f.bic());
      est(o.putObject("midpoint"), f.midpoint());
      for (var k : Map.of("knee1", f.knee1(), "knee2", f.knee2()).entrySet()) {
        ObjectNode ko = o.putObject(k.getKey());
        est(ko.putObject("year"), k.getValue().year());
        est(ko.putObject("share"), k.getValue().share());
        TrendCells.put(ko, "years_since_first_adoption", k.getValue().yearsSinceFirstAdoption());
      }
      TrendCells.put(o, "first_adoption", f.firstAdoption());
      o.put("stage", f.stage().label());
      ArrayNode fc = o.putArray("forecast");
      for (SCurveFit.Forecast p : f.forecast()) {
        ObjectNode po = fc.addObject();
        TrendCells.put(po, "year", p.year());
        TrendCells.put(po, "value", p.value());
        TrendCells.put(po, "lo", p.lo());
        TrendCells.put(po, "hi", p.hi());
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
    TrendCells.put(o, "value", e.value());
    TrendCells.put(o, "lo", e.lo());
    TrendCells.put(o, "hi", e.hi());
  }
}
