package org.aidx.report.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aidx.analysis.region.Concentration;
import org.aidx.analysis.region.Scorecard;
import org.aidx.analysis.region.Typology;
import org.aidx.input.RegionFiles;
import org.aidx.input.RegionInputs;
import org.aidx.report.Figure;
import org.aidx.report.Html;
import org.aidx.report.ReportSection;
import org.aidx.report.ReportSheet;
import org.aidx.report.SectionChart;

/**
 * The report's "Regions" section ({@code aidx report --regions}): concentration of estimated AI
 * users across US metro areas with the Lorenz curve, the typology's groups with their profiles and
 * stability, the scorecard against Brookings (2021), and two maps (AI user share; typology).
 */
public final class RegionSection {
  public static final String TITLE = "Regions: the geography of AI in the United States";

  private RegionSection() {}

  private static String esc(String s) {
    return Html.escape(s);
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }

  private static String f(double v, int d) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + d + "f", v) : "–";
  }

  public static ReportSection of(
      RegionInputs in, Concentration.Result c, Typology.Result t, Scorecard card) {
    StringBuilder b = new StringBuilder();
    StringBuilder tops = new StringBuilder();
    for (int i = 0; i < c.ks().size(); i++) {
      tops.append(i == 0 ? "" : ", ")
          .append("the top ")
          .append(c.ks().get(i))
          .append(" hold ")
          .append(pct(c.topShares().get(i)));
    }
    b.append("<p id=\"region-concentration\">")
        .append(
            esc(
                "Estimated AI users (Microsoft AI user share 2026 Q1 × population 2024) across "
                    + c.rows().size()
                    + " "
                    + in.level()
                    + " areas: "
                    + tops
                    + " of the national total; HHI "
                    + f(c.hhi(), 4)
                    + ", Gini "
                    + f(c.gini(), 3)
                    + ", Theil "
                    + f(c.theil(), 3)
                    + ". Shares are of the national total (all counties)."))
        .append("</p>\n");
    b.append("<p>")
        .append(
            esc(
                "Typology: "
                    + t.spec().describe()
                    + "; "
                    + t.k()
                    + " groups (k by "
                    + t.kRule()
                    + "), mean silhouette "
                    + f(t.silhouette(), 3)
                    + ". Groups are ranked by their mean z-score and named from their profile: "
                    + "high X when the group's mean z-score of X is at least 0.5, low X at most "
                    + "-0.5. Stability is the mean bootstrap Jaccard similarity."))
        .append("</p>\n");
    for (String n : t.notes()) {
      b.append("<p class=\"small\">").append(esc("Note: " + n)).append("</p>\n");
    }
    b.append("<div class=\"scroll\"><table id=\"region-groups\">\n<thead><tr><th>Group</th>")
        .append("<th>Name</th><th class=\"num\">Regions</th><th class=\"num\">Stability</th>");
    for (String id : t.used()) {
      b.append("<th class=\"num\">").append(esc(id)).append("</th>");
    }
    b.append("<th>Leading regions</th></tr></thead>\n<tbody>\n");
    for (Typology.Group g : t.groups()) {
      b.append("<tr><td>").append(g.rank()).append("</td><td>").append(esc(g.name()));
      b.append("</td><td class=\"num\">").append(g.size()).append("</td><td class=\"num\">");
      b.append(f(g.stability(), 2)).append("</td>");
      for (double m : g.mean()) {
        b.append("<td class=\"num\">").append(f(m, 2)).append("</td>");
      }
      List<String> lead = new ArrayList<>();
      g.members().stream().limit(3).forEach(r -> lead.add(r.name()));
      b.append("<td>").append(esc(String.join("; ", lead))).append("</td></tr>\n");
    }
    b.append("</tbody></table></div>\n");
    if (card != null) {
      b.append("<h3>Scorecard against Brookings (2021)</h3>\n<p>")
          .append(
              esc(
                  "Muro and Liu (2021) name 2 superstars and 13 early adopters; where they land in"
                      + " this typology (group 1 holds "
                      + t.groups().get(0).size()
                      + " of "
                      + t.regions().size()
                      + " regions):"))
          .append("</p>\n<table id=\"region-scorecard\"><thead><tr><th>Published group</th>")
          .append("<th class=\"num\">Members</th><th class=\"num\">In group 1</th>")
          .append("<th class=\"num\">In groups 1–2</th></tr></thead>\n<tbody>\n");
      for (Scorecard.Summary s : card.summary()) {
        b.append("<tr><td>")
            .append(esc(s.group()))
            .append("</td><td class=\"num\">")
            .append(s.members())
            .append("</td><td class=\"num\">")
            .append(s.inTop())
            .append("</td><td class=\"num\">")
            .append(s.inTopTwo())
            .append("</td></tr>\n");
      }
      b.append("</tbody></table>\n");
    }
    Map<String, Double> share = new HashMap<>();
    double[] v = in.table().column(RegionFiles.AI_USER_SHARE);
    for (int i = 0; i < v.length; i++) {
      share.put(in.table().regions().get(i).code(), v[i]);
    }
    Choropleth shareMap =
        UsMaps.numeric(in, share, "AI user share by " + in.level() + " area, 2026 Q1", "%.1f%%");
    Choropleth groupMap =
        UsMaps.groups(in, t, "Typology of " + in.level() + " areas (" + t.k() + " groups)");
    List<SectionChart> charts =
        List.of(
            SectionChart.of(
                RegionCharts.lorenz(c),
                "region-lorenz",
                "Lorenz curve of AI users",
                "Cumulative share of AI users against the cumulative share of regions."),
            new SectionChart(
                new Figure(
                    "region-map-share",
                    "AI user share",
                    "Counties coloured by their metro area's population-weighted AI user share; "
                        + shareMap.rule(),
                    shareMap.svg()),
                shareMap.png()),
            new SectionChart(
                new Figure("region-map-typology", "Typology", groupMap.rule(), groupMap.svg()),
                groupMap.png()));
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < t.regions().size(); i++) {
      int g = t.group().get(i);
      rows.add(
          List.of(
              t.regions().get(i).code(),
              t.regions().get(i).name(),
              (double) g,
              t.groups().get(g - 1).name()));
    }
    ReportSheet sheet =
        new ReportSheet("Region groups", List.of("code", "name", "group", "group_name"), rows);
    return new ReportSection(TITLE, b.toString(), charts, List.of(sheet));
  }
}
