package org.aidx.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.method.normalise.Normalisation;
import org.aidx.model.Direction;
import org.aidx.model.Observation;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a result as an XLSX workbook, one sheet per table: Ranking, Scores (every aggregate node,
 * long form), Indicators (raw, prepared and normalised values with their flags and provenance),
 * Sources, Method, Tree, Notes and Manifest. Numbers are stored as numbers (a missing one as an
 * empty cell), flags as booleans; each sheet's header row is bold and frozen.
 *
 * <pre>{@code
 * byte[] xlsx = XlsxReport.write(result, RunInfo.fromManifest(manifestJson));
 * AtomicFiles.write(dir.resolve("report.xlsx"), xlsx);
 * }</pre>
 */
public final class XlsxReport {
  /** Sheet names in workbook order. */
  public static final List<String> SHEETS =
      List.of("Ranking", "Scores", "Indicators", "Sources", "Method", "Tree", "Notes", "Manifest");

  private static final Pattern VERSION = Pattern.compile("^(\\d{1,2})\\.(\\d{1,4})");

  private XlsxReport() {}

  /** The workbook's bytes. */
  public static byte[] write(IndexResult r, RunInfo run) {
    return write(r, run, List.of());
  }

  /**
   * The workbook's bytes, with {@code extra} sheets (e.g. of report sections) after {@link
   * #SHEETS}.
   */
  public static byte[] write(IndexResult r, RunInfo run, List<ReportSheet> extra) {
    return write(r, run, extra, List.of());
  }

