package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoherenceCommandTest {
  @TempDir Path tmp;

  @Test
  void csv_lists_every_indicator_of_the_shipped_index() {
    Cli r = Cli.run("coherence", "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "indicator,dimension,layer,pearson_dimension,spearman_dimension,pearson_layer,"
                + "spearman_layer,pearson_index,spearman_index,flags");
    assertThat(lines).hasSize(1 + 15);
    // an indicator of a sub-item is listed with its dimension, not the sub-item
    assertThat(lines)
        .anyMatch(l -> l.startsWith("private_ai_investment_2y,finance,technology_activity,"))
        .anyMatch(l -> l.startsWith("hyperscale_cloud_regions,compute,technology_activity,"));
  }

  @Test
  void table_and_out_directory() {
    Path out = tmp.resolve("c");
    Cli r = Cli.run("coherence", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Cronbach", "alpha").contains("Effective weight");
    for (String f :
        List.of(
            "indicators.csv",
            "dimensions.csv",
            "collinear-pairs.csv",
            "coherence.json",
            "manifest.json")) {
      assertThat(out.resolve(f)).isNotEmptyFile();
    }
  }
}
