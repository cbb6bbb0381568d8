package org.aidx.report.panel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aidx.analysis.panel.CatchingUp;
import org.aidx.analysis.panel.Panel;
import org.aidx.output.Cells;
import org.aidx.report.ResultWriter;

/** Renders a {@link Panel} and its {@link CatchingUp} as CSV, JSON or an aligned text table. */
public final class PanelWriter {
  private PanelWriter() {}

  /** The CSV header: year, economy, rank, tier, index, every layer and dimension, coverage. */
  public static List<String> columns(Panel p) {
    List<String> cols = new ArrayList<>(List.of("year", "iso3", "name", "rank", "tier", "index"));
    cols.addAll(ResultWriter.scoreColumns(p.framework()));
    cols.addAll(List.of("indicators", "present", "carried_forward", "coverage", "low_coverage"));
    return cols;
  }

  /** One row per economy and year, years in order, each year in rank order. */
  public static String csv(Panel p) {
    StringBuilder b = new StringBuilder(String.join(",", columns(p))).append('\n');
    List<String> nodes = ResultWriter.scoreColumns(p.framework());
    for (Panel.Row r : p.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(Integer.toString(r.year()));
      cells.add(r.iso3());
      cells.add(quote(r.name()));
      cells.add(Cells.rank(r.rank()));
      cells.add(r.tier() == 0 ? "" : Integer.toString(r.tier()));
      cells.add(Cells.num(r.index()));
      for (String n : nodes) {
        cells.add(Cells.num(r.scores().get(n)));
      }
      cells.add(Integer.toString(r.indicators()));
      cells.add(Integer.toString(r.present()));
      cells.add(Integer.toString(r.carried()));
      cells.add(Cells.num(r.coverage()));
      cells.add(Boolean.toString(r.lowCoverage()));
      b.append(String.join(",", cells)).append('\n');
    }
    return b.toString();
  }

  /** The catching-up table as CSV. */
  public static String catchingUpCsv(CatchingUp c) {
    String fields =
        "relative_from,relative_to,annual_change,annual_change_q05,annual_change_q95,"
            + "years_to_close,status";
    StringBuilder b =
        new StringBuilder("iso3,name,")
            .append(fields.replaceAll("([a-z0-9_]+)", "like_for_like_$1"))
            .append(',')
            .append(fields)
            .append(",indicators_arrived,indicators_left\n");
    for (CatchingUp.Reading r : c.readings()) {
      CatchingUp.Reading l = c.likeForLike(r.iso3());
      CatchingUp.Composition k = c.composition().get(r.iso3());
      List<String> cells = new ArrayList<>(List.of(r.iso3(), quote(r.name())));
      cells.addAll(l == null ? java.util.Collections.nCopies(7, "") : readingCells(l));
      cells.addAll(readingCells(r));
      cells.add(k == null ? "" : Integer.toString(k.arrived()));
      cells.add(k == null ? "" : Integer.toString(k.left()));
      b.append(String.join(",", cells)).append('\n');
    }
    return b.toString();
  }

  private static List<String> readingCells(CatchingUp.Reading r) {
    return List.of(
        Cells.num(r.relativeFrom()),
        Cells.num(r.relativeTo()),
        Cells.num(r.annualChange()),
        Cells.num(r.low()),
        Cells.num(r.high()),
        Cells.num(r.yearsToClose()),
        r.status().label());
  }

