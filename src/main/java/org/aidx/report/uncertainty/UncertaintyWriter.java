package org.aidx.report.uncertainty;

import static org.aidx.output.Cells.JSON;
import static org.aidx.output.Cells.cell;
import static org.aidx.output.Cells.compact;
import static org.aidx.output.Decimals.fixed;
import static org.aidx.output.Decimals.left;
import static org.aidx.output.Decimals.right;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.aidx.analysis.uncertainty.UncertaintySummary;
import org.aidx.analysis.uncertainty.UncertaintySummary.EconomyStats;
import org.aidx.analysis.uncertainty.UncertaintySummary.Spread;
import org.aidx.output.Decimals;

/** Renders an uncertainty summary as CSV, JSON or a text table. */
public final class UncertaintyWriter {
  private UncertaintyWriter() {}

  /**
   * One row per economy in nominal rank order: {@code
   * iso3,name,nominal_rank,median_rank,rank_q05,rank_q95,mean_abs_rank_shift,index_nominal,
   * index_median,index_q05,index_q95,gap_nominal,gap_median,gap_q05,gap_q95,p_tier1..,missing_runs,runs}.
   * An interval withheld by {@link org.aidx.analysis.uncertainty.IntervalPolicy} is empty.
   */
  public static String csv(UncertaintySummary s) {
    StringBuilder b = new StringBuilder();
    b.append(
        "iso3,name,nominal_rank,median_rank,rank_q05,rank_q95,mean_abs_rank_shift,"
            + "index_nominal,index_median,index_q05,index_q95,gap_nominal,gap_median,gap_q05,gap_q95");
    for (int t = 1; t <= s.tierCount(); t++) {
      b.append(",p_tier").append(t);
    }
    // the number of runs beside every interval, also when a row is pasted on its own
    b.append(",missing_runs,runs\n");
    for (EconomyStats e : s.economies()) {
      b.append(e.iso3()).append(',').append(cell(e.name()));
      spread(b, e.rank());
      b.append(',').append(compact(e.meanAbsRankShift()));
      spread(b, e.index());
      spread(b, e.gap());
      for (double p : e.tierProbabilities()) {
        b.append(',').append(compact(p));
      }
      b.append(',').append(e.missing()).append(',').append(s.runs()).append('\n');
    }
    return b.toString();
  }

  private static void spread(StringBuilder b, Spread s) {
    b.append(',').append(compact(s.nominal()));
    b.append(',').append(compact(s.median()));
    b.append(',').append(compact(s.q05()));
    b.append(',').append(compact(s.q95()));
  }

  public static String json(UncertaintySummary s) {
    ObjectNode root = JSON.createObjectNode();
    root.put("runs", s.runs());
    root.put("seed", s.seed());
    root.put("sampler", s.sampler().label());
    root.put("reference", s.reference());
    ArrayNode a = root.putArray("assumptions");
    s.assumptions().forEach(a::add);
    root.put("tiers", s.tierCount());
    ArrayNode notes = root.putArray("notes");
    s.notes().forEach(notes::add);
    root.put("quantiles", "nearest rank: q_p is the ceil(p*N)-th smallest of the N replications");
    ArrayNode ec = root.putArray("economies");
    for (EconomyStats e : s.economies()) {
      ObjectNode o = ec.addObject();
      o.put("iso3", e.iso3());
      o.put("name", e.name());
      put(o.putObject("rank"), e.rank());
      putNum(o, "mean_abs_rank_shift", e.meanAbsRankShift());
      put(o.putObject("index"), e.index());
      put(o.putObject("gap_to_reference"), e.gap());
      ArrayNode tp = o.putArray("tier_probabilities");
      e.tierProbabilities().forEach(tp::add);
      o.put("missing_runs", e.missing());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void put(ObjectNode o, Spread s) {
    putNum(o, "nominal", s.nominal());
    putNum(o, "median", s.median());
    putNum(o, "q05", s.q05());
    putNum(o, "q95", s.q95());
  }

  private static void putNum(ObjectNode o, String k, double v) {
    if (Double.isNaN(v)) {
      o.putNull(k);
    } else {
      o.put(k, v);
    }
  }

  /**
   * A fixed-width table for the terminal. Cells are padded by hand and numbers spelt by {@link
   * Decimals} (the text {@code String.format} gave, without a Formatter call per cell).
   */
  public static String table(UncertaintySummary s) {
    StringBuilder b = new StringBuilder();
    b.append(intervalCaption(s)).append('\n');
    int w = Math.max(7, s.economies().stream().mapToInt(e -> e.name().length()).max().orElse(7));
    w = Math.min(w, 24);
    left(b, "iso3", 6).append(' ');
    left(b, "economy", w).append(' ');
    right(b, "nominal", 7).append(' ');
    right(b, "median", 7).append(' ');
    right(b, "rank 5-95%", 11).append(' ');
    right(b, "shift", 6).append("  ");
    right(b, "index", 8).append(' ');
    right(b, "median", 8).append(' ');
    right(b, "index 5-95%", 19);
    for (int t = 1; t <= s.tierCount(); t++) {
      right(b.append(' '), "P(t" + t + ")", 7);
    }
    b.append('\n');
    for (EconomyStats e : s.economies()) {
      String name = e.name().length() > w ? e.name().substring(0, w - 1) + "…" : e.name();
      left(b, e.iso3(), 6).append(' ');
      left(b, name, w).append(' ');
      right(b, Decimals.compact(e.rank().nominal()), 7).append(' ');
      right(b, Decimals.compact(e.rank().median()), 7).append(' ');
      right(
              b,
              interval(
                  Decimals.compact(e.rank().q05()),
                  Decimals.compact(e.rank().q95()),
                  e.rank().q05()),
              11)
          .append(' ');
      right(b, fixed(e.meanAbsRankShift(), 2), 6).append("  ");
      right(b, fixed(e.index().nominal(), 3), 8).append(' ');
      right(b, Double.isNaN(e.index().median()) ? "withheld" : fixed(e.index().median(), 3), 8)
          .append(' ');
      right(
          b,
          Double.isNaN(e.index().q05())
              ? "withheld"
              : fixed(e.index().q05(), 3) + "–" + fixed(e.index().q95(), 3),
          19);
      for (double p : e.tierProbabilities()) {
        right(b.append(' '), fixed(p, 2), 7);
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** "low–high", or "withheld" when the interval policy withheld it (NaN bounds). */
  private static String interval(String low, String high, double q05) {
    return Double.isNaN(q05) ? "withheld" : low + "–" + high;
  }

  /**
   * The line that gives every interval its number of runs, e.g. "5–95% intervals over 1000
   * replications (sobol points, seed 1)".
   */
  public static String intervalCaption(UncertaintySummary s) {
    return "5–95% intervals over "
        + s.runs()
        + " replications ("
        + s.sampler().label()
        + " points, seed "
        + s.seed()
        + ")";
  }

  /** The assumptions and notes, one per line, for the end of a table. */
  public static List<String> footer(UncertaintySummary s) {
    List<String> out = new java.util.ArrayList<>();
    out.add(
        s.runs()
            + " replications ("
            + s.sampler().label()
            + " points, seed "
            + s.seed()
            + "), varying: "
            + String.join("; ", s.assumptions()));
    s.notes().forEach(n -> out.add("Note: " + n));
    return out;
  }
}
