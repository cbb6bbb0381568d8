package org.aidx.report;

import static org.aidx.output.Cells.JSON;
import static org.aidx.output.Cells.fixed;
import static org.aidx.output.Cells.num;
import static org.aidx.output.Cells.rank;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.input.MethodologyFiles;
import org.aidx.model.Observation;
import org.aidx.pipeline.Coverage;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;

/** Renders an {@link IndexResult} as CSV, JSON, Markdown or an aligned text table. */
public final class ResultWriter {
  private ResultWriter() {}

  /** Aggregate node ids below the root, level by level (layers, then dimensions, …). */
  public static List<String> scoreColumns(Framework fw) {
    List<String> out = new ArrayList<>();
    Deque<Node> queue = new ArrayDeque<>(fw.root().children());
    while (!queue.isEmpty()) {
      Node n = queue.poll();
      if (n instanceof Node.Aggregate a) {
        out.add(a.id());
        queue.addAll(a.children());
      }
    }
    return out;
  }

  /**
   * The columns of the printed table and the Markdown summary: {@link #scoreColumns} down to the
   * dimensions ({@link org.aidx.framework.Levels#dimensions}); the sub-items below them are in the
   * CSV, the JSON and {@code aidx explain}.
   */
  static List<String> tableColumns(Framework fw) {
    List<Node.Aggregate> dims = org.aidx.framework.Levels.dimensions(fw);
    java.util.Set<String> below = new java.util.HashSet<>();
    for (Node.Aggregate d : dims) {
      d.flatten().filter(n -> n != d).forEach(n -> below.add(n.id()));
    }
    return scoreColumns(fw).stream().filter(c -> !below.contains(c)).toList();
  }

