package org.aidx.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart that a {@link ReportSection} shows below its text and that the report directory holds as
 * {@code name.png} and {@code name.svg}, like the report's own charts.
 *
 * <pre>{@code
 * SectionChart c = SectionChart.of(RobustnessCharts.rankIntervals(summary), "rank-intervals",
 *     "Rank intervals", "Median and 5-95% rank per economy.");
 * // c.figure().svg() starts with an SVG document; c.png() is the PNG rendering
 * }</pre>
 *
 * @param figure the name, title, caption and SVG text
 * @param png the PNG rendering
 * @param chart the chart it was rendered from, to render it again with a method caption in its
 *     title, or null for a picture drawn otherwise (a map)
 */
public record SectionChart(Figure figure, byte[] png, Chart<?, ?> chart) {
  public SectionChart {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(png, "png");
    if (!figure.name().matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "chart name '" + figure.name() + "' must be lower-case letters, digits and dashes");
    }
  }

  /** A picture drawn without a chart (a map): its title cannot be changed. */
  public SectionChart(Figure figure, byte[] png) {
    this(figure, png, null);
  }

  /** Renders a chart in the house style's PNG and SVG. */
  public static SectionChart of(Chart<?, ?> chart, String name, String title, String caption) {
    return new SectionChart(
        new Figure(name, title, caption, new String(Charts.svg(chart), StandardCharsets.UTF_8)),
        Charts.png(chart),
        chart);
  }

  /**
   * The chart rendered again with the run's non-default choices ({@link MethodText#captionLine})
   * under the image and at the end of its caption; itself for the defaults or a picture without a
   * chart.
   */
  public SectionChart withCaption(List<String> choices) {
    if (choices.isEmpty() || chart == null) {
      return this;
    }
    String line = MethodText.captionLine(choices);
    return new SectionChart(
        new Figure(
            figure.name(),
            figure.title(),
            figure.caption().isEmpty() ? line : figure.caption() + " " + line,
            new String(Charts.svg(chart, line), StandardCharsets.UTF_8)),
        Charts.png(chart, line),
        chart);
  }

  public String name() {
    return figure.name();
  }

  public byte[] svg() {
    return figure.svg().getBytes(StandardCharsets.UTF_8);
  }
}
