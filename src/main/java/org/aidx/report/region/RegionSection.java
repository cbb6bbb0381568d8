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

  /**
   * The section: a concentration table (one row per count indicator; {@code cs.get(0)} also gives
   * the Lorenz curve), the typology, the Brookings scorecard and maps.
   */
  public static ReportSection of(
      RegionInputs in, List<Concentration.Result> cs, Typology.Result t, Scorecard card) {
    Concentration.Result c = cs.get(0);
    StringBuilder b = new StringBuilder();
    b.append("<p>")
        .append(
            esc(
                "Concentration across "
                    + in.level()
                    + " areas: the share of the national total (all counties, placed or not)"
                    + " held by the top areas, and HHI, Gini and Theil over the areas. AI papers,"
                    + " university CS R&D and patents are built from open records by aidx's"
                    + " records jobs; patents cover all technologies (innovation capacity, not"
                    + " AI)."))
        .append("</p>\n<table id=\"region-concentration\"><thead><tr><th>Indicator</th>")
        .append("<th class=\"num\">Areas</th>");
    for (int k : c.ks()) {
      b.append("<th class=\"num\">Top ").append(k).append("</th>");
    }
    b.append("<th class=\"num\">HHI</th><th class=\"num\">Gini</th><th class=\"num\">Theil</th>")
        .append("<th>Top area</th></tr></thead>\n<tbody>\n");
    for (Concentration.Result x : cs) {
      b.append("<tr><td>")
          .append(esc(in.table().indicator(x.indicator()).label()))
          .append("</td><td class=\"num\">")
          .append(x.rows().size())
          .append("</td>");
      for (double share : x.topShares()) {
        b.append("<td class=\"num\">").append(pct(share)).append("</td>");
      }
      b.append("<td class=\"num\">")
          .append(f(x.hhi(), 4))
          .append("</td><td class=\"num\">")
          .append(f(x.gini(), 3))
          .append("</td><td class=\"num\">")
          .append(f(x.theil(), 3))
          .append("</td><td>")
          .append(esc(x.rows().isEmpty() ? "" : x.rows().get(0).region().name()))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");
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
    for (String label : t.labels()) {
      b.append("<th class=\"num\">").append(esc(label)).append("</th>");
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
          .append(
              "<th class=\"num\">In groups 1–2</th><th>aidx groups (group: members of size)</th>")
          .append("</tr></thead>\n<tbody>\n");
      for (Scorecard.Summary s : card.summary()) {
        b.append("<tr><td>")
            .append(esc(s.group()))
            .append("</td><td class=\"num\">")
            .append(s.members())
            .append("</td><td class=\"num\">")
            .append(s.inTop())
            .append("</td><td class=\"num\">")
            .append(s.inTopTwo())
            .append("</td><td>")
            .append(esc(Scorecard.landing(s)))
            .append("</td></tr>\n");
      }
      b.append("</tbody></table>\n<table id=\"region-scorecard-metros\"><thead><tr>")
          .append("<th>Published group</th><th>Metro</th><th>aidx group</th>")
          .append("<th class=\"num\">Group size</th></tr></thead>\n<tbody>\n");
      for (Scorecard.Row r : card.rows()) {
        b.append("<tr><td>")
            .append(esc(r.member().group()))
            .append("</td><td>")
            .append(esc(r.member().name()))
            .append("</td><td>")
            .append(esc(r.group() == 0 ? "not clustered" : r.group() + ": " + r.groupName()))
            .append("</td><td class=\"num\">")
            .append(r.group() == 0 ? "" : String.valueOf(r.groupSize()))
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
    Map<String, Double> papers = new HashMap<>();
    double[] pv = in.table().column(RegionFiles.AI_AUTHORSHIP);
    double[] pop = in.table().column(RegionFiles.POPULATION);
    for (int i = 0; i < pv.length; i++) {
      papers.put(
          in.table().regions().get(i).code(),
          pop[i] > 0 ? pv[i] / pop[i] * Typology.PER_RESIDENTS : Double.NaN);
    }
    Choropleth papersMap =
        UsMaps.numeric(
            in,
            papers,
            "AI papers (fractional, 2015-2024) per 100k residents by " + in.level() + " area",
            "%.1f");
    Choropleth groupMap =
        UsMaps.groups(in, t, "Typology of " + in.level() + " areas (" + t.k() + " groups)");
    List<SectionChart> charts =
        List.of(
            SectionChart.of(
                RegionCharts.lorenz(c, in.table().indicator(c.indicator()).label()),
                "region-lorenz",
                "Lorenz curve of " + in.table().indicator(c.indicator()).label(),
                "Cumulative share of the indicator against the cumulative share of regions."),
            new SectionChart(
                new Figure(
                    "region-map-papers",
                    "AI papers per 100k residents",
                    "Counties coloured by their metro area's AI conference papers (fractional,"
                        + " 2015-2024, US affiliations placed by IPEDS, overrides and company"
                        + " headquarters) per 100,000 residents; "
                        + papersMap.rule(),
                    papersMap.svg()),
                papersMap.png()),
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
