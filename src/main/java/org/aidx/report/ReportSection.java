package org.aidx.report;

import java.util.List;
import java.util.Objects;

/**
 * An optional section of the HTML report, such as robustness, coherence or scenario results, that a
 * caller plugs in when the analysis behind it was run. The writer places these sections after the
 * charts, in the order given, each with its own heading and an entry in the contents list.
 *
 * <pre>{@code
 * ReportSection s = ReportSection.text("Robustness", "Ranks are stable under 1,000 draws.");
 * // s.html() == "<p>Ranks are stable under 1,000 draws.</p>"
 * HtmlReport.render(result, run, figures, List.of(s));
 * }</pre>
 *
 * @param title the heading, plain text (escaped by the writer)
 * @param html the body, an already escaped, well-formed XHTML fragment (closed tags, {@code <br/>})
 *     so the report stays parseable as XML; build it with {@link Html#escape} for any text
 * @param charts charts shown after the body and written next to the report as PNG and SVG
 * @param sheets tables added to the XLSX workbook after its own sheets
 */
public record ReportSection(
    String title, String html, List<SectionChart> charts, List<ReportSheet> sheets) {
  public ReportSection {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(html, "html");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a report section needs a title");
    }
    charts = List.copyOf(charts);
    sheets = List.copyOf(sheets);
  }

  /** A section of text only: no chart, no sheet. */
  public ReportSection(String title, String html) {
    this(title, html, List.of(), List.of());
  }

  /** A section of plain-text paragraphs, each escaped. */
  public static ReportSection text(String title, String... paragraphs) {
    StringBuilder b = new StringBuilder();
    for (String p : paragraphs) {
      b.append("<p>").append(Html.escape(p)).append("</p>\n");
    }
    return new ReportSection(title, b.toString());
  }

  /**
   * The section with the run's non-default choices in the caption of each of its tables and charts,
   * the chart images re-titled, and the caption beside each sheet's header; itself for the
   * defaults. For sections computed from the index under those choices (robustness, coherence, over
   * time), not for ones that do not depend on it (regions).
   */
  public ReportSection withCaption(List<String> choices) {
    if (choices.isEmpty()) {
      return this;
    }
    String line = MethodText.captionLine(choices);
    return new ReportSection(
        title,
        MethodText.captioned(html, line),
        charts.stream().map(c -> c.withCaption(choices)).toList(),
        sheets.stream().map(s -> s.withCaption(line)).toList());
  }
}
