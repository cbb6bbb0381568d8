package org.aidx.report;

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
 */
public record ReportSection(String title, String html) {
  public ReportSection {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(html, "html");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a report section needs a title");
    }
  }

  /** A section of plain-text paragraphs, each escaped. */
  public static ReportSection text(String title, String... paragraphs) {
    StringBuilder b = new StringBuilder();
    for (String p : paragraphs) {
      b.append("<p>").append(Html.escape(p)).append("</p>\n");
    }
    return new ReportSection(title, b.toString());
  }
}
