package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No output path may be one of the command's inputs (real paths, symbolic links resolved): the run
 * stops with exit code 2 before computing or printing, and the input keeps its bytes.
 */
class InputsProtectedTest {
  @TempDir Path dir;

  private Path framework() throws IOException {
    return Files.writeString(dir.resolve("fw.yaml"), NonFiniteCliTest.FRAMEWORK);
  }

  private Path data(Path p) throws IOException {
    Files.createDirectories(p.getParent());
    return Files.writeString(
        p,
        "iso3,indicator,year,value\nUSA,x,2020,1\nUSA,y,2020,2\nDEU,x,2020,3\nDEU,y,2020,4\n"
            + "JPN,x,2020,5\nJPN,y,2020,1\n");
  }

  private static void assertRefused(Cli c, Path input, byte[] before, String... words)
      throws IOException {
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.out()).isEmpty();
    assertThat(c.err()).contains(words).doesNotContain("\tat ");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void index_refuses_an_out_directory_holding_its_data_file() throws IOException {
    Path out = dir.resolve("out");
    Path d = data(out.resolve("results.csv"));
    byte[] before = Files.readAllBytes(d);
    Cli c =
        Cli.run(
            "index",
            "--framework",
            framework().toString(),
            "--data",
            d.toString(),
            "--out",
            out.toString());
    assertRefused(c, d, before, "--out", "contains the input file", "results.csv");
  }

  @Test
  void robustness_refuses_a_replications_file_that_is_its_data_file() throws IOException {
    Path d = data(dir.resolve("d.csv"));
    byte[] before = Files.readAllBytes(d);
    Cli c =
        Cli.run(
            "robustness",
            "--framework",
            framework().toString(),
            "--data",
            d.toString(),
            "--replications",
            d.toString(),
            "--runs",
            "10");
    assertRefused(c, d, before, "--replications", "is the input file");
  }

  @Test
  void a_symbolic_link_to_the_input_is_the_input() throws IOException {
    Path d = data(dir.resolve("d.csv"));
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), d);
    byte[] before = Files.readAllBytes(d);
    Cli c =
        Cli.run(
            "robustness",
            "--framework",
            framework().toString(),
            "--data",
            link.toString(),
            "--replications",
            d.toString(),
            "--runs",
            "10");
    assertRefused(c, d, before, "--replications", "is the input file");
  }

  @Test
  void the_framework_file_is_an_input_too() throws IOException {
    Path out = dir.resolve("runs");
    Path fw =
        Files.writeString(
            Files.createDirectories(out).resolve("fw.yaml"), NonFiniteCliTest.FRAMEWORK);
    Path d = data(dir.resolve("d.csv"));
    byte[] before = Files.readAllBytes(fw);
    Cli c =
        Cli.run(
            "scenario",
            "--framework",
            fw.toString(),
            "--data",
            d.toString(),
            "--change",
            "JPN:x=set(2)",
            "--out",
            out.toString());
    assertRefused(c, fw, before, "contains the input file", "fw.yaml");
  }

  @Test
  void an_out_that_is_an_existing_file_is_refused_before_anything_is_printed() throws IOException {
    Path d = data(dir.resolve("d.csv"));
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
    byte[] before = Files.readAllBytes(file);
    Cli c =
        Cli.run(
            "index",
            "--framework",
            framework().toString(),
            "--data",
            d.toString(),
            "--out",
            file.toString());
    assertRefused(c, file, before, "--out", "expected a directory", "found an existing file");
  }

  @Test
  void an_out_directory_beside_the_inputs_is_written() throws IOException {
    Path d = data(dir.resolve("in").resolve("d.csv"));
    Cli c =
        Cli.run(
            "index",
            "--framework",
            framework().toString(),
            "--data",
            d.toString(),
            "--out",
            dir.resolve("out").toString());
    assertThat(c.code()).isZero();
    assertThat(dir.resolve("out").resolve("results.csv")).exists();
  }
}
