package org.aidx.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.method.normalise.Normalisation;
import org.aidx.model.Direction;
import org.aidx.model.Observation;
import org.aidx.pipeline.Coverage;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;

/**
 * Renders a result as one self-contained HTML page: inline CSS, charts as inline SVG whose labels
 * are text (found by the browser's search), an embedded CJK font ({@link CjkFont}), no script and
 * no external reference, so it opens offline and can be mailed as one file.
 *
 * <p>Every part is generated from the result (framework, spec, values, provenance), so the method
 * description cannot drift from what was computed. The page is polyglot XHTML: valid HTML5 and
 * well-formed XML, which lets tests parse it with the JDK's XML parser. All text from inputs
 * (economy names, sources, units, notes) is escaped with {@link Html#escape}.
 *
 * <pre>{@code
 * IndexResult r = Pipeline.run(fw, data, PipelineSpec.defaults());
 * String html = HtmlReport.render(r, RunInfo.fromManifest(manifestJson), figures, List.of());
 * }</pre>
 */
public final class HtmlReport {
  private static final String CSS =
      String.join(
          "\n",
          CjkFont.fontFace(),
          "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,"
              + CjkFont.CSS_FAMILY
              + ",sans-serif;margin:0 auto;",
          "max-width:1280px;padding:1rem 1.5rem;color:#1b1b1b;line-height:1.45}",
          "h1{font-size:1.6rem;margin-bottom:.2rem}h2{border-bottom:1px solid #ccc;margin-top:2rem}",
          ".meta{color:#555;font-size:.9rem}",
          "table{border-collapse:collapse;font-size:.8rem;margin:.5rem 0}",
          "th,td{border-bottom:1px solid #e3e3e3;padding:.25rem .35rem;text-align:left;",
          "vertical-align:top}",
          "th{background:#f3f5f7;position:sticky;top:0}",
          "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}",
          ".scroll{overflow-x:auto}",
          "tr.flag td{background:#fff8e1}td.missing{color:#b00020}",
          "code{font-size:.85em;background:#f3f5f7;padding:0 .2em}",
          "figure{margin:1rem 0}figure svg{max-width:100%;height:auto;border:1px solid #eee}",
          "figcaption{color:#555;font-size:.9rem}",
          "caption{caption-side:top;text-align:left;color:#555;font-size:.85rem}",
          ".method-caption{font-weight:600;color:#7a4b00}",
          "ul.tree{list-style:none;padding-left:1.2rem;border-left:1px dotted #bbb}",
          "nav ol{columns:2;font-size:.9rem}",
          "@media print{nav{display:none}th{position:static}}");

  private HtmlReport() {}

  /**
   * The whole page.
   *
   * @param figures charts in the order shown
   * @param sections optional sections (robustness, coherence, scenarios) placed after the charts
   */
  public static String render(
      IndexResult r, RunInfo run, List<Figure> figures, List<ReportSection> sections) {
    return render(r, run, figures, List.of(), sections);
  }

  /**
   * The whole page, with one line under the charts for each chart left out and why (e.g. the layer
   * scatter of a framework without two layers).
   */
  public static String render(
      IndexResult r,
      RunInfo run,
      List<Figure> figures,
      List<String> chartNotes,
      List<ReportSection> sections) {
    return render(r, run, figures, chartNotes, sections, List.of());
  }

