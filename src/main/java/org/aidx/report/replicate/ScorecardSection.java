package org.aidx.report.replicate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aidx.analysis.replicate.FinanceComparison;
import org.aidx.analysis.replicate.ScorecardLine;
import org.aidx.report.Html;
import org.aidx.report.ReportSection;
import org.aidx.report.ReportSheet;

/**
 * The report's "Replication scorecard" section: each figure and claim the study published beside
 * aidx's, with the difference and the verdict, a one-line summary and a workbook sheet.
 *
 * <pre>{@code
 * List<ScorecardLine> lines = new Replication(result, exposure, advantage).scorecard(claims);
 * ReportSection s = ScorecardSection.of(lines, PublishedFiles.finance(result));
 * }</pre>
 */
public final class ScorecardSection {
  public static final String TITLE = "Replication scorecard";
  public static final String SHEET = "Scorecard";
  public static final String FINANCE_SHEET = "Scorecard finance";

  /** The shipped industry groups' names, for the measures the scorecard's lines name. */
  public static final org.aidx.exposure.GroupNames NAMES =
      org.aidx.input.ExposureFiles.loadDefaultGroupNames();

  private ScorecardSection() {}

  /** The section: the scorecard, then aidx's finance beside OECD.AI's. */
  public static ReportSection of(List<ScorecardLine> lines, FinanceComparison finance) {
    StringBuilder b = new StringBuilder();
    b.append("<p>")
        .append(
            Html.escape(
                "The figures and claims CICC Research published for its AI Development Index (2024,"
                    + " chapter 1, section 4(2), parts 3 and 4), beside what aidx computes. A"
                    + " number agrees within 10% of the published figure and is close within 25%; a"
                    + " rank agrees when equal; a claim about several economies agrees when it"
                    + " holds for all of them. A line is not measured when the framework in use"
                    + " lacks its measure. An agreement is trivial when the claim would hold for a"
                    + " random choice of economies with probability above 0.5 (the chance column)."
                    + " docs/replication.md explains every line that misses."))
        .append("</p>\n");
    b.append("<p id=\"scorecard-summary\">").append(Html.escape(summary(lines))).append("</p>\n");
    b.append("<div class=\"scroll\"><table id=\"scorecard\">\n");
    b.append("<thead><tr><th>Claim</th><th>Published</th><th>aidx</th>");
    b.append("<th class=\"num\">Difference</th><th>Verdict</th><th class=\"num\">Chance</th>");
    b.append("</tr></thead>\n<tbody>\n");
    List<List<Object>> rows = new ArrayList<>();
    for (ScorecardLine l : lines) {
      String diff = l.differenceText();
      b.append("<tr class=\"verdict-")
          .append(l.verdict().label().replace(' ', '-'))
          .append("\"><td>")
          .append(Html.escape(l.claim().claim()))
          .append("<br/><small>")
          .append(Html.escape(l.claim().text()))
          .append(
              l.claim().location().isEmpty() ? "" : " (" + Html.escape(l.claim().location()) + ")")
          .append("</small></td><td>")
          .append(Html.escape(NAMES.named(l.published())))
          .append("</td><td>")
          .append(Html.escape(NAMES.named(l.aidx())))
          .append("</td><td class=\"num\">")
          .append(diff)
          .append("</td><td>")
          .append(l.verdict().label())
          .append(l.trivial() ? " (trivially)" : "")
          .append("</td><td class=\"num\">")
          .append(l.chanceText())
          .append("</td></tr>\n");
      rows.add(
          java.util.Arrays.asList(
              l.claim().id(),
              l.claim().claim(),
              NAMES.named(l.published()),
              NAMES.named(l.aidx()),
              Double.isNaN(l.difference()) ? null : l.difference(),
              l.verdict().label(),
              Double.isNaN(l.chance()) ? null : l.chance(),
              l.trivial() ? "yes" : "",
              l.claim().text(),
              l.claim().location()));
    }
    b.append("</tbody></table></div>\n");
    b.append("<p>").append(Html.escape(FinanceComparisonWriter.caption(finance))).append("</p>\n");
    b.append("<div class=\"scroll\"><table id=\"scorecard-finance\">\n<thead><tr>");
    for (String h : FinanceComparisonWriter.HEADER) {
      b.append(h.equals("iso3") ? "<th>" : "<th class=\"num\">").append(h).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    List<List<Object>> financeRows = new ArrayList<>();
    for (FinanceComparison.Line l : finance.lines()) {
      b.append("<tr><td>").append(l.iso3()).append("</td>");
      for (double v :
          new double[] {
            l.publishedUsdMillion(),
            l.published(),
            l.finance(),
            l.amounts(),
            l.amounts() / l.published()
          }) {
        b.append("<td class=\"num\">")
            .append(Double.isNaN(v) ? "" : String.format(java.util.Locale.ROOT, "%.3f", v))
            .append("</td>");
      }
      b.append("</tr>\n");
      financeRows.add(
          java.util.Arrays.asList(
              l.iso3(),
              l.publishedUsdMillion(),
              l.published(),
              l.finance(),
              l.amounts(),
              l.amounts() / l.published()));
    }
    b.append("</tbody></table></div>\n");
    return new ReportSection(
        TITLE,
        b.toString(),
        List.of(),
        List.of(
            new ReportSheet(
                SHEET,
                List.of(
                    "id",
                    "claim",
                    "published",
                    "aidx",
                    "difference",
                    "verdict",
                    "chance",
                    "trivial",
                    "text",
                    "location"),
                rows),
            new ReportSheet(FINANCE_SHEET, FinanceComparisonWriter.HEADER, financeRows)));
  }

  /** "N lines: a agree (t of them trivially), c close, m miss, u not measured." */
  public static String summary(List<ScorecardLine> lines) {
    Map<ScorecardLine.Verdict, Integer> n = new EnumMap<>(ScorecardLine.Verdict.class);
    lines.forEach(l -> n.merge(l.verdict(), 1, Integer::sum));
    return String.format(
        java.util.Locale.ROOT,
        "%d lines: %d agree (%d of them trivially), %d close, %d miss, %d not measured.",
        lines.size(),
        n.getOrDefault(ScorecardLine.Verdict.AGREES, 0),
        lines.stream().filter(ScorecardLine::trivial).count(),
        n.getOrDefault(ScorecardLine.Verdict.CLOSE, 0),
        n.getOrDefault(ScorecardLine.Verdict.MISSES, 0),
        n.getOrDefault(ScorecardLine.Verdict.NOT_MEASURED, 0));
  }
}
