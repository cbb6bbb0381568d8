package org.aidx.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

class ChartsTest {
  private static XYChart chart() {
    XYChart chart =
        Charts.style(
            new XYChartBuilder()
                .width(400)
                .height(300)
                .title("Test chart")
                .xAxisTitle("x")
                .build());
    chart.addSeries("series one", new double[] {1, 2, 3}, new double[] {3, 1, 2});
    return chart;
  }

  @Test
  void writesAPngOfTheChartsSizeAndAnSvgThatNamesItsSeries(@TempDir Path dir) throws Exception {
    List<Path> files = Charts.write(chart(), dir, "demo");

    assertThat(files).containsExactly(dir.resolve("demo.png"), dir.resolve("demo.svg"));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(files.get(0))));
    assertThat(image.getWidth()).isEqualTo(400);
    assertThat(image.getHeight()).isEqualTo(300);
    String svg = Files.readString(files.get(1), StandardCharsets.UTF_8);
    assertThat(svg)
        .startsWith("<?xml")
        .contains("<svg")
        .contains("width=\"400\"")
        .contains("height=\"300\"")
        .as("the series is drawn in XChart's first series colour")
        .contains("stroke:rgb(0,55,255)");
    try (var listing = Files.list(dir)) {
      assertThat(listing).as("no temporary files left").hasSize(2);
    }
  }

  @Test
  void refusesANameThatIsNotAPlainFileName(@TempDir Path dir) {
    assertThatThrownBy(() -> Charts.write(chart(), dir, "../escape"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plain file name");
  }
}
