package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aidx.framework.Framework;
import org.aidx.input.Inputs;
import org.aidx.input.MethodologyFiles;
import org.aidx.method.normalise.MinMax;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.PipelineSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MethodologyFormatTest {
  static final Framework CICC = Inputs.load(null, List.of(), List.of()).framework();

  @Test
  void index_prints_the_resolved_methodology_as_yaml_that_reads_back() {
    Cli c = Cli.run("index", "--normalise", "minmax:1,100", "--format", "methodology");
    assertThat(c.code()).isZero();
    Methodology want =
        Methodology.of(CICC, PipelineSpec.defaults().withNormalise(MinMax.of(1, 100)));
    assertThat(MethodologyFiles.read("stdout", c.out())).isEqualTo(want);
  }

  @Test
  void a_saved_methodology_runs_again_to_the_same_index(@TempDir Path dir) throws Exception {
    String[] methods = {
      "--normalise", "minmax:1,100", "--aggregate-at", "layer=arithmetic", "--floor", "0.05"
    };
    Cli saved = Cli.run(cat(new String[] {"index", "--format", "methodology"}, methods));
    Path file = dir.resolve("m.yaml");
    Files.writeString(file, saved.out());
    Cli direct = Cli.run(cat(new String[] {"index", "--format", "csv"}, methods));
    Cli again = Cli.run("index", "--methodology", file.toString(), "--format", "csv");
    assertThat(again.err()).isEmpty();
    assertThat(again.out()).isEqualTo(direct.out());
  }

  @Test
  void a_saved_methodology_does_not_mix_with_method_options(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("m.yaml");
    Files.writeString(file, Cli.run("index", "--format", "methodology").out());
    Cli c = Cli.run("index", "--methodology", file.toString(), "--normalise", "rank");
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("--methodology").contains("drop those options");
  }

  @Test
  void a_saved_methodology_for_another_framework_names_the_ids_that_do_not_fit(@TempDir Path dir)
      throws Exception {
    String yaml =
        Cli.run("index", "--format", "methodology")
            .out()
            .replace("  " + CICC.indicators().get(0).id() + ":", "  not_an_indicator:");
    Path file = dir.resolve("m.yaml");
    Files.writeString(file, yaml);
    Cli c = Cli.run("index", "--methodology", file.toString());
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err())
        .contains("indicator not_an_indicator: is not an indicator of the framework")
        .contains("indicator " + CICC.indicators().get(0).id() + ": has no method");
  }

  @Test
  void the_printed_methodology_states_the_weight_of_every_node_below_the_root() {
    Methodology m =
        MethodologyFiles.read("stdout", Cli.run("index", "--format", "methodology").out());
    List<String> below = CICC.root().flatten().skip(1).map(n -> n.id()).toList();
    assertThat(m.weights().keySet()).containsExactlyElementsOf(below);
    CICC.root()
        .flatten()
        .skip(1)
        .forEach(n -> assertThat(m.weightOf(n.id())).isEqualTo(n.weight()));
  }

  @Test
  void a_methodology_file_with_an_edited_weight_gives_what_the_weight_option_gives(
      @TempDir Path dir) throws Exception {
    String yaml = Cli.run("index", "--format", "methodology").out();
    assertThat(yaml).contains("\n  compute: 1.0\n");
    Path file = dir.resolve("m.yaml");
    Files.writeString(file, yaml.replace("\n  compute: 1.0\n", "\n  compute: 2.0\n"));
    Cli fromFile = Cli.run("index", "--methodology", file.toString(), "--format", "csv");
    Cli fromOption = Cli.run("index", "--weight", "compute=2", "--format", "csv");
    Cli nominal = Cli.run("index", "--format", "csv");
    assertThat(fromFile.err()).isEmpty();
    assertThat(fromFile.out()).isEqualTo(fromOption.out()).isNotEqualTo(nominal.out());
  }

  @Test
  void a_zero_weight_in_a_methodology_file_names_the_line_and_the_way_to_leave_a_node_out(
      @TempDir Path dir) throws Exception {
    String yaml = Cli.run("index", "--format", "methodology").out();
    Path file = dir.resolve("m.yaml");
    Files.writeString(file, yaml.replace("\n  compute: 1.0\n", "\n  compute: 0\n"));
    Cli c = Cli.run("index", "--methodology", file.toString());
    assertThat(c.code()).isEqualTo(2);
    long line = yaml.substring(0, yaml.indexOf("\n  compute: 1.0\n") + 1).lines().count() + 1;
    assertThat(c.err())
        .contains(file + ", line " + line + ", weights.compute")
        .contains("must be positive")
        .contains("--weight NODE=0");
  }

  private static String[] cat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