  /** {@code iso3,name,rank,tier,index,<aggregate ids>}, one row per economy, sorted by rank. */
  public static String csv(IndexResult r) {
    List<String> cols = scoreColumns(r.framework());
    CsvSchema.Builder schema = CsvSchema.builder();
    for (String c : header(cols)) {
      schema.addColumn(c);
    }
    List<List<String>> rows = new ArrayList<>();
    for (int e : r.order()) {
      List<String> row = new ArrayList<>();
      row.add(r.economies().get(e));
      row.add(r.name(e));
      row.add(rank(r.rank(e)));
      row.add(r.tier(e) == 0 ? "" : Integer.toString(r.tier(e)));
      row.add(num(r.index(e)));
      for (String c : cols) {
        row.add(num(r.score(c, e)));
      }
      Coverage cov = Coverage.of(r, e);
      row.add(Integer.toString(cov.present()));
      row.add(Integer.toString(cov.total()));
      row.add(Boolean.toString(cov.low()));
      row.add(String.join("; ", cov.missingDimensions()));
      rows.add(row);
    }
    try {
      return new CsvMapper().writer(schema.build().withHeader()).writeValueAsString(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> header(List<String> cols) {
    List<String> h = new ArrayList<>(List.of("iso3", "name", "rank", "tier", "index"));
    h.addAll(cols);
    // the coverage rule (Coverage): a rank resting on fewer than half the indicators is flagged
    h.addAll(
        List.of("indicators_present", "indicators_total", "low_coverage", "missing_dimensions"));
    return h;
  }

  /** Full results: methodology, per-economy scores, and every indicator value with provenance. */
  public static String json(IndexResult r) {
    try {
      return JSON.writeValueAsString(jsonTree(r)) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@link #json} prints, as a tree (the HTTP API adds to it without re-parsing). */
  public static ObjectNode jsonTree(IndexResult r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("framework", r.framework().id());
    root.put("framework_name", r.framework().name());
    root.put("reference", r.reference());
    root.set("methodology", methodology(r.framework(), r.methodology()));
    ObjectNode tiers = root.putObject("tiers");
    var t = r.tiering();
    tiers.put("count", t.count());
    tiers.put("gvf", t.gvf());
    ArrayNode breaks = tiers.putArray("lower_bounds");
    for (double b : t.breaks()) {
      breaks.add(b);
    }
    ArrayNode econ = root.putArray("economies");
    List<String> cols = scoreColumns(r.framework());
    for (int e : r.order()) {
      ObjectNode o = econ.addObject();
      o.put("iso3", r.economies().get(e));
      o.put("name", r.name(e));
      putNum(o, "rank", r.rank(e));
      o.put("tier", r.tier(e));
      putNum(o, "index", r.index(e));
      ObjectNode s = o.putObject("scores");
      for (String c : cols) {
        putNum(s, c, r.score(c, e));
      }
      Coverage cov = Coverage.of(r, e);
      ObjectNode co = o.putObject("coverage");
      co.put("present", cov.present());
      co.put("total", cov.total());
      co.put("low", cov.low());
      co.put("min_share", cov.minShare());
      ArrayNode md = co.putArray("missing_dimensions");
      cov.missingDimensions().forEach(md::add);
      ArrayNode inds = o.putArray("indicators");
      for (int i = 0; i < r.indicators().size(); i++) {
        ObjectNode io = inds.addObject();
        io.put("id", r.indicators().get(i));
        Observation ob = r.observation(i, e);
        if (ob != null) {
          io.put("value", ob.value());
          io.put("year", ob.year());
          io.put("unit", ob.provenance().unit());
          io.put("source", ob.provenance().source());
          io.put("location", ob.provenance().location());
          if (r.methodology().year() != null) {
            // with --year: a value from an earlier year is carried forward (the panel's flag)
            io.put("carried_forward", r.methodology().carriedForward(ob));
          }
        } else {
          io.putNull("value");
          io.put("missing", true);
        }
        io.put("imputed", r.imputed(i, e));
        io.put("winsorised", r.winsorised(i, e));
        io.put("floored", r.floored(i, e));
        putNum(io, "prepared", r.prepared(i, e));
        putNum(io, "normalised", r.normalised(i, e));
      }
    }
    ArrayNode notes = root.putArray("notes");
    r.notes().forEach(notes::add);
    return root;
  }

  /**
   * The manifest of a run of framework {@code fw} under methodology {@code m} ({@link
   * org.aidx.output.Manifest}).
   */
  public static String manifest(
      String command,
      List<String> args,
      List<org.aidx.input.InputFile> inputs,
      Framework fw,
      Methodology m,
      List<String> outputs) {
    return org.aidx.output.Manifest.json(
        command, args, inputs, fw.id(), methodology(fw, m), outputs);
  }

  /**
   * The methodology of a run as JSON: the resolved choices of every step and the whole tree; every
   * choice, per indicator and node, is under {@code resolved} (the tree of {@link
   * MethodologyFiles}).
   */
  public static ObjectNode methodology(Framework fw, Methodology resolved) {
    ObjectNode m = JSON.createObjectNode();
    m.put("reference", resolved.reference());
    m.put("relative_to_reference", resolved.relativeToReference());
    if (resolved.year() == null) {
      m.put("year", "latest available per value");
    } else {
      m.put("year", "latest at or before " + resolved.year());
    }
    m.put("denominate", resolved.denominate());
    m.put("impute", resolved.imputation().label());
    m.put("zero_floor", resolved.zeroFloor());
    m.put("treat", resolved.treatment().label());
    m.put("normalise", MethodText.normalisation(resolved));
    m.put("aggregate", MethodText.aggregation(fw, resolved));
    m.put("tiers", resolved.tiers().label());
    if (resolved.scoreFloor() != null) {
      m.put("geometric_floor", resolved.scoreFloor());
    }
    m.set("tree", tree(fw.root(), resolved));
    m.set("resolved", MethodologyFiles.tree(resolved));
    return m;
  }

  private static ObjectNode tree(Node n, Methodology resolved) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", n.id());
    o.put("name", n.name());
    o.put("weight", resolved.weights().getOrDefault(n.id(), n.weight()));
    if (n instanceof Node.Aggregate a) {
      o.put("aggregation", resolved.aggregationOf(a.id()).label());
      ArrayNode c = o.putArray("children");
      a.children().forEach(k -> c.add(tree(k, resolved)));
    } else if (n instanceof Node.Indicator i) {
      o.put("direction", i.direction() == org.aidx.model.Direction.POSITIVE ? "+" : "-");
      o.put("transform", i.transform().label());
      o.put("normalisation", resolved.normalisationOf(i.id()).label());
      if (i.denominator() != null) {
        o.put("denominator", i.denominator());
      }
    }
    return o;
  }

  /** A Markdown summary: the ranked table, tiers, method and notes. */
  public static String markdown(IndexResult r) {
    // the caption needs the request as the user made it (RunOptions.caption); a result alone has
    // only the resolved methodology, so this form has no caption
    return markdown(r, List.of());
  }

  /**
   * As {@link #markdown(IndexResult)}, the title naming the run's non-default choices ({@link
   * org.aidx.pipeline.MethodCaption}), e.g. "# AI Development Index — normalise minmax:1,100".
   */
  public static String markdown(IndexResult r, List<String> caption) {
    StringBuilder b = new StringBuilder();
    b.append("# ")
        .append(org.aidx.pipeline.MethodCaption.title(r.framework().name(), caption))
        .append("\n\n");
    if (r.reference() != null && r.framework().relativeToReference()) {
      b.append("Scores are relative to ").append(r.reference()).append(" (= 1).\n\n");
    }
    List<String> cols = tableColumns(r.framework());
    b.append("| rank | tier | iso3 | economy | index |");
    cols.forEach(c -> b.append(' ').append(c).append(" |"));
    b.append(" coverage |");
    b.append("\n|---:|---:|---|---|---:|");
    cols.forEach(c -> b.append("---:|"));
    b.append("---:|");
    b.append('\n');
    for (int e : r.order()) {
      Coverage cov = Coverage.of(r, e);
      b.append("| ")
          .append(rank(r.rank(e)))
          .append(cov.low() ? "*" : "")
          .append(" | ")
          .append(r.tier(e))
          .append(" | ")
          .append(r.economies().get(e))
          .append(" | ")
          .append(r.name(e))
          .append(" | ")
          .append(fixed(r.index(e), 3))
          .append(" |");
      for (String c : cols) {
        b.append(' ').append(fixed(r.score(c, e), 3)).append(" |");
      }
      b.append(' ').append(cov.label()).append(" |");
      b.append('\n');
    }
    lowCoverage(r).forEach(l -> b.append('\n').append(l).append('\n'));
    var t = r.tiering();
    b.append("\nTiers: ")
        .append(t.count())
        .append(" by ")
        .append(r.methodology().tiers().label())
        .append(String.format(Locale.ROOT, ", goodness of variance fit %.3f.%n", t.gvf()));
    b.append("\n## Method\n\n");
    b.append("- impute: ").append(r.methodology().imputation().label()).append('\n');
    if (r.methodology().zeroFloor() > 0) {
      b.append("- zeros: raised to ")
          .append(r.methodology().zeroFloor())
          .append(" × the indicator's smallest positive value (flagged)\n");
    }
    b.append("- treat: ").append(r.methodology().treatment().label()).append('\n');
    b.append("- normalise: ").append(MethodText.normalisation(r.methodology())).append('\n');
    b.append("- aggregate: ")
        .append(MethodText.aggregation(r.framework(), r.methodology()))
        .append('\n');
    if (!r.notes().isEmpty()) {
      b.append("\n## Notes\n\n");
      r.notes().forEach(n -> b.append("- ").append(n).append('\n'));
    }
    return b.toString();
  }

  /** An aligned plain-text table for the terminal. */
  public static String table(IndexResult r) {
    List<String> cols = tableColumns(r.framework());
    List<String[]> rows = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of("rank", "tier", "iso3", "economy", "index"));
    cols.forEach(c -> head.add(shortName(c)));
    head.add("coverage");
    rows.add(head.toArray(new String[0]));
    for (int e : r.order()) {
      List<String> row = new ArrayList<>();
      Coverage cov = Coverage.of(r, e);
      row.add(rank(r.rank(e)) + (cov.low() ? "*" : ""));
      row.add(r.tier(e) == 0 ? "-" : Integer.toString(r.tier(e)));
      row.add(r.economies().get(e));
      String name = r.name(e);
      row.add(name.length() > 18 ? name.substring(0, 17) + "…" : name);
      row.add(fixed(r.index(e), 3));
      for (String c : cols) {
        row.add(fixed(r.score(c, e), 3));
      }
      row.add(cov.label());
      rows.add(row.toArray(new String[0]));
    }
    int[] width = new int[head.size()];
    for (String[] row : rows) {
      for (int k = 0; k < row.length; k++) {
        width[k] = Math.max(width[k], row[k].length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String[] row : rows) {
      for (int k = 0; k < row.length; k++) {
        boolean left = k == 2 || k == 3;
        String cell = row[k];
        String pad = " ".repeat(width[k] - cell.length());
        b.append(left ? cell + pad : pad + cell).append(k + 1 < row.length ? "  " : "");
      }
      b.append('\n');
    }
    lowCoverage(r).forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  /**
   * The lines under a ranked table that explain its flags: "* low coverage (fewer than 50% of the
   * indicators): XYZ Name: 3 of 15 indicators; no data for …", or none when no rank is flagged.
   */
  public static List<String> lowCoverage(IndexResult r) {
    List<String> out = new ArrayList<>();
    for (int e : r.order()) {
      Coverage cov = Coverage.of(r, e);
      if (cov.low()) {
        if (out.isEmpty()) {
          out.add(
              String.format(
                  Locale.ROOT,
                  "* low coverage: the rank rests on fewer than %.0f%% of the indicators (flagged,"
                      + " not withheld; see docs/outputs.md)",
                  100 * cov.minShare()));
        }
        out.add("  " + r.economies().get(e) + " " + r.name(e) + ": " + cov.describe());
      }
    }
    return out;
  }

  private static String shortName(String id) {
    switch (id) {
      case "technology_activity":
        return "tech";
      case "market_friendliness":
        return "market";
      case "exposure_scale":
        return "exposure";
      default:
        return id.length() > 10 ? id.substring(0, 10) : id;
    }
  }

  private static void putNum(ObjectNode o, String key, double v) {
    if (Double.isNaN(v)) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }
}
