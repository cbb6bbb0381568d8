package org.aidx.report.panel;

import java.util.ArrayList;
import java.util.List;
import org.aidx.analysis.panel.CatchingUp;
import org.aidx.analysis.panel.Panel;
import org.aidx.report.Html;
import org.aidx.report.ReportSection;
import org.aidx.report.ReportSheet;
import org.aidx.report.SectionChart;

/**
 * The report's "Over time" section: the panel rule, the index by economy and year, one reading of
 * catching up per economy, the three panel charts, and an "Over time" sheet for the workbook.
 */
public final class PanelSection {
  private PanelSection() {}

  public static ReportSection of(Panel p, CatchingUp c) {
    StringBuilder h = new StringBuilder();
    h.append("<p>")
        .append(
            Html.escape(
                "One index per year, "
                    + p.from()
                    + "–"
                    + p.to()
                    + ", each computed as 'aidx index --year Y --exclude-stale --max-age "
                    + p.rule().maxAge()
                    + "': every value is the latest at or before the year and at most "
                    + p.rule().maxAge()
                    + " year(s) old; "
                    + p.carried().size()
                    + " value(s) are carried forward from an earlier year (marked *). An economy"
                    + " with values for fewer than "
                    + Math.round(100 * p.rule().minCoverage())
                    + "% of the indicators in a year is marked !."))
        .append("</p>\n");
    h.append("<table><thead><tr><th>iso3</th><th>economy</th>");
    p.years().forEach(y -> h.append("<th>").append(y).append("</th>"));
    h.append("</tr></thead><tbody>\n");
    for (String iso3 : p.economies()) {
      h.append("<tr><td>")
          .append(Html.escape(iso3))
          .append("</td><td>")
          .append(Html.escape(p.name(iso3)))
          .append("</td>");
      for (int y : p.years()) {
        Panel.Row r = p.row(y, iso3);
        h.append("<td>")
            .append(
                r == null || Double.isNaN(r.index())
                    ? "–"
                    : String.format(java.util.Locale.ROOT, "%.3f", r.index())
                        + (r.carried() > 0 ? "*" : "")
                        + (r.lowCoverage() ? "!" : ""))
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody></table>\n");
    // two values for the same year on one page (the ranking and the last column here) need their
    // reason beside them
    h.append("<p class=\"note\" id=\"panel-vs-ranking\">")
        .append(
            Html.escape(
                "Why the "
                    + p.to()
                    + " column can differ from the ranking at the top: the ranking uses each"
                    + " value's latest year whatever its age, while each year here uses only values"
                    + " at most "
                    + p.rule().maxAge()
                    + " year(s) old (older ones count as missing and are imputed or left out), so"
                    + " an economy with old values has a different index, and rank, here."))
        .append("</p>\n");
    if (!c.readings().isEmpty()) {
      h.append("<h3>Catching up</h3>\n<p>")
          .append(
              Html.escape(
                  "Average annual change of each economy's index relative to "
                      + c.reference()
                      + ", "
                      + c.from()
                      + "–"
                      + c.to()
                      + (c.runs() > 0
                          ? ", with the 90% interval over "
                              + c.runs()
                              + " Monte Carlo runs over the weights and imputation (seed "
                              + c.seed()
                              + ")."
                          : ".")))
          .append("</p>\n");
      StringBuilder items = new StringBuilder();
      for (CatchingUp.Reading r : c.readings()) {
        items.append("<li>").append(Html.escape(c.reading(r))).append("</li>\n");
      }
      if (c.basis() != null && !c.basis().complete()) {
        h.append("<p class=\"note\" id=\"composition-warning\">")
            .append(
                Html.escape(
                    "Like for like first: "
                        + c.basisText()
                        + ". Each verdict (gap closing, widening) comes from the index on these"
                        + " indicators; the all-indicators rate beside it includes indicators"
                        + " arriving or leaving between "
                        + c.from()
                        + " and "
                        + c.to()
                        + ", which is composition, not economies catching up."))
            .append("</p>\n");
      }
      h.append("<ul>\n").append(items).append("</ul>\n");
      if (c.likeForLikeNote() != null) {
        h.append("<p>").append(Html.escape(c.likeForLikeNote())).append("</p>\n");
      }
      if (c.note() != null) {
        h.append("<p>").append(Html.escape(c.note())).append("</p>\n");
      }
    }
    List<SectionChart> charts =
        List.of(
            SectionChart.of(
                PanelCharts.index(p),
                "panel-index",
                "Index over time",
                "The index per economy and year; the line at 1 is the reference."),
            SectionChart.of(
                PanelCharts.ranks(p), "panel-ranks", "Ranks over time", "Rank 1 on top."),
            SectionChart.of(
                PanelCharts.gap(p, List.of()),
                "panel-gap",
                "Gap to the reference",
                "Reference's index minus the economy's, per year."));
    return new ReportSection("Over time", h.toString(), charts, List.of(sheet(p)));
  }

  /** The section when no panel could be computed: the reasons, so the reader knows. */
  public static ReportSection unavailable(org.aidx.model.InputException e) {
    StringBuilder h =
        new StringBuilder("<p>")
            .append(
                Html.escape(
                    "No panel of yearly indices could be computed for these inputs (see 'aidx"
                        + " panel'):"))
            .append("</p>\n<ul>\n");
    for (org.aidx.model.Problem p : e.problems()) {
      h.append("<li>").append(Html.escape(p.toString())).append("</li>\n");
    }
    h.append("</ul>\n");
    return new ReportSection("Over time", h.toString());
  }

  /** The panel's rows as a sheet: the columns of {@code aidx panel --format csv}. */
  static ReportSheet sheet(Panel p) {
    List<String> header = PanelWriter.columns(p);
    List<String> nodes = org.aidx.report.ResultWriter.scoreColumns(p.framework());
    List<List<Object>> rows = new ArrayList<>();
    for (Panel.Row r : p.rows()) {
      List<Object> row = new ArrayList<>();
      row.add(r.year());
      row.add(r.iso3());
      row.add(r.name());
      row.add(r.rank());
      row.add(r.tier() == 0 ? null : r.tier());
      row.add(r.index());
      for (String n : nodes) {
        row.add(r.scores().get(n));
      }
      row.add(r.indicators());
      row.add(r.present());
      row.add(r.carried());
      row.add(r.coverage());
      row.add(r.lowCoverage());
      rows.add(row);
    }
    return new ReportSheet("Over time", header, rows);
  }
}
