package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aidx.testing.TinyIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sub-normal value that makes a ratio overflow stops index, scenario and robustness alike with
 * exit code 2, naming economy, indicator and step; nothing is printed as Infinity.
 */
class NonFiniteCliTest {
  @TempDir Path dir;

  static final String FRAMEWORK = TinyIndex.FRAMEWORK;

  /** x: USA, DEU 3, JPN 5; y (lower is better): USA 2, DEU 4, JPN 1. */
  private String[] inputs(String usaX) throws IOException {
    Path fw = dir.resolve("fw.yaml");
    Files.writeString(fw, FRAMEWORK);
    Path d = dir.resolve("d.csv");
    Files.writeString(d, TinyIndex.data(usaX));
    return new String[] {"--framework", fw.toString(), "--data", d.toString()};
  }

  private static Cli run(String[] inputs, String... args) {
    String[] all = new String[args.length + inputs.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(inputs, 0, all, args.length, inputs.length);
    return Cli.run(all);
  }

  private static void assertOverflowStops(Cli c, String economy, String indicator) {
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err())
        .contains("economy " + economy)
        .contains("indicator '" + indicator + "'")
        .contains("ratio normalisation")
        .doesNotContain("\tat ");
    assertThat(c.out()).doesNotContain("Infinity");
  }

  @Test
  void index_stops_on_a_subnormal_reference_value() throws IOException {
    assertOverflowStops(run(inputs("4.9e-324"), "index", "--format", "json"), "DEU", "x");
  }

  @Test
  void a_scenario_setting_a_subnormal_value_of_a_lower_is_better_indicator_stops()
      throws IOException {
    assertOverflowStops(
        run(inputs("1"), "scenario", "--change", "JPN:y=set(4.9e-324)"), "JPN", "y");
  }

  @Test
  void robustness_stops_on_a_subnormal_reference_value() throws IOException {
    assertOverflowStops(run(inputs("4.9e-324"), "robustness", "--runs", "20"), "DEU", "x");
  }

  @Test
  void the_same_inputs_with_a_normal_value_run() throws IOException {
    Cli c = run(inputs("1"), "index", "--format", "csv");
    assertThat(c.code()).isZero();
    assertThat(c.out()).doesNotContain("Infinity");
  }
}
