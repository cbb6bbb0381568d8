package org.aidx.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

class SvgTextTest {
  private static XYChart chart() {
    XYChart chart =
        Charts.style(
            new XYChartBuilder()
                .width(400)
                .height(300)
                .title("Index by economy")
                .xAxisTitle("year of data")
                .yAxisTitle("score relative to USA")
                .build());
    chart.addSeries("Japan", new double[] {1, 2, 3}, new double[] {3, 1, 2});
    return chart;
  }

  private static String svg(XYChart chart) {
    return new String(Charts.svg(chart), StandardCharsets.UTF_8);
  }

  @Test
  void titleAxisTitlesAndLegendAreTextElements() {
    String svg = svg(chart());

    assertThat(svg)
        .contains(">Index by economy</text>")
        .contains(">year of data</text>")
        .as("the y-axis title is drawn rotated, still as text")
        .contains(">score relative to USA</text>")
        .contains(">Japan</text>");
  }

  @Test
  void tickLabelsAreTextElements() {
    String svg = svg(chart());

    // The y values run from 1 to 3; XChart puts a tick every 0.5.
    assertThat(svg).contains(">1.5</text>").contains(">2.5</text>");
  }

  @Test
  void everyTextNamesAFontFamilyAndSizeABrowserHas() {
    String svg = svg(chart());

    Matcher m = Pattern.compile("<text style=\"([^\"]*)\"").matcher(svg);
    int texts = 0;
    while (m.find()) {
      texts++;
      assertThat(m.group(1))
          .contains("font-family:" + SvgText.FONT_STACK + ";")
          .containsPattern("font-size:[0-9.]+px;")
          .doesNotContain("&quot;");
    }
    assertThat(texts).isGreaterThan(5);
  }

  @Test
  void isSmallerThanTheOutlineExportOfTheSameChart() throws Exception {
    ByteArrayOutputStream outlines = new ByteArrayOutputStream();
    VectorGraphicsEncoder.saveVectorGraphic(
        chart(), outlines, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);

    byte[] text = Charts.svg(chart());

    assertThat(text.length).isLessThan(outlines.size() / 2);
  }

  @Test
  void theChartKeepsItsOwnFontsAfterTheExport() {
    XYChart chart = chart();
    Font title = chart.getStyler().getChartTitleFont();
    Font ticks = chart.getStyler().getAxisTickLabelsFont();

    Charts.svg(chart);

    assertThat(chart.getStyler().getChartTitleFont()).isSameAs(title);
    assertThat(chart.getStyler().getAxisTickLabelsFont()).isSameAs(ticks);
  }

  @Test
  void aShapeMovedByATranslationIsRecognisedWithItsOffset() {
    SvgText.Path a = SvgText.Path.of(new Rectangle2D.Double(0, 0, 4, 2));
    SvgText.Path b = SvgText.Path.of(new Rectangle2D.Double(3, 5, 4, 2));

    AffineTransform at = a.transformTo(b);

    assertThat(at).isEqualTo(AffineTransform.getTranslateInstance(3, 5));
  }

  @Test
  void aShapeTurnedAQuarterIsRecognisedWithItsRotation() {
    Path2D l = new Path2D.Double();
    l.moveTo(0, 0);
    l.lineTo(4, 0);
    l.lineTo(4, 1);
    l.lineTo(1, 1);
    l.lineTo(1, 3);
    l.closePath();
    AffineTransform quarter = AffineTransform.getRotateInstance(-Math.PI / 2);
    quarter.preConcatenate(AffineTransform.getTranslateInstance(10, 20));

    AffineTransform at =
        SvgText.Path.of(l).transformTo(SvgText.Path.of(quarter.createTransformedShape(l)));

    assertThat(at).isNotNull();
    double[] expected = new double[6];
    double[] found = new double[6];
    quarter.getMatrix(expected);
    at.getMatrix(found);
    assertThat(found).containsExactly(expected, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aDifferentShapeIsNotText() {
    SvgText.Path a = SvgText.Path.of(new Rectangle2D.Double(0, 0, 4, 2));
    Path2D triangle = new Path2D.Double();
    triangle.moveTo(0, 0);
    triangle.lineTo(4, 0);
    triangle.lineTo(4, 2);
    triangle.lineTo(1, 2);
    triangle.closePath();

    assertThat(a.transformTo(SvgText.Path.of(triangle))).isNull();
  }

  @Test
  void aTextWithoutFontFamilyOrSizeGetsTheStackAndTheDefaultSize() {
    String svg =
        "<text style=\"fill:rgb(0,0,0);\" x=\"0\" y=\"0\">a</text>"
            + "<text style=\"font-family:&quot;DejaVu Sans&quot;;font-size:16px;\">b</text>";

    String css = SvgText.cssFonts(svg);

    assertThat(css)
        .contains(
            "<text style=\"font-family:"
                + SvgText.FONT_STACK
                + ";font-size:12px;fill:rgb(0,0,0);\"")
        .contains("<text style=\"font-family:" + SvgText.FONT_STACK + ";font-size:16px;\">b");
  }
}