  /**
   * The whole page, its title naming the run's non-default choices ({@link
   * org.aidx.pipeline.MethodCaption}) and each of its own tables and charts captioned with them;
   * under the defaults, one short line under the title says so. Sections carry their own captions
   * ({@link ReportSection#withCaption}).
   */
  public static String render(
      IndexResult r,
      RunInfo run,
      List<Figure> figures,
      List<String> chartNotes,
      List<ReportSection> sections,
      List<String> choices) {
    Framework fw = r.framework();
    String line = MethodText.captionLine(choices);
    String title = org.aidx.pipeline.MethodCaption.title(fw.name(), choices);
    List<String[]> toc = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    section(body, toc, "summary", "Summary", summary(r));
    section(body, toc, "ranking", "Ranked table", MethodText.captioned(ranking(r), line));
    if (!figures.isEmpty() || !chartNotes.isEmpty()) {
      StringBuilder c = new StringBuilder(charts(figures));
      chartNotes.forEach(n -> c.append("<p class=\"meta\">").append(esc(n)).append("</p>\n"));
      section(body, toc, "charts", "Charts", MethodText.captioned(c.toString(), line));
    }
    for (int k = 0; k < sections.size(); k++) {
      ReportSection s = sections.get(k);
      String html = s.html();
      if (!s.charts().isEmpty()) {
        html += charts(s.charts().stream().map(SectionChart::figure).toList());
      }
      section(body, toc, "section-" + (k + 1), s.title(), html);
    }
    section(
        body,
        toc,
        "method",
        "Method",
        MethodText.captioned(method(fw, r.methodology(), r.reference()), line));
    section(body, toc, "sources", "Data sources", MethodText.captioned(sources(r), line));
    section(
        body,
        toc,
        "coverage",
        "Coverage, missing and imputed values",
        MethodText.captioned(coverage(r), line));
    section(body, toc, "notes", "Notes", notes(r));

    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n");
    b.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n");
    b.append("<meta charset=\"utf-8\"/>\n");
    b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    b.append("<meta name=\"generator\" content=\"aidx ")
        .append(esc(run.version()))
        .append("\"/>\n");
    b.append("<title>").append(esc(title)).append("</title>\n");
    b.append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n");
    b.append("<header>\n<h1>").append(esc(title)).append("</h1>\n");
    b.append("<p class=\"")
        .append(line.isEmpty() ? "meta method-caption" : "method-caption")
        .append("\">")
        .append(esc(line.isEmpty() ? MethodText.defaultLine(fw, r.methodology()) : line))
        .append("</p>\n");
    b.append("<p class=\"meta\">Run ")
        .append(esc(run.created()))
        .append(" with aidx ")
        .append(esc(run.version()))
        .append(": <code>")
        .append(esc(run.command()))
        .append("</code></p>\n</header>\n");
    b.append("<nav><h2>Contents</h2>\n<ol>\n");
    for (String[] t : toc) {
      b.append("<li><a href=\"#")
          .append(t[0])
          .append("\">")
          .append(esc(t[1]))
          .append("</a></li>\n");
    }
    b.append("</ol></nav>\n");
    b.append(body);
    b.append("<footer class=\"meta\"><p>Written by aidx ")
        .append(esc(run.version()))
        .append(". The same tables are in report.xlsx; manifest.json holds the input hashes and")
        .append(" the full methodology needed to re-run this report.</p></footer>\n");
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private static void section(
      StringBuilder b, List<String[]> toc, String id, String title, String html) {
    toc.add(new String[] {id, title});
    b.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(title)).append("</h2>\n");
    b.append(html).append("</section>\n");
  }

  private static String summary(IndexResult r) {
    StringBuilder b = new StringBuilder("<p>");
    int n = r.economies().size();
    b.append(n).append(" economies, ").append(r.indicators().size()).append(" indicators. ");
    if (r.reference() != null && r.framework().relativeToReference()) {
      b.append("Every score is relative to the reference economy, ")
          .append(esc(r.reference()))
          .append(" (= 1). ");
    }
    var t = r.tiering();
    b.append(t.count())
        .append(" tier(s) by ")
        .append(esc(r.methodology().tiers().label()))
        .append(String.format(Locale.ROOT, ", goodness of variance fit %.3f.", t.gvf()));
    int[] order = r.order();
    if (order.length > 0 && !Double.isNaN(r.index(order[0]))) {
      int top = order[0];
      b.append(" Highest index: ")
          .append(esc(r.name(top)))
          .append(" (")
          .append(fixed(r.index(top)))
          .append(").");
    }
    int missing = 0;
    int imputed = 0;
    for (int[] c : r.coverage().values()) {
      missing += c[0];
      imputed += c[1];
    }
    b.append(" Values missing: ").append(DataSource.missingText(missing, imputed)).append('.');
    return b.append("</p>\n").toString();
  }

