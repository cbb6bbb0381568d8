package org.aidx.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.aidx.store.AtomicFiles;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * Writes XChart charts as PNG and SVG, atomically, and gives every chart of aidx the same plain
 * look (white background, no border, legend outside, readable fonts).
 *
 * <pre>{@code
 * XYChart chart = Charts.style(new XYChartBuilder().width(900).height(560).title("...").build());
 * chart.addSeries("index", xs, ys);
 * List<Path> files = Charts.write(chart, outDir, "rank-intervals"); // rank-intervals.png, .svg
 * }</pre>
 */
public final class Charts {
  /** Default size of a chart, in pixels. */
  public static final int WIDTH = 960;

  public static final int HEIGHT = 600;

  private Charts() {}

  /** Applies the aidx house style to a chart and returns it. */
  public static <C extends Chart<S, ?>, S extends Styler> C style(C chart) {
    S styler = chart.getStyler();
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(false);
    styler.setChartTitleBoxVisible(false);
    styler.setLegendBorderColor(Color.WHITE);
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    styler.setAntiAlias(true);
    if (styler instanceof AxesChartStyler axes) {
      // Solid grid lines: XChart fills a dashed line's dashes one by one, which made the grid
      // most of an SVG chart's size.
      axes.setPlotGridLinesStroke(new BasicStroke(0.5f));
    }
    return chart;
  }

  /** Renders the chart to PNG bytes. */
  public static byte[] png(Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render chart as PNG: " + e.getMessage(), e);
    }
  }

  /** Renders the chart to SVG bytes (UTF-8 XML), its labels as {@code <text>} elements. */
  public static byte[] svg(Chart<?, ?> chart) {
    return SvgText.svg(chart);
  }

  /**
   * Writes {@code dir/baseName.png} and {@code dir/baseName.svg} atomically and returns both paths.
   * The base name must be a plain file name chosen by the program, never user input.
   */
  public static List<Path> write(Chart<?, ?> chart, Path dir, String baseName) {
    if (baseName.isEmpty() || !baseName.matches("[A-Za-z0-9._-]+") || baseName.startsWith(".")) {
      throw new IllegalArgumentException("chart name must be a plain file name: " + baseName);
    }
    Path png = dir.resolve(baseName + ".png");
    Path svg = dir.resolve(baseName + ".svg");
    AtomicFiles.write(png, png(chart));
    AtomicFiles.write(svg, svg(chart));
    return List.of(png, svg);
  }
}
