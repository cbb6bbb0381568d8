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

  /** The font of a chart's footer (the method line under a chart image). */
  static final Font FOOTER_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  private static final int FOOTER_LINE = 16;

  /**
   * {@code text} broken into lines no wider than {@code width} pixels in {@link #FOOTER_FONT}, at
   * spaces; a word longer than a line stays whole. Example: "a b c" at the width of "a b" gives ("a
   * b", "c").
   */
  static List<String> wrap(String text, int width) {
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = img.createGraphics();
    try {
      java.awt.FontMetrics fm = g.getFontMetrics(FOOTER_FONT);
      List<String> out = new java.util.ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.trim().split("\\s+")) {
        String next = line.isEmpty() ? word : line + " " + word;
        if (!line.isEmpty() && fm.stringWidth(next) > width) {
          out.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(next);
        }
      }
      if (!line.isEmpty()) {
        out.add(line.toString());
      }
      return out;
    } finally {
      g.dispose();
    }
  }

  /** The footer's lines for a chart, and the height they add under it. */
  static List<String> footerLines(Chart<?, ?> chart, String footer) {
    return footer == null || footer.isBlank() ? List.of() : wrap(footer, chart.getWidth() - 24);
  }

  static int footerHeight(List<String> lines) {
    return lines.isEmpty() ? 0 : lines.size() * FOOTER_LINE + 10;
  }

  /** Draws the footer lines under a chart painted at height {@code h}. */
  static void drawFooter(java.awt.Graphics2D g, List<String> lines, int h) {
    g.setFont(FOOTER_FONT);
    g.setColor(new Color(0x55, 0x55, 0x55));
    for (int k = 0; k < lines.size(); k++) {
      g.drawString(lines.get(k), 12f, (float) (h + 4 + (k + 1) * FOOTER_LINE - 4));
    }
  }

  /**
   * Renders the chart to PNG bytes with {@code footer} (e.g. the run's method line) wrapped under
   * it, so a pasted image says how it was made; the same as {@link #png(Chart)} for no footer.
   */
  public static byte[] png(Chart<?, ?> chart, String footer) {
    List<String> lines = footerLines(chart, footer);
    if (lines.isEmpty()) {
      return png(chart);
    }
    int w = chart.getWidth();
    int h = chart.getHeight();
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(
            w, h + footerHeight(lines), java.awt.image.BufferedImage.TYPE_INT_ARGB);
    java.awt.Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(
          java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
          java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, img.getHeight());
      chart.paint(g, w, h);
      drawFooter(g, lines, h);
    } finally {
      g.dispose();
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render chart as PNG: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** As {@link #png(Chart, String)}, as SVG with the footer as text. */
  public static byte[] svg(Chart<?, ?> chart, String footer) {
    return SvgText.svg(chart, footerLines(chart, footer));
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
