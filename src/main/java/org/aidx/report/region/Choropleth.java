package org.aidx.report.region;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.aidx.input.TopoJson;
import org.aidx.model.stats.Quantile;

/**
 * A US choropleth map as SVG and PNG: each county (or state) filled by its class, state borders on
 * top, a legend that states the classification rule, missing values in light grey. Shapes are
 * projected with {@link AlbersUsa}.
 *
 * <p>Numeric values are classed into quantiles (quintiles by default) of the values of the shapes
 * drawn; categories (typology groups) get one qualitative colour each. Each SVG path carries {@code
 * data-code}, {@code data-value} and a {@code <title>}, so a browser shows the value on hover.
 *
 * @param title shown above the map
 * @param shapes the shapes to fill (counties or states), by id
 * @param borders the state outlines drawn on top
 * @param fills shape id → class index (−1: no value)
 * @param labels shape id → the text shown on hover
 * @param legend class labels, in class order
 * @param colours class colours (hex), in class order
 * @param rule the classification rule, written under the legend
 */
public record Choropleth(
    String title,
    List<TopoJson.Feature> shapes,
    List<TopoJson.Feature> borders,
    Map<String, Integer> fills,
    Map<String, String> labels,
    List<String> legend,
    List<String> colours,
    String rule) {
  public Choropleth {
    shapes = List.copyOf(shapes);
    borders = List.copyOf(borders);
    fills = Map.copyOf(fills);
    labels = Map.copyOf(labels);
    legend = List.copyOf(legend);
    colours = List.copyOf(colours);
  }

  /** Sequential blues, light to dark (ColorBrewer "Blues", 5 classes). */
  static final List<String> BLUES = List.of("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c");

  /** Qualitative colours for groups (ColorBrewer "Set1" without yellow). */
  static final List<String> GROUPS =
      List.of(
          "#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#a65628", "#f781bf", "#999999",
          "#66c2a5", "#fc8d62");

  static final String MISSING = "#e6e6e6";

  /** Space above the map for the title, in pixels. */
  static final int TOP = 36;

  /**
   * Quantile classes of numeric values: the class upper limits are the c/classes-quantiles (c =
   * 1..classes−1) of the finite values by aidx's one definition ({@link Quantile}: the
   * ⌈n·c/classes⌉-th smallest); a value belongs to the first class whose limit it does not exceed.
   * (1..10) in 5 classes → limits 2, 4, 6, 8.
   */
  public static double[] quantileBreaks(double[] values, int classes) {
    double[] v = Arrays.stream(values).filter(Double::isFinite).toArray();
    double[] br = new double[classes - 1];
    for (int c = 1; c < classes; c++) {
      br[c - 1] = Quantile.of(v, (double) c / classes);
    }
    return br;
  }

  /** The class of a value given the upper limits. */
  public static int classOf(double value, double[] breaks) {
    int c = 0;
    while (c < breaks.length && value > breaks[c]) {
      c++;
    }
    return c;
  }

  /**
   * A numeric map: shape id → value (NaN or absent = no value), in quantile classes.
   *
   * @param format how a value is written in the legend and on hover, e.g. "%.1f%%"
   */
  public static Choropleth numeric(
      String title,
      List<TopoJson.Feature> shapes,
      List<TopoJson.Feature> borders,
      Map<String, Double> values,
      Map<String, String> names,
      String format,
      int classes) {
    double[] v =
        shapes.stream()
            .mapToDouble(s -> values.getOrDefault(s.id(), Double.NaN))
            .filter(Double::isFinite)
            .toArray();
    int k = Math.min(classes, Math.max(1, v.length));
    double[] br = v.length == 0 ? new double[0] : quantileBreaks(v, k);
    double lo = Arrays.stream(v).min().orElse(Double.NaN);
    double hi = Arrays.stream(v).max().orElse(Double.NaN);
    List<String> legend = new ArrayList<>();
    for (int c = 0; c <= br.length; c++) {
      double a = c == 0 ? lo : br[c - 1];
      double b = c == br.length ? hi : br[c];
      legend.add(fmt(format, a) + " – " + fmt(format, b));
    }
    Map<String, Integer> fills = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (TopoJson.Feature s : shapes) {
      double x = values.getOrDefault(s.id(), Double.NaN);
      fills.put(s.id(), Double.isFinite(x) ? classOf(x, br) : -1);
      labels.put(
          s.id(),
          names.getOrDefault(s.id(), s.name())
              + ": "
              + (Double.isFinite(x) ? fmt(format, x) : "no value"));
    }
    List<String> colours = BLUES.subList(0, br.length + 1);
    return new Choropleth(
        title,
        shapes,
        borders,
        fills,
        labels,
        legend,
        colours,
        "Classes: "
            + (br.length + 1)
            + " quantiles of the "
            + v.length
            + " shapes with a value (equal counts per class); grey = no value.");
  }

  /** A categorical map: shape id → group (1-based, 0 = none) with group names. */
  public static Choropleth groups(
      String title,
      List<TopoJson.Feature> shapes,
      List<TopoJson.Feature> borders,
      Map<String, Integer> group,
      Map<String, String> names,
      List<String> groupNames) {
    Map<String, Integer> fills = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (TopoJson.Feature s : shapes) {
      int g = group.getOrDefault(s.id(), 0);
      fills.put(s.id(), g - 1);
      labels.put(
          s.id(),
          names.getOrDefault(s.id(), s.name())
              + ": "
              + (g == 0 ? "not clustered" : "group " + g + ", " + groupNames.get(g - 1)));
    }
    List<String> legend = new ArrayList<>();
    for (int g = 0; g < groupNames.size(); g++) {
      legend.add((g + 1) + ": " + groupNames.get(g));
    }
    return new Choropleth(
        title,
        shapes,
        borders,
        fills,
        labels,
        legend,
        GROUPS.subList(0, Math.min(GROUPS.size(), groupNames.size())),
        "Colours: typology groups, 1 = highest mean z-score; grey = not clustered.");
  }

  private static String fmt(String format, double v) {
    return String.format(Locale.ROOT, format, v);
  }

  private String colour(int cls) {
    return cls < 0 || cls >= colours.size() ? MISSING : colours.get(cls);
  }

  /** The SVG document. */
  public String svg() {
    StringBuilder b = new StringBuilder();
    int h = TOP + AlbersUsa.HEIGHT + 40 + 22 * legend.size();
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"aidx-map\" viewBox=\"0 0 ")
        .append(AlbersUsa.WIDTH)
        .append(' ')
        .append(h)
        .append("\" width=\"")
        .append(AlbersUsa.WIDTH)
        .append("\" height=\"")
        .append(h)
        .append("\">\n");
    b.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    b.append(
            "<text x=\"10\" y=\"24\" font-family=\"sans-serif\" font-size=\"16\" font-weight=\"bold\">")
        .append(esc(title))
        .append("</text>\n<g transform=\"translate(0,")
        .append(TOP)
        .append(")\">\n<g stroke=\"white\" stroke-width=\"0.2\">\n");
    for (TopoJson.Feature s : shapes) {
      String d = path(s);
      if (d.isEmpty()) {
        continue;
      }
      int cls = fills.getOrDefault(s.id(), -1);
      b.append("<path data-code=\"")
          .append(esc(s.id()))
          .append("\" data-class=\"")
          .append(cls)
          .append("\" fill=\"")
          .append(colour(cls))
          .append("\" fill-rule=\"evenodd\" d=\"")
          .append(d)
          .append("\"><title>")
          .append(esc(labels.getOrDefault(s.id(), s.id())))
          .append("</title></path>\n");
    }
    b.append("</g>\n<g fill=\"none\" stroke=\"#555\" stroke-width=\"0.6\">\n");
    for (TopoJson.Feature s : borders) {
      String d = path(s);
      if (!d.isEmpty()) {
        b.append("<path d=\"").append(d).append("\"/>\n");
      }
    }
    b.append("</g>\n</g>\n<g class=\"legend\" font-family=\"sans-serif\" font-size=\"13\">\n");
    int y = TOP + AlbersUsa.HEIGHT + 10;
    for (int c = 0; c < legend.size(); c++) {
      b.append("<rect x=\"10\" y=\"")
          .append(y)
          .append("\" width=\"16\" height=\"16\" fill=\"")
          .append(colour(c))
          .append("\" stroke=\"#555\" stroke-width=\"0.5\"/><text x=\"32\" y=\"")
          .append(y + 13)
          .append("\">")
          .append(esc(legend.get(c)))
          .append("</text>\n");
      y += 22;
    }
    b.append("<text x=\"10\" y=\"")
        .append(y + 14)
        .append("\" fill=\"#444\">")
        .append(esc(rule))
        .append("</text>\n</g>\n</svg>\n");
    return b.toString();
  }

  public byte[] svgBytes() {
    return svg().getBytes(StandardCharsets.UTF_8);
  }

  /** The same map drawn with Java2D as PNG. */
  public byte[] png() {
    int h = TOP + AlbersUsa.HEIGHT + 40 + 22 * legend.size();
    BufferedImage img = new BufferedImage(AlbersUsa.WIDTH, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, AlbersUsa.WIDTH, h);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(title, 10, 24);
    g.translate(0, TOP);
    for (TopoJson.Feature s : shapes) {
      Path2D p = path2d(s);
      if (p == null) {
        continue;
      }
      g.setColor(Color.decode(colour(fills.getOrDefault(s.id(), -1))));
      g.fill(p);
    }
    g.setColor(new Color(0x55, 0x55, 0x55));
    g.setStroke(new BasicStroke(0.6f));
    for (TopoJson.Feature s : borders) {
      Path2D p = path2d(s);
      if (p != null) {
        g.draw(p);
      }
    }
    g.translate(0, -TOP);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    int y = TOP + AlbersUsa.HEIGHT + 10;
    for (int c = 0; c < legend.size(); c++) {
      g.setColor(Color.decode(colour(c)));
      g.fillRect(10, y, 16, 16);
      g.setColor(Color.BLACK);
      g.drawString(legend.get(c), 32, y + 13);
      y += 22;
    }
    g.setColor(new Color(0x44, 0x44, 0x44));
    g.drawString(rule, 10, y + 14);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** SVG path data of a shape, or "" for a territory. */
  static String path(TopoJson.Feature s) {
    StringBuilder d = new StringBuilder();
    String st = s.id().length() >= 2 ? s.id().substring(0, 2) : s.id();
    for (List<TopoJson.Point> ring : s.rings()) {
      boolean first = true;
      for (TopoJson.Point p : ring) {
        double[] xy = AlbersUsa.project(st, p.lon(), p.lat());
        if (xy == null) {
          return "";
        }
        d.append(first ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f", xy[0], xy[1]));
        first = false;
      }
      d.append('Z');
    }
    return d.toString();
  }

  private static Path2D path2d(TopoJson.Feature s) {
    Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    String st = s.id().length() >= 2 ? s.id().substring(0, 2) : s.id();
    for (List<TopoJson.Point> ring : s.rings()) {
      boolean first = true;
      for (TopoJson.Point pt : ring) {
        double[] xy = AlbersUsa.project(st, pt.lon(), pt.lat());
        if (xy == null) {
          return null;
        }
        if (first) {
          p.moveTo(xy[0], xy[1]);
        } else {
          p.lineTo(xy[0], xy[1]);
        }
        first = false;
      }
      p.closePath();
    }
    return p;
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
