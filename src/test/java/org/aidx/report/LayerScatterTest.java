package org.aidx.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.aidx.input.Inputs;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class LayerScatterTest {
  @Test
  void the_scatter_has_the_diagonal_and_one_series_per_class_present_and_renders()
      throws Exception {
    Inputs in = Inputs.load(null, List.of(), List.of());
    IndexResult r =
        Pipeline.run(
            in.framework(), in.dataset(), Methodology.of(in.framework(), PipelineSpec.defaults()));
    XYChart chart = LayerScatter.chart(r);
    assertThat(chart.getSeriesCollection().stream().map(s -> s.getName()).toList())
        .contains("equal layers", "balanced")
        .anyMatch(k -> k.startsWith("application-led"));
    int points =
        chart.getSeriesCollection().stream()
            .filter(s -> !s.getName().equals("equal layers"))
            .mapToInt(s -> s.getXData().length)
            .sum();
    assertThat(points).isEqualTo(r.economies().size());
    assertThat(chart.getXAxisTitle())
        .isEqualTo("Technology activity, the R&D layer (USA = 1, log scale)");
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(Charts.png(chart)));
    assertThat(png.getWidth()).isEqualTo(Charts.WIDTH);
    assertThat(new String(Charts.svg(chart), StandardCharsets.UTF_8)).contains("<svg");
  }

  @Test
  void parenthesised_chinese_names_are_dropped_from_axis_titles() {
    assertThat(LayerScatter.latin("Technology activity (技术活跃度), the R&D layer"))
        .isEqualTo("Technology activity, the R&D layer");
    assertThat(LayerScatter.latin("Compute (FLOPS)")).isEqualTo("Compute (FLOPS)");
  }
}
