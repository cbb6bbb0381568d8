package org.aidx.report;

import de.erichseifert.vectorgraphics2d.GraphicsState;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/**
 * Exports an XChart chart as SVG whose text is {@code <text>} elements, not glyph outlines.
 *
 * <p>XChart draws every label as {@code g.fill(new TextLayout(text, font, frc).getOutline(..))}
 * (XChart issue 499), so a plain VectorGraphics2D export carries each glyph as a path: large and
 * neither selectable nor searchable. Here the chart's fonts are swapped, for the time of the
 * export, for copies that note every string laid out with them; a filled shape that is exactly the
 * outline of a noted string (same path, up to a translation) is written as that string with {@code
 * drawString} instead. Any other shape, and text this cannot recognise (a rotated tick label, text
 * whose layout needs bidi), stays a shape, so the picture never changes.
 *
 * <p>The SVG names its fonts by the CSS stack {@value #FONT_STACK}, so the viewer's own sans-serif
 * font draws the labels (the Java font name, e.g. "DejaVu Sans", may not exist there).
 */
final class SvgText {
  /** The CSS font-family every {@code <text>} of an exported chart uses. */
  static final String FONT_STACK =
      "system-ui,Arial,Helvetica," + CjkFont.CSS_FAMILY + ",sans-serif";

  private SvgText() {}

  /** Renders the chart to SVG bytes (UTF-8 XML) with its text as text. */
  static byte[] svg(Chart<?, ?> chart) {
    return svg(chart, List.of());
  }

  /** As {@link #svg(Chart)}, with footer lines as text under the chart ({@link Charts#png}). */
  static byte[] svg(Chart<?, ?> chart, List<String> footer) {
    List<Laid> laidOut = new ArrayList<>();
    List<Runnable> restore = swapFonts(chart.getStyler(), laidOut);
    TextGraphics g = new TextGraphics(laidOut);
    try {
      chart.paint(g, chart.getWidth(), chart.getHeight());
    } finally {
      restore.forEach(Runnable::run);
    }
    if (!footer.isEmpty()) {
      Charts.drawFooter(g, footer, chart.getHeight());
    }
    int height = chart.getHeight() + Charts.footerHeight(footer);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new SVGProcessor()
          .getDocument(g.getCommands(), new PageSize(0, 0, chart.getWidth(), height))
          .writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render chart as SVG: " + e.getMessage(), e);
    }
    return cssFonts(out.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Gives every {@code <text>} a CSS font the viewer has. VectorGraphics2D writes the Java family
   * (font-family:"DejaVu Sans") and leaves out the family and size that equal its default font
   * (Dialog, 12), which a browser would otherwise draw in its own default (often serif, 16 px).
   */
  static String cssFonts(String svg) {
    String size = "font-size:" + GraphicsState.DEFAULT_FONT.getSize() + "px;";
    Matcher m = TEXT_STYLE.matcher(svg);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String style = m.group(2).replaceAll("font-family:(&quot;|\")[^\"&]*(&quot;|\");", "");
      style =
          "font-family:" + FONT_STACK + ";" + (style.contains("font-size:") ? "" : size) + style;
      m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + style + m.group(3)));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static final Pattern TEXT_STYLE = Pattern.compile("(<text style=\")([^\"]*)(\")");

  /**
   * Replaces every font of the styler (each {@code getXFont}/{@code setXFont} pair) by a recording
   * copy and returns the actions that put the originals back.
   */
  private static List<Runnable> swapFonts(Styler styler, List<Laid> laidOut) {
    List<Runnable> restore = new ArrayList<>();
    for (Method get : styler.getClass().getMethods()) {
      if (!get.getName().startsWith("get")
          || !get.getName().endsWith("Font")
          || get.getParameterCount() != 0
          || get.getReturnType() != Font.class) {
        continue;
      }
      Method set;
      try {
        set = styler.getClass().getMethod("s" + get.getName().substring(1), Font.class);
      } catch (NoSuchMethodException e) {
        continue;
      }
      try {
        Font original = (Font) get.invoke(styler);
        if (original == null) {
          continue;
        }
        set.invoke(styler, new RecordingFont(original, laidOut));
        restore.add(() -> invoke(set, styler, original));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot swap chart font " + get.getName(), e);
      }
    }
    return restore;
  }

  private static void invoke(Method set, Styler styler, Font font) {
    try {
      set.invoke(styler, font);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot restore chart font " + set.getName(), e);
    }
  }

  /** A string as a TextLayout laid it out: with which font and for which rendering context. */
  private record Laid(String text, Font font, FontRenderContext frc) {}

  /** A font that notes each string a TextLayout lays out with it (TextLayout asks its metrics). */
  private static final class RecordingFont extends Font {
    private static final long serialVersionUID = 1L;
    private final transient List<Laid> laidOut;
    private final Font plain;

    RecordingFont(Font original, List<Laid> laidOut) {
      super(original);
      this.laidOut = laidOut;
      this.plain = original;
    }

