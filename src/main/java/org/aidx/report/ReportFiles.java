package org.aidx.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aidx.framework.Levels;
import org.aidx.input.PublishedFiles;
import org.aidx.pipeline.IndexResult;
import org.aidx.store.AtomicFiles;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes a publication directory: {@code report.html}, {@code report.xlsx}, each chart as PNG and
 * SVG, and the run's {@code manifest.json}, every file atomically. Nothing else in the directory is
 * touched.
 *
 * <pre>{@code
 * String manifest = ResultWriter.manifest("aidx report", args, inputs, fw, m, ReportFiles.outputs(r));
 * ReportFiles.write(Path.of("report"), result, manifest, List.of());
 * }</pre>
 */
public final class ReportFiles {
  public static final String HTML = "report.html";
  public static final String XLSX = "report.xlsx";
  public static final String MANIFEST = "manifest.json";

  /** Base names of the charts, in the order the report shows them. */
  public static final List<String> CHARTS = List.of("ranking", "profile", "layer-scatter");

  private ReportFiles() {}

  /**
   * The names of every file {@link #write} creates for this result, for the manifest's output list.
   * The layer scatter is drawn only for frameworks with exactly two layers.
   */
  public static List<String> outputs(IndexResult r) {
    return outputs(r, List.of());
  }

  /** As {@link #outputs(IndexResult)}, with the charts of the sections after the report's own. */
  public static List<String> outputs(IndexResult r, List<ReportSection> sections) {
    List<String> out = new ArrayList<>(List.of(HTML, XLSX));
    List<String> names = new ArrayList<>(charts(r));
    sections.forEach(s -> s.charts().forEach(c -> names.add(c.name())));
    for (String c : names) {
      out.add(c + ".png");
      out.add(c + ".svg");
    }
    out.add(MANIFEST);
    return List.copyOf(out);
  }

  /**
   * Renders and writes every file; returns their paths in {@link #outputs(IndexResult, List)}
   * order.
   *
   * @param manifestJson the run's manifest, written as is and summarised in both reports
   * @param sections optional sections for the HTML report (robustness, coherence, scenarios), with
   *     their charts (written here) and sheets (added to the workbook)
   */
  public static List<Path> write(
      Path dir, IndexResult r, String manifestJson, List<ReportSection> sections) {
    return write(dir, r, manifestJson, sections, List.of());
  }

  /**
   * As {@link #write(Path, IndexResult, String, List)}, naming the run's non-default choices
   * ({@link org.aidx.pipeline.MethodCaption}) in the title of every chart image, the caption of
   * every table and chart of the HTML report and beside every sheet of the workbook. Sections carry
   * their own captions: pass them through {@link ReportSection#withCaption}.
   *
   * @param choices the run's non-default choices, empty for the defaults
   */
  public static List<Path> write(
      Path dir,
      IndexResult r,
      String manifestJson,
      List<ReportSection> sections,
      List<String> choices) {
    RunInfo run = RunInfo.fromManifest(manifestJson);
    checkNames(r, sections);
    List<Figure> figures = new ArrayList<>();
    List<Path> chartFiles = new ArrayList<>();
    figures.add(
        figure(
            ReportCharts.ranking(r),
            CHARTS.get(0),
            "Index by economy",
            "Bars in rank order, coloured by tier"
                + (r.reference() != null && r.framework().relativeToReference()
                    ? "; the reference " + r.reference() + " scores 1."
                    : "."),
            dir,
            chartFiles,
            choices));
    figures.add(
        figure(
            ReportCharts.profile(r),
            CHARTS.get(1),
            "Profile by " + ReportCharts.profileLevel(r),
            "Each cell is an economy's score on one of the "
                + ReportCharts.lowestAggregates(r).size()
                + " lowest-level aggregates; darker is higher, empty is missing.",
            dir,
            chartFiles,
            choices));
    List<String> chartNotes = new ArrayList<>();
    if (hasTwoLayers(r)) {
      figures.add(
          figure(
              LayerScatter.chart(r),
              CHARTS.get(2),
              layerTitle(r),
              layerCaption(r),
              dir,
              chartFiles,
              choices));
    } else {
      chartNotes.add(
          "No layer scatter: it compares two layers, and this framework has "
              + Levels.layers(r.framework()).size()
              + " aggregates under the index.");
    }
    List<ReportSheet> sheets = new ArrayList<>();
    for (ReportSection s : sections) {
      for (SectionChart c : s.charts()) {
        AtomicFiles.write(dir.resolve(c.name() + ".png"), c.png());
        AtomicFiles.write(dir.resolve(c.name() + ".svg"), c.svg());
        chartFiles.add(dir.resolve(c.name() + ".png"));
        chartFiles.add(dir.resolve(c.name() + ".svg"));
      }
      sheets.addAll(s.sheets());
    }
    Path html = dir.resolve(HTML);
    AtomicFiles.write(html, HtmlReport.render(r, run, figures, chartNotes, sections, choices));
    Path xlsx = dir.resolve(XLSX);
    AtomicFiles.write(xlsx, XlsxReport.write(r, run, sheets, choices));
    Path manifest = dir.resolve(MANIFEST);
    AtomicFiles.write(manifest, manifestJson);
    List<Path> out = new ArrayList<>(List.of(html, xlsx));
    out.addAll(chartFiles);
    out.add(manifest);
    return List.copyOf(out);
  }

