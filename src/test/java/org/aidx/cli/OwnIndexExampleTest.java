package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's "own index in five minutes" example: every value of {@code
 * examples/own-index/data.csv} is the shipped dataset's value for that economy, indicator and year,
 * and the example runs.
 */
class OwnIndexExampleTest {
  private static final Path DIR = Path.of("examples/own-index");

  @Test
  void every_example_value_is_the_shipped_value() throws IOException {
    Map<String, String> shipped = new HashMap<>();
    for (String line :
        Files.readAllLines(Path.of("src/main/resources/org/aidx/data/cicc-indicators.csv"))) {
      String[] f = line.split(",", 6);
      shipped.put(f[0] + "|" + f[2] + "|" + f[3], f[4]);
    }
    List<String> rows = Files.readAllLines(DIR.resolve("data.csv"));
    String[] header = rows.get(0).split(",");
    assertThat(rows).hasSize(6);
    int checked = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",");
      for (int c = 3; c < header.length; c++) {
        assertThat(f[c])
            .as("%s %s", f[0], header[c])
            .isEqualTo(shipped.get(f[0] + "|" + header[c] + "|" + f[2]));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(20);
  }

  @Test
  void the_readme_shows_the_example_files_as_they_are() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    assertThat(readme)
        .contains("```yaml\n" + Files.readString(DIR.resolve("framework.yaml")) + "```\n")
        .contains("```text\n" + Files.readString(DIR.resolve("data.csv")) + "```\n");
  }

  @Test
  void the_example_ranks_the_five_economies() {
    Cli c =
        Cli.run(
            "index",
            "--framework",
            DIR.resolve("framework.yaml").toString(),
            "--data",
            DIR.resolve("data.csv").toString(),
            "--format",
            "csv");
    assertThat(c.code()).as(c.err()).isZero();
    // research of the USA by hand: min-max of publications (50039 - 10908) / (103493 - 10908)
    // = 0.42265 and of models (281.0909 - 1.0909) / 280 = 1, mean 71.13 on [0, 100]
    assertThat(c.out().lines().filter(l -> l.startsWith("USA,")).findFirst().orElseThrow())
        .contains(",71.13");
  }
}