  public static String json(Panel p, CatchingUp c) {
    try {
      return Cells.JSON.writeValueAsString(jsonTree(p, c)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code {framework, reference, from, to, rule, methodology, nodes, years, rows, carried_forward,
   * catching_up, notes}}; missing numbers are null. {@code catching_up} holds the rule, its {@code
   * like_for_like} basis (indicators kept, left out with the reason, aggregates dropped), and per
   * economy the {@code like_for_like} reading first, then the all-indicators fields and the
   * indicators arriving and leaving.
   */
  public static ObjectNode jsonTree(Panel p, CatchingUp c) {
    ObjectNode root = Cells.JSON.createObjectNode();
    root.put("framework", p.framework().id());
    root.put("reference", p.reference());
    root.put("from", p.from());
    root.put("to", p.to());
    ObjectNode rule = root.putObject("rule");
    rule.put("max_age", p.rule().maxAge());
    rule.put("min_coverage", p.rule().minCoverage());
    rule.put(
        "selection",
        "for year Y, each value is the latest at or before Y at most max_age years old (flagged"
            + " carried_forward when older than Y); older values are missing and handled by the"
            + " run's imputation; normalisation and aggregation are applied year by year");
    root.set("methodology", ResultWriter.methodology(p.framework(), p.methodology()));
    ArrayNode nodes = root.putArray("nodes");
    p.nodes().forEach(nodes::add);
    ArrayNode years = root.putArray("years");
    p.years().forEach(years::add);
    ArrayNode rows = root.putArray("rows");
    for (Panel.Row r : p.rows()) {
      ObjectNode o = rows.addObject();
      o.put("year", r.year());
      o.put("iso3", r.iso3());
      o.put("name", r.name());
      put(o, "rank", r.rank());
      o.put("tier", r.tier());
      put(o, "index", r.index());
      ObjectNode s = o.putObject("scores");
      r.scores().forEach((k, v) -> put(s, k, v));
      o.put("indicators", r.indicators());
      o.put("present", r.present());
      o.put("carried_forward", r.carried());
      put(o, "coverage", r.coverage());
      o.put("low_coverage", r.lowCoverage());
    }
    ArrayNode carried = root.putArray("carried_forward");
    for (Panel.Carried k : p.carried()) {
      ObjectNode o = carried.addObject();
      o.put("year", k.year());
      o.put("iso3", k.iso3());
      o.put("indicator", k.indicator());
      o.put("value_year", k.valueYear());
      put(o, "value", k.value());
    }
    ObjectNode cu = root.putObject("catching_up");
    cu.put("from", c.from());
    cu.put("to", c.to());
    cu.put("reference", c.reference());
    cu.put("runs", c.runs());
    cu.put("seed", c.seed());
    if (c.note() == null) {
      cu.putNull("note");
    } else {
      cu.put("note", c.note());
    }
    cu.put(
        "method",
        "g = (r_to / r_from)^(1/(to - from)) - 1 with r = index / reference's index; interval:"
            + " 5-95% of g over Monte Carlo replications of the default weights and imputation,"
            + " paired across the two years");
    ObjectNode lfl = cu.putObject("like_for_like");
    if (c.basis() != null) {
      lfl.put(
          "method",
          "the same rule on the index restricted to one common set of indicators: those the"
              + " reference has in both years and every other economy has in both years or in"
              + " neither; aggregates left without an indicator are dropped from their parent's"
              + " mean; the verdict (years to close, widening) comes from this reading");
      ArrayNode ids = lfl.putArray("indicators");
      c.basis().indicators().forEach(ids::add);
      ObjectNode out = lfl.putObject("left_out");
      c.basis().leftOut().forEach(out::put);
      ArrayNode gone = lfl.putArray("left_out_nodes");
      c.basis().leftOutNodes().forEach(gone::add);
      lfl.put("composition_change", !c.basis().complete());
      lfl.put("basis", c.basisText());
    }
    if (c.likeForLikeNote() == null) {
      lfl.putNull("note");
    } else {
      lfl.put("note", c.likeForLikeNote());
    }
    ArrayNode rs = cu.putArray("readings");
    for (CatchingUp.Reading r : c.readings()) {
      ObjectNode o = rs.addObject();
      o.put("iso3", r.iso3());
      o.put("name", r.name());
      CatchingUp.Reading l = c.likeForLike(r.iso3());
      if (l == null) {
        o.putNull("like_for_like");
      } else {
        ObjectNode lo = o.putObject("like_for_like");
        put(lo, "relative_from", l.relativeFrom());
        put(lo, "relative_to", l.relativeTo());
        put(lo, "annual_change", l.annualChange());
        put(lo, "annual_change_q05", l.low());
        put(lo, "annual_change_q95", l.high());
        put(lo, "years_to_close", l.yearsToClose());
        lo.put("status", l.status().label());
      }
      CatchingUp.Composition k = c.composition().get(r.iso3());
      o.put("indicators_arrived", k == null ? 0 : k.arrived());
      o.put("indicators_left", k == null ? 0 : k.left());
      put(o, "relative_from", r.relativeFrom());
      put(o, "relative_to", r.relativeTo());
      put(o, "annual_change", r.annualChange());
      put(o, "annual_change_q05", r.low());
      put(o, "annual_change_q95", r.high());
      put(o, "years_to_close", r.yearsToClose());
      o.put("status", r.status().label());
      o.put("reading", c.reading(r));
    }
    ArrayNode notes = root.putArray("notes");
    for (int y : p.years()) {
      p.at(y).notes().forEach(n -> notes.add(y + ": " + n));
    }
    return root;
  }

  /** An aligned text table: index per economy (rows) and year (columns), then the readings. */
  public static String table(Panel p, CatchingUp c) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%s, %d–%d%s; values at most %d year(s) old, '*' = some values carried forward,"
                + " '!' = coverage below %.0f%%%n%n",
            p.framework().name(),
            p.from(),
            p.to(),
            p.reference() != null && p.framework().relativeToReference()
                ? ", relative to " + p.reference() + " = 1"
                : "",
            p.rule().maxAge(),
            100 * p.rule().minCoverage()));
    List<String[]> rows = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of("iso3", "economy"));
    p.years().forEach(y -> head.add(Integer.toString(y)));
    head.add("rank " + p.to());
    rows.add(head.toArray(new String[0]));
    for (String iso3 : p.economies()) {
      List<String> row = new ArrayList<>();
      row.add(iso3);
      String name = p.name(iso3);
      row.add(name.length() > 18 ? name.substring(0, 17) + "…" : name);
      Panel.Row last = null;
      for (int y : p.years()) {
        Panel.Row r = p.row(y, iso3);
        last = r;
        row.add(
            r == null
                ? "-"
                : Cells.fixed(r.index(), 3)
                    + (r.carried() > 0 ? "*" : " ")
                    + (r.lowCoverage() ? "!" : " "));
      }
      row.add(last == null ? "" : Cells.rank(last.rank()));
      rows.add(row.toArray(new String[0]));
    }
    int[] width = new int[head.size()];
    for (String[] row : rows) {
      for (int k = 0; k < row.length; k++) {
        width[k] = Math.max(width[k], row[k].length());
      }
    }
    for (String[] row : rows) {
      for (int k = 0; k < row.length; k++) {
        String pad = " ".repeat(width[k] - row[k].length());
        b.append(k < 2 ? row[k] + pad : pad + row[k]).append(k + 1 < row.length ? "  " : "");
      }
      b.append('\n');
    }
    long carried = p.carried().size();
    b.append(
        String.format(
            Locale.ROOT,
            "%n%d value(s) carried forward (listed in --format json / --out).%n",
            carried));
    if (!c.readings().isEmpty()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%nCatching up, %d–%d (interval: %d Monte Carlo runs over weights and imputation, seed %d):%n",
              c.from(),
              c.to(),
              c.runs(),
              c.seed()));
      if (c.basis() != null && !c.basis().complete()) {
        b.append("  Like for like: ")
            .append(c.basisText())
            .append(
                "; the verdicts come from it. The all-indicators rates include indicators arriving"
                    + " or leaving mid-window.\n");
      }
      for (CatchingUp.Reading r : c.readings()) {
        b.append("  ").append(c.reading(r)).append('\n');
      }
      if (c.likeForLikeNote() != null) {
        b.append("  ").append(c.likeForLikeNote()).append('\n');
      }
      if (c.note() != null) {
        b.append("  ").append(c.note()).append('\n');
      }
    }
    return b.toString();
  }

  /** A CSV cell: quoted when it holds a comma, quote or line break. */
  static String quote(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? "\"" + s.replace("\"", "\"\"") + "\""
        : s;
  }

  private static void put(ObjectNode o, String key, Double v) {
    if (v == null || Double.isNaN(v)) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }
}