  /**
   * As {@link #write(IndexResult, RunInfo, List)}, each of its own sheets with the run's
   * non-default choices as a header cell right of the table ({@link MethodText#captionLine}), and
   * the Method sheet's {@code choices} row naming them, or saying the framework's defaults were
   * used. Extra sheets carry their own ({@link ReportSection#withCaption}).
   */
  public static byte[] write(
      IndexResult r, RunInfo run, List<ReportSheet> extra, List<String> choices) {
    String line = MethodText.captionLine(choices);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(bytes, "aidx", appVersion(run.version()));
      Table method = method(r.framework(), r.methodology(), r.reference());
      List<List<Object>> methodRows = new ArrayList<>(method.rows());
      methodRows.add(
          List.of(
              "choices",
              line.isEmpty() ? MethodText.defaultLine(r.framework(), r.methodology()) : line));
      List<Table> own =
          List.of(
              ranking(r),
              scores(r),
              indicators(r),
              sources(r),
              new Table(method.header(), methodRows),
              tree(r.framework(), r.methodology()),
              notes(r),
              manifest(run));
      for (int k = 0; k < own.size(); k++) {
        ReportSheet sheet =
            new ReportSheet(SHEETS.get(k), own.get(k).header(), own.get(k).rows())
                .withCaption(line);
        table(wb, sheet.name(), new Table(sheet.header(), sheet.rows()));
      }
      for (ReportSheet x : extra) {
        table(wb, x.name(), new Table(x.header(), x.rows()));
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the XLSX workbook: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  /**
   * XLSX stores the application version as {@code XX.YYYY}; {@code 0.1.0-SNAPSHOT} becomes {@code
   * 0.1}, anything unparseable (a development build) {@code 0.0}.
   */
  public static String appVersion(String version) {
    Matcher m = VERSION.matcher(version == null ? "" : version);
    return m.find() ? m.group(1) + "." + m.group(2) : "0.0";
  }

  /** A header and rows of String, Number (NaN for missing), Boolean or null cells. */
  private record Table(List<String> header, List<List<Object>> rows) {}

  private static Table ranking(IndexResult r) {
    List<String> cols = ResultWriter.scoreColumns(r.framework());
    List<String> header = new ArrayList<>(List.of("iso3", "name", "rank", "tier", "index"));
    header.addAll(cols);
    header.addAll(
        List.of(
            "missing_values",
            "imputed_values",
            "indicators_present",
            "indicators_total",
            "low_coverage",
            "missing_dimensions"));
    List<List<Object>> rows = new ArrayList<>();
    var cov = r.coverage();
    for (int e : r.order()) {
      List<Object> row = new ArrayList<>();
      row.add(r.economies().get(e));
      row.add(r.name(e));
      row.add(r.rank(e));
      row.add(r.tier(e) == 0 ? null : r.tier(e));
      row.add(r.index(e));
      for (String c : cols) {
        row.add(r.score(c, e));
      }
      int[] c = cov.get(r.economies().get(e));
      row.add(c[0]);
      row.add(c[1]);
      org.aidx.pipeline.Coverage coverage = org.aidx.pipeline.Coverage.of(r, e);
      row.add(coverage.present());
      row.add(coverage.total());
      row.add(coverage.low());
      row.add(String.join("; ", coverage.missingDimensions()));
      rows.add(row);
    }
    return new Table(header, rows);
  }

  private static Table scores(IndexResult r) {
    List<String> header =
        List.of("node", "node_name", "level", "iso3", "name", "score", "unscaled_score");
    List<List<Object>> rows = new ArrayList<>();
    for (String a : r.aggregates()) {
      Node.Aggregate n = (Node.Aggregate) r.node(a);
      for (int e : r.order()) {
        rows.add(
            Arrays.asList(
                a,
                n.name(),
                n.level(),
                r.economies().get(e),
                r.name(e),
                r.score(a, e),
                r.unscaledScore(a, e)));
      }
    }
    return new Table(header, rows);
  }

  private static Table indicators(IndexResult r) {
    List<String> header =
        List.of(
            "iso3",
            "name",
            "indicator",
            "indicator_name",
            "year",
            "raw_value",
            "unit",
            "source",
            "location",
            "missing",
            "imputed",
            "winsorised",
            "floored",
            "prepared_value",
            "normalised_value");
    List<List<Object>> rows = new ArrayList<>();
    for (int e : r.order()) {
      for (int i = 0; i < r.indicators().size(); i++) {
        String id = r.indicators().get(i);
        Observation o = r.observation(i, e);
        rows.add(
            Arrays.asList(
                r.economies().get(e),
                r.name(e),
                id,
                r.node(id).name(),
                o == null ? null : o.year(),
                o == null ? null : o.value(),
                o == null ? null : o.provenance().unit(),
                o == null ? null : o.provenance().source(),
                o == null ? null : o.provenance().location(),
                o == null && !r.imputed(i, e),
                r.imputed(i, e),
                r.winsorised(i, e),
                r.floored(i, e),
                r.prepared(i, e),
                r.normalised(i, e)));
      }
    }
    return new Table(header, rows);
  }

  private static Table sources(IndexResult r) {
    List<String> header =
        List.of(
            "indicator",
            "indicator_name",
            "sources",
            "units",
            "first_year",
            "last_year",
            "values",
            "missing",
            "imputed");
    List<List<Object>> rows = new ArrayList<>();
    for (DataSource s : DataSource.of(r)) {
      rows.add(
          Arrays.asList(
              s.indicator(),
              s.name(),
              s.sourceText(),
              String.join("; ", s.units()),
              s.values() == 0 ? null : s.firstYear(),
              s.values() == 0 ? null : s.lastYear(),
              s.values(),
              s.missing(),
              s.imputed()));
    }
    return new Table(header, rows);
  }

  private static Table method(Framework fw, Methodology m, String reference) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("framework", fw.id()));
    rows.add(List.of("framework_name", fw.name()));
    rows.add(List.of("framework_source", fw.source()));
    rows.add(List.of("reference", reference == null ? "" : reference));
    rows.add(List.of("relative_to_reference", fw.relativeToReference()));
    rows.add(
        List.of(
            "year",
            m.year() == null ? "latest available per value" : "latest at or before " + m.year()));
    rows.add(List.of("denominate", m.denominate()));
    rows.add(List.of("impute", m.imputation().label()));
    rows.add(List.of("zero_floor", m.zeroFloor()));
    rows.add(List.of("treat", m.treatment().label()));
    rows.add(List.of("normalise", MethodText.normalisation(m)));
    rows.add(List.of("aggregate", MethodText.aggregation(fw, m)));
    rows.add(List.of("tiers", m.tiers().label()));
    if (m.scoreFloor() != null) {
      rows.add(List.of("geometric_floor", m.scoreFloor()));
    }
    return new Table(List.of("setting", "value"), rows);
  }

