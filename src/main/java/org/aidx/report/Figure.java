package org.aidx.report;

import java.util.Objects;

/**
 * A chart as the HTML report embeds it: an SVG document (embedded as a {@code data:} URI, so two
 * charts' internal ids cannot clash) with a title and a caption.
 *
 * @param name the base name of the chart's files next to the report, e.g. {@code ranking}
 * @param title the heading shown above the chart, plain text
 * @param caption what the chart shows, plain text
 * @param svg the SVG document as text
 */
public record Figure(String name, String title, String caption, String svg) {
  public Figure {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    caption = caption == null ? "" : caption;
    Objects.requireNonNull(svg, "svg");
    if (!svg.contains("<svg")) {
      throw new IllegalArgumentException("figure " + name + " is not an SVG document");
    }
  }
}