    @Override
    public LineMetrics getLineMetrics(
        char[] chars, int beginIndex, int limit, FontRenderContext frc) {
      laidOut.add(new Laid(new String(chars, beginIndex, limit - beginIndex), plain, frc));
      return super.getLineMetrics(chars, beginIndex, limit, frc);
    }
  }

  /** A VectorGraphics2D that draws a filled text outline as the text itself. */
  private static final class TextGraphics extends VectorGraphics2D {
    private final List<Laid> laidOut;
    private final Set<Laid> seen = new HashSet<>();

    /** The outlines of the strings laid out so far, by their number of coordinates. */
    private final Map<Integer, List<Map.Entry<Laid, Path>>> outlines = new HashMap<>();

    TextGraphics(List<Laid> laidOut) {
      this.laidOut = laidOut;
    }

    @Override
    public void fill(Shape s) {
      for (Laid laid : List.copyOf(laidOut)) {
        if (seen.add(laid)) {
          Path outline =
              Path.of(new TextLayout(laid.text(), laid.font(), laid.frc()).getOutline(null));
          outlines
              .computeIfAbsent(outline.coords().length, n -> new ArrayList<>())
              .add(Map.entry(laid, outline));
        }
      }
      laidOut.clear();
      Path shape = Path.of(s);
      for (Map.Entry<Laid, Path> candidate :
          outlines.getOrDefault(shape.coords().length, List.of())) {
        AffineTransform at = candidate.getValue().transformTo(shape);
        if (at != null) {
          AffineTransform saved = getTransform();
          Font current = getFont();
          transform(at);
          setFont(candidate.getKey().font());
          drawString(candidate.getKey().text(), 0f, 0f);
          setFont(current);
          setTransform(saved);
          return;
        }
      }
      super.fill(s);
    }
  }

  /** A shape's outline as its segment types and their coordinates, in drawing order. */
  record Path(int[] types, double[] coords) {
    static Path of(Shape shape) {
      List<Integer> types = new ArrayList<>();
      double[] coords = new double[64];
      int n = 0;
      double[] seg = new double[6];
      for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
        int type = it.currentSegment(seg);
        types.add(type);
        int k =
            switch (type) {
              case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
              case PathIterator.SEG_QUADTO -> 4;
              case PathIterator.SEG_CUBICTO -> 6;
              default -> 0;
            };
        if (n + k > coords.length) {
          coords = Arrays.copyOf(coords, coords.length * 2);
        }
        System.arraycopy(seg, 0, coords, n, k);
        n += k;
      }
      return new Path(
          types.stream().mapToInt(Integer::intValue).toArray(), Arrays.copyOf(coords, n));
    }

    /**
     * The affine transform that maps this path onto {@code other} point by point (a translation, or
     * the rotation of a vertical label), or null when none does: the segment types differ, the path
     * is degenerate, or some point lands more than 0.001 px away.
     */
    AffineTransform transformTo(Path other) {
      if (coords.length != other.coords.length
          || coords.length < 6
          || !Arrays.equals(types, other.types)) {
        return null;
      }
      double[] a = coords;
      double[] b = other.coords;
      // Two edges from the first point that span the plane fix the linear part.
      int j = -1;
      int k = -1;
      for (int i = 2; i < a.length && k < 0; i += 2) {
        double ux = a[i] - a[0];
        double uy = a[i + 1] - a[1];
        if (j < 0) {
          if (Math.hypot(ux, uy) > 1e-6) {
            j = i;
          }
        } else if (Math.abs((a[j] - a[0]) * uy - (a[j + 1] - a[1]) * ux) > 1e-6) {
          k = i;
        }
      }
      if (k < 0) {
        return null;
      }
      double ax1 = a[j] - a[0];
      double ay1 = a[j + 1] - a[1];
      double ax2 = a[k] - a[0];
      double ay2 = a[k + 1] - a[1];
      double bx1 = b[j] - b[0];
      double by1 = b[j + 1] - b[1];
      double bx2 = b[k] - b[0];
      double by2 = b[k + 1] - b[1];
      double det = ax1 * ay2 - ax2 * ay1;
      // M = B * inverse(A), A and B having the two edges as columns.
      double m00 = (bx1 * ay2 - bx2 * ay1) / det;
      double m01 = (bx2 * ax1 - bx1 * ax2) / det;
      double m10 = (by1 * ay2 - by2 * ay1) / det;
      double m11 = (by2 * ax1 - by1 * ax2) / det;
      double tx = b[0] - m00 * a[0] - m01 * a[1];
      double ty = b[1] - m10 * a[0] - m11 * a[1];
      for (int i = 0; i < a.length; i += 2) {
        double x = m00 * a[i] + m01 * a[i + 1] + tx;
        double y = m10 * a[i] + m11 * a[i + 1] + ty;
        if (Math.abs(x - b[i]) > 1e-3 || Math.abs(y - b[i + 1]) > 1e-3) {
          return null;
        }
      }
      return new AffineTransform(m00, m10, m01, m11, tx, ty);
    }
  }
}