  private static Table tree(Framework fw, Methodology m) {
    List<String> header =
        List.of(
            "node",
            "name",
            "kind",
            "level",
            "depth",
            "parent",
            "weight",
            "share_of_group",
            "aggregation",
            "direction",
            "transform",
            "normalisation",
            "denominator");
    List<List<Object>> rows = new ArrayList<>();
    walk(fw.root(), null, 0, 1.0, m, rows);
    return new Table(header, rows);
  }

  private static void walk(
      Node n, String parent, int depth, double share, Methodology m, List<List<Object>> rows) {
    if (n instanceof Node.Aggregate a) {
      Aggregation how = m.aggregationOf(a.id());
      rows.add(
          Arrays.asList(
              a.id(),
              a.name(),
              "aggregate",
              a.level(),
              depth,
              parent,
              a.weight(),
              share,
              how.label(),
              null,
              null,
              null,
              null));
      double total = a.children().stream().mapToDouble(Node::weight).sum();
      for (Node c : a.children()) {
        walk(c, a.id(), depth + 1, total > 0 ? c.weight() / total : Double.NaN, m, rows);
      }
    } else if (n instanceof Node.Indicator i) {
      Normalisation norm = m.normalisationOf(i.id());
      rows.add(
          Arrays.asList(
              i.id(),
              i.name(),
              "indicator",
              "indicator",
              depth,
              parent,
              i.weight(),
              share,
              null,
              i.direction() == Direction.POSITIVE ? "+" : "-",
              i.transform().label(),
              norm.label(),
              i.denominator()));
    }
  }

  private static Table notes(IndexResult r) {
    List<List<Object>> rows = new ArrayList<>();
    r.notes().forEach(n -> rows.add(List.of(n)));
    return new Table(List.of("note"), rows);
  }

  private static Table manifest(RunInfo run) {
    List<List<Object>> rows = new ArrayList<>();
    run.fields().forEach(f -> rows.add(List.of(f.path(), f.value())));
    return new Table(List.of("field", "value"), rows);
  }

  private static void table(Workbook wb, String name, Table t) throws IOException {
    Worksheet ws = wb.newWorksheet(name);
    int[] width = new int[t.header().size()];
    for (int c = 0; c < t.header().size(); c++) {
      ws.value(0, c, t.header().get(c));
      width[c] = t.header().get(c).length() + 2;
    }
    ws.range(0, 0, 0, t.header().size() - 1).style().bold().fillColor("F3F5F7").set();
    ws.freezePane(0, 1);
    for (int r = 0; r < t.rows().size(); r++) {
      List<Object> row = t.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        Object v = row.get(c);
        int len;
        if (v == null) {
          continue;
        } else if (v instanceof Double d) {
          if (Double.isNaN(d) || Double.isInfinite(d)) {
            continue; // an empty cell, never the text "NaN"
          }
          ws.value(r + 1, c, d);
          len = Math.min(String.valueOf(d).length(), 12);
        } else if (v instanceof Number n) {
          ws.value(r + 1, c, n);
          len = n.toString().length();
        } else if (v instanceof Boolean b) {
          ws.value(r + 1, c, b);
          len = 5;
        } else {
          String s = v.toString();
          ws.value(r + 1, c, s);
          len = s.length();
        }
        width[c] = Math.max(width[c], len + 2);
      }
    }
    for (int c = 0; c < width.length; c++) {
      // Wide enough for most values, capped so a long source or path does not push the rest away.
      ws.width(c, Math.min(Math.max(width[c], 8), 60));
    }
    ws.finish();
  }
}