  /** Section charts and sheets may not overwrite the report's own nor each other. */
  private static void checkNames(IndexResult r, List<ReportSection> sections) {
    java.util.Set<String> charts = new java.util.HashSet<>(charts(r));
    java.util.Set<String> sheets = new java.util.HashSet<>();
    XlsxReport.SHEETS.forEach(n -> sheets.add(n.toLowerCase(java.util.Locale.ROOT)));
    for (ReportSection s : sections) {
      for (SectionChart c : s.charts()) {
        if (!charts.add(c.name())) {
          throw new IllegalArgumentException(
              "section '" + s.title() + "': a chart named " + c.name() + " is already written");
        }
      }
      for (ReportSheet t : s.sheets()) {
        // Spreadsheet programs compare sheet names without case.
        if (!sheets.add(t.name().toLowerCase(java.util.Locale.ROOT))) {
          throw new IllegalArgumentException(
              "section '" + s.title() + "': the workbook already has a sheet " + t.name());
        }
      }
    }
  }

  /** The chart base names drawn for this result, in report order. */
  public static List<String> charts(IndexResult r) {
    return hasTwoLayers(r) ? CHARTS : CHARTS.subList(0, 2);
  }

  /** The layer scatter's title: the CICC one, or the framework's own layer names. */
  static String layerTitle(IndexResult r) {
    if (PublishedFiles.CICC_FRAMEWORK.equals(r.framework().id())) {
      return "Technology activity against market friendliness";
    }
    List<String> n = LayerScatter.shortNames(r);
    String t = n.get(0) + " against " + n.get(1);
    return t.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + t.substring(1);
  }

  /**
   * The layer scatter's caption, with the framework's layer names, naming every economy the log
   * axes cannot show.
   */
  static String layerCaption(IndexResult r) {
    List<String> n = LayerScatter.shortNames(r);
    String caption =
        "Each economy's two layer scores (log axes; lines at 1). Above the diagonal an economy"
            + " is relatively stronger in "
            + n.get(1)
            + " than in "
            + n.get(0)
            + ".";
    List<String> missing = LayerScatter.notDrawn(r);
    if (!missing.isEmpty()) {
      caption +=
          " Not drawn, as a zero or missing score has no place on a log axis: "
              + String.join("; ", missing)
              + ".";
    }
    return caption;
  }

  private static boolean hasTwoLayers(IndexResult r) {
    return Levels.layers(r.framework()).size() == 2;
  }

  private static Figure figure(
      Chart<?, ?> chart,
      String name,
      String title,
      String caption,
      Path dir,
      List<Path> written,
      List<String> choices) {
    // the image names the run's non-default choices under the chart, so a pasted copy says how it
    // was made
    String footer = MethodText.captionLine(choices);
    byte[] svg = Charts.svg(chart, footer);
    AtomicFiles.write(dir.resolve(name + ".png"), Charts.png(chart, footer));
    AtomicFiles.write(dir.resolve(name + ".svg"), svg);
    written.add(dir.resolve(name + ".png"));
    written.add(dir.resolve(name + ".svg"));
    return new Figure(name, title, caption, new String(svg, StandardCharsets.UTF_8));
  }
}