  private static String ranking(IndexResult r) {
    List<String> cols = ResultWriter.scoreColumns(r.framework());
    Map<String, int[]> cov = r.coverage();
    StringBuilder b = new StringBuilder("<div class=\"scroll\"><table id=\"ranking-table\">\n");
    b.append("<thead><tr><th class=\"num\">Rank</th><th class=\"num\">Tier</th><th>ISO3</th>");
    b.append("<th>Economy</th><th class=\"num\">Index</th>");
    for (String c : cols) {
      b.append("<th class=\"num\" title=\"")
          .append(esc(c))
          .append("\">")
          .append(esc(shortName(r.node(c).name())))
          .append("</th>");
    }
    b.append("<th class=\"num\">Missing</th><th class=\"num\">Coverage</th>");
    b.append("</tr></thead>\n<tbody>\n");
    for (int e : r.order()) {
      String code = r.economies().get(e);
      int[] c = cov.get(code);
      boolean flag = c[0] > 0 || c[1] > 0;
      Coverage coverage = Coverage.of(r, e);
      b.append("<tr data-iso3=\"").append(esc(code)).append('"');
      if (flag) {
        b.append(" class=\"flag\"");
      }
      if (coverage.low()) {
        b.append(" data-low-coverage=\"true\"");
      }
      b.append('>');
      b.append("<td class=\"num\">")
          .append(esc(rank(r.rank(e)) + (coverage.low() ? "*" : "")))
          .append("</td>");
      b.append("<td class=\"num\">").append(r.tier(e) == 0 ? "" : r.tier(e)).append("</td>");
      b.append("<td>").append(esc(code)).append("</td>");
      b.append("<td>").append(esc(r.name(e))).append("</td>");
      num(b, r.index(e));
      for (String col : cols) {
        num(b, r.score(col, e));
      }
      b.append("<td class=\"num\">").append(DataSource.missingText(c[0], c[1])).append("</td>");
      b.append("<td class=\"num\" title=\"")
          .append(esc(coverage.describe()))
          .append("\">")
          .append(esc(coverage.label()))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table></div>\n");
    b.append("<p class=\"meta\">Rows shaded: at least one indicator value is missing or imputed")
        .append(" (see Coverage). Coverage: indicators with a value of the economy's own, of the")
        .append(" framework's. Column headers are node names; hover for the node id.</p>\n");
    List<String> low = ResultWriter.lowCoverage(r);
    if (!low.isEmpty()) {
      b.append("<p id=\"low-coverage\">").append(esc(low.get(0))).append(":</p>\n<ul>\n");
      for (String line : low.subList(1, low.size())) {
        b.append("<li>").append(esc(line.trim())).append("</li>\n");
      }
      b.append("</ul>\n");
    }
    return b.toString();
  }

  private static String charts(List<Figure> figures) {
    StringBuilder b = new StringBuilder();
    for (Figure f : figures) {
      b.append("<figure id=\"figure-").append(esc(f.name())).append("\">\n");
      b.append(inlineSvg(f, "figure-" + f.name() + "-"))
          .append("\n<figcaption><strong>")
          .append(esc(f.title()))
          .append(".</strong> ")
          .append(esc(f.caption()))
          .append(" Also written as ")
          .append(esc(f.name()))
          .append(".png and ")
          .append(esc(f.name()))
          .append(".svg.</figcaption>\n</figure>\n");
    }
    return b.toString();
  }

  private static final Pattern PROLOG =
      Pattern.compile("^\\s*(<\\?xml[^>]*\\?>)?\\s*(<!DOCTYPE[^>]*>)?\\s*");
  private static final Pattern ID = Pattern.compile("(\\bid=\"|url\\(#|href=\"#)([^\")]+)");

  /**
   * The figure's SVG as an element of the page, so its {@code <text>} is found by the browser's
   * search and drawn with the page's fonts: without the XML prolog, with every id (and every
   * reference to one) prefixed so two charts' clip paths cannot clash, labelled by the title.
   */
  static String inlineSvg(Figure f, String idPrefix) {
    String svg = PROLOG.matcher(f.svg()).replaceFirst("");
    svg =
        ID.matcher(svg)
            .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + idPrefix + m.group(2)));
    return svg.replaceFirst(
        "<svg\\b",
        Matcher.quoteReplacement("<svg role=\"img\" aria-label=\"" + esc(f.title()) + "\""));
  }

  /**
   * Method summary generated from the framework and the resolved methodology, never hand-written;
   * {@code spec} only says whether a normalisation or aggregation was asked for every node.
   */
  static String method(Framework fw, Methodology m, String reference) {
    StringBuilder b = new StringBuilder();
    b.append("<table id=\"method-steps\"><tbody>\n");
    row(b, "Framework", fw.id() + (fw.source().isBlank() ? "" : " (" + fw.source() + ")"));
    row(
        b,
        "Reference economy",
        reference == null
            ? "none"
            : reference
                + (fw.relativeToReference()
                    ? "; every aggregate score is divided by the reference's, so it scores 1"
                    : "; scores are not rescaled to it"));
    row(
        b,
        "Year of each value",
        m.year() == null
            ? "latest available per economy and indicator"
            : "latest at or before " + m.year());
    row(b, "Denominators", m.denominate() ? "applied as declared" : "not applied");
    row(b, "Imputation", m.imputation().label());
    if (m.zeroFloor() > 0) {
      row(
          b,
          "Zeros",
          "raised to "
              + m.zeroFloor()
              + " × the indicator's smallest positive value, before normalisation (flagged)");
    }
    row(b, "Outlier treatment", m.treatment().label());
    row(
        b,
        "Normalisation",
        MethodText.oneNormalisation(m)
            ? MethodText.normalisation(m) + " for every indicator"
            : MethodText.normalisation(m) + " (see the tree)");
    row(
        b,
        "Aggregation",
        (MethodText.oneAggregation(m)
                ? MethodText.aggregation(fw, m) + " mean at every node"
                : MethodText.aggregation(fw, m) + " (see the tree)")
            + "; weights renormalised over the children present");
    row(b, "Tiers", m.tiers().label());
    if (m.scoreFloor() != null) {
      row(b, "Geometric floor", "values below " + m.scoreFloor() + " raised to it");
    }
    b.append("</tbody></table>\n<h3>Index tree</h3>\n<ul class=\"tree\">\n");
    tree(b, fw.root(), 1.0, m, true);
    b.append("</ul>\n");
    return b.toString();
  }

  private static void tree(StringBuilder b, Node n, double share, Methodology m, boolean root) {
    b.append("<li><strong>").append(esc(n.name())).append("</strong> <code>");
    b.append(esc(n.id())).append("</code>");
    List<String> facts = new ArrayList<>();
    if (n instanceof Node.Aggregate a && !a.level().isBlank()) {
      facts.add(a.level());
    }
    if (!root) {
      facts.add(
          "weight "
              + trim(n.weight())
              + String.format(Locale.ROOT, " (%.1f%% of its group)", 100 * share));
    }
    if (n instanceof Node.Aggregate a) {
      Aggregation how = m.aggregationOf(a.id());
      facts.add(how.label() + " mean of " + a.children().size() + " part(s)");
    } else if (n instanceof Node.Indicator i) {
      facts.add(i.direction() == Direction.POSITIVE ? "higher is better" : "lower is better");
      if (!i.transform().label().equals("none")) {
        facts.add("transform " + i.transform().label());
      }
      Normalisation norm = m.normalisationOf(i.id());
      facts.add("normalised by " + norm.label());
      if (i.denominator() != null) {
        facts.add("denominator " + i.denominator() + (m.denominate() ? "" : " (not applied)"));
      }
    }
    b.append(": ").append(esc(String.join("; ", facts)));
    if (n instanceof Node.Aggregate a && !a.children().isEmpty()) {
      double total = a.children().stream().mapToDouble(Node::weight).sum();
      b.append("\n<ul class=\"tree\">\n");
      for (Node c : a.children()) {
        tree(b, c, total > 0 ? c.weight() / total : Double.NaN, m, false);
      }
      b.append("</ul>\n");
    }
    b.append("</li>\n");
  }

  private static String sources(IndexResult r) {
    StringBuilder b = new StringBuilder("<div class=\"scroll\"><table id=\"sources-table\">\n");
    b.append("<thead><tr><th>Indicator</th><th>Source</th><th>Unit</th><th>Years used</th>");
    b.append("<th class=\"num\">Values</th><th class=\"num\">Missing</th>");
    b.append("</tr></thead>\n<tbody>\n");
    for (DataSource s : DataSource.of(r)) {
      b.append("<tr data-indicator=\"").append(esc(s.indicator())).append("\"");
      if (s.missing() > 0 || s.imputed() > 0) {
        b.append(" class=\"flag\"");
      }
      b.append("><td>").append(esc(s.name())).append("<br/><code>");
      b.append(esc(s.indicator())).append("</code></td>");
      b.append("<td>").append(esc(s.sourceText())).append("</td>");
      b.append("<td>").append(esc(String.join("; ", s.units()))).append("</td>");
      b.append("<td>").append(esc(s.years())).append("</td>");
      b.append("<td class=\"num\">").append(s.values()).append("</td>");
      b.append("<td class=\"num\">")
          .append(DataSource.missingText(s.missing(), s.imputed()))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table></div>\n");
    b.append("<p class=\"meta\">Counted over the values this run used (one per economy and")
        .append(" indicator); the data files' own provenance notes describe each source in full.")
        .append(" Per-value source, year and file location are in report.xlsx (Indicators).</p>\n");
    return b.toString();
  }

  private static String coverage(IndexResult r) {
    List<String> items = new ArrayList<>();
    for (int e : r.order()) {
      for (int i = 0; i < r.indicators().size(); i++) {
        Observation o = r.observation(i, e);
        String what = null;
        if (r.imputed(i, e)) {
          what = "imputed (" + r.methodology().imputation().label() + ")";
        } else if (o == null) {
          what = "missing";
        } else if (r.winsorised(i, e)) {
          what = "winsorised";
        } else if (r.floored(i, e)) {
          what = "zero raised to the floor";
        }
        if (what != null) {
          items.add(
              "<li>"
                  + esc(r.name(e))
                  + " (<code>"
                  + esc(r.economies().get(e))
                  + "</code>), "
                  + esc(r.node(r.indicators().get(i)).name())
                  + " (<code>"
                  + esc(r.indicators().get(i))
                  + "</code>): "
                  + esc(what)
                  + "</li>");
        }
      }
    }
    if (items.isEmpty()) {
      return "<p>Every economy has an observed value for every indicator; nothing was imputed or"
          + " treated.</p>\n";
    }
    return "<p>"
        + items.size()
        + " value(s) flagged. A missing value is left out of its dimension's mean (weights"
        + " renormalised over the values present).</p>\n<ul id=\"flagged-values\">\n"
        + String.join("\n", items)
        + "\n</ul>\n";
  }

  private static String notes(IndexResult r) {
    if (r.notes().isEmpty()) {
      return "<p>No notes.</p>\n";
    }
    StringBuilder b = new StringBuilder("<ul>\n");
    r.notes().forEach(n -> b.append("<li>").append(esc(n)).append("</li>\n"));
    return b.append("</ul>\n").toString();
  }

  private static void row(StringBuilder b, String key, String value) {
    b.append("<tr><th>").append(esc(key)).append("</th><td>").append(esc(value));
    b.append("</td></tr>\n");
  }

  private static void num(StringBuilder b, double v) {
    if (Double.isNaN(v)) {
      b.append("<td class=\"num missing\">n/a</td>");
    } else {
      b.append("<td class=\"num\">").append(fixed(v)).append("</td>");
    }
  }

  /** The part of a node name before a parenthesis or comma, e.g. "Compute (算力)" → "Compute". */
  private static String shortName(String name) {
    int cut = name.length();
    for (char c : new char[] {'(', ','}) {
      int k = name.indexOf(c);
      if (k > 0) {
        cut = Math.min(cut, k);
      }
    }
    return name.substring(0, cut).trim();
  }

  private static String fixed(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String trim(double w) {
    return w == Math.rint(w) ? Long.toString((long) w) : Double.toString(w);
  }

  private static String rank(double r) {
    if (Double.isNaN(r)) {
      return "";
    }
    return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
  }

  private static String esc(String s) {
    return Html.escape(s);
  }
}
