package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** aidx compare --run A --run B: two runs saved by aidx index --out. */
class CompareRunsTest {
  @TempDir Path dir;

  private Path save(String name, String... options) {
    Path out = dir.resolve(name);
    String[] args = new String[options.length + 3];
    args[0] = "index";
    System.arraycopy(options, 0, args, 1, options.length);
    args[options.length + 1] = "--out";
    args[options.length + 2] = out.toString();
    Cli c = Cli.run(args);
    assertThat(c.code()).as(c.err()).isZero();
    return out;
  }

  @Test
  void saved_runs_give_the_table_of_the_same_two_versions_computed_now() {
    Path a = save("a");
    Path b = save("b", "--weight", "diffusion=0");
    Cli saved = Cli.run("compare", "--run", a.toString(), "--run", b.toString(), "--format", "csv");
    Cli computed = Cli.run("compare", "--weight", "diffusion=0", "--format", "csv");
    assertThat(saved.code()).as(saved.err()).isZero();
    assertThat(saved.out()).isEqualTo(computed.out());
  }

  @Test
  void a_results_file_can_be_named_instead_of_its_directory() {
    Path a = save("a");
    Cli c =
        Cli.run(
            "compare",
            "--run",
            a.resolve("results.json").toString(),
            "--run",
            a.toString(),
            "--format",
            "csv");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out().lines().skip(1))
        .hasSize(IndexCommandTest.ECONOMIES.size())
        .allSatisfy(l -> assertThat(l).endsWith(",0,,"));
  }

  @Test
  void the_same_run_twice_is_said_to_use_the_same_data_and_methods() {
    Path a = save("a");
    Cli c = Cli.run("compare", "--run", a.toString(), "--run", a.toString());
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out())
        .contains("A: run " + a)
        .contains("Same data, framework and methods")
        .doesNotContain("Biggest movers");
    assertThat(c.out().lines().filter(l -> l.startsWith("CHN ")))
        .singleElement()
        .satisfies(l -> assertThat(l.strip()).endsWith(" 0"));
  }

  @Test
  void different_methods_are_listed_from_the_methodologies() {
    Path a = save("a");
    Path b = save("b", "--normalise", "rank", "--weight", "compute=2");
    Cli c = Cli.run("compare", "--run", a.toString(), "--run", b.toString());
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out())
        .contains("The runs differ in:")
        .contains("methods: normalise frontier against rank")
        .contains("compute weight 1 against 2")
        .doesNotContain("data:");
  }

  @Test
  void different_data_are_named_from_the_manifests() throws Exception {
    Path a = save("a");
    Path b = dir.resolve("b");
    Files.createDirectories(b);
    Files.copy(a.resolve("results.json"), b.resolve("results.json"));
    ObjectMapper json = new ObjectMapper();
    ObjectNode m = (ObjectNode) json.readTree(a.resolve("manifest.json").toFile());
    for (JsonNode in : m.get("inputs")) {
      if (in.get("role").asText().equals("data")) {
        ((ObjectNode) in).put("sha256", "0123456789abcdef0123456789abcdef");
      }
    }
    json.writeValue(b.resolve("manifest.json").toFile(), m);
    Cli c = Cli.run("compare", "--run", a.toString(), "--run", b.toString());
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out())
        .containsPattern(
            "data: data embedded:org/aidx/data/cicc-indicators.csv differs \\(sha256 .* against 0123456789ab…\\)");
  }

  @Test
  void a_run_without_a_manifest_is_compared_and_the_unknown_inputs_said() throws Exception {
    Path a = save("a");
    Path b = dir.resolve("b");
    Files.createDirectories(b);
    Files.copy(a.resolve("results.json"), b.resolve("results.json"));
    Cli c = Cli.run("compare", "--run", a.toString(), "--run", b.toString());
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out()).contains("inputs: not known, " + b + " has no manifest.json");
  }

  @Test
  void runs_with_different_references_are_refused_with_the_fix() {
    Path a = save("a");
    Path b = save("b", "--reference", "CHN");
    Cli c = Cli.run("compare", "--run", a.toString(), "--run", b.toString());
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err())
        .contains(b + ": its scores are relative to CHN, those of " + a + " to USA")
        .contains("Fix: compare runs made with the same reference (re-run it with --reference USA)")
        .doesNotContain("Exception");
  }

  @Test
  void frameworks_with_no_dimension_in_common_are_refused() {
    Path a = save("a");
    Path b =
        save(
            "asem",
            "--coinr",
            "examples/coinr-asem/ASEM_iData.csv",
            "examples/coinr-asem/ASEM_iMeta.csv");
    Cli c = Cli.run("compare", "--run", a.toString(), "--run", b.toString());
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains(b + ": its framework").contains("has no dimension in common");
  }

  @Test
  void a_broken_results_file_is_named_with_its_line() throws Exception {
    Path a = save("a");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\n  \"framework\": \"x\",\n  \"economies\": [\n}");
    Cli c = Cli.run("compare", "--run", a.toString(), "--run", bad.toString());
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err())
        .contains(bad + ": not valid JSON (line 4")
        .contains("Fix: give a directory");
  }

  @Test
  void a_json_file_that_is_not_a_results_file_is_refused() throws Exception {
    Path a = save("a");
    Cli c =
        Cli.run("compare", "--run", a.toString(), "--run", a.resolve("manifest.json").toString());
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("manifest.json: has no 'economies'");
  }

  @Test
  void a_missing_run_or_a_single_run_is_exit_2() {
    Path a = save("a");
    Cli missing =
        Cli.run("compare", "--run", a.toString(), "--run", dir.resolve("nope").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nope: no such file or directory");
    Cli single = Cli.run("compare", "--run", a.toString());
    assertThat(single.code()).isEqualTo(2);
    assertThat(single.err()).contains("needs exactly two");
  }

  @Test
  void method_options_do_not_apply_to_saved_runs() {
    Path a = save("a");
    Cli c = Cli.run("compare", "--run", a.toString(), "--run", a.toString(), "--per", "capita");
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("--per: applies to an index computed now");
  }

  @Test
  void out_writes_the_table_the_scatter_and_a_manifest_naming_both_runs() throws Exception {
    Path a = save("a");
    Path b = save("b", "--per", "capita");
    Path out = dir.resolve("cmp");
    Cli c =
        Cli.run("compare", "--run", a.toString(), "--run", b.toString(), "--out", out.toString());
    assertThat(c.code()).as(c.err()).isZero();
    for (String f :
        new String[] {
          "compare.csv", "compare-scatter.png", "compare-scatter.svg", "manifest.json"
        }) {
      assertThat(out.resolve(f)).as(f).isNotEmptyFile();
    }
    assertThat(Files.readString(out.resolve("manifest.json")))
        .contains("\"run A\"")
        .contains("\"run B manifest\"")
        .contains(b.resolve("results.json").toString());
  }
}
