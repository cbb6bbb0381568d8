package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutDirTest {
  @Test
  void the_manifest_lists_exactly_the_files_written_and_the_user_is_told_the_same(@TempDir Path dir)
      throws Exception {
    StringWriter err = new StringWriter();
    List<String> names =
        OutDir.at(dir)
            .text("a.csv", "x\n")
            .text("b.json", "{}")
            .write(n -> String.join(",", n), new PrintWriter(err));

    assertThat(names).containsExactly("a.csv", "b.json", "manifest.json");
    assertThat(Files.readString(dir.resolve("manifest.json")))
        .isEqualTo("a.csv,b.json,manifest.json");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(names);
    }
    assertThat(err.toString()).contains("Wrote a.csv, b.json, manifest.json to " + dir);
  }

  @Test
  void a_name_cannot_be_used_twice_nor_take_the_manifests_place() {
    OutDir o = OutDir.at(Path.of("unused")).text("a.csv", "");
    assertThatThrownBy(() -> o.text("a.csv", "")).hasMessageContaining("already taken");
    assertThatThrownBy(() -> o.text("manifest.json", "")).hasMessageContaining("already taken");
  }

  @Test
  void an_out_path_that_is_a_file_is_bad_input_not_an_internal_error(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("taken"), "keep me");

    Cli c = Cli.run("index", "--out", file.toString());

    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("--out " + file).contains("choose a directory");
    assertThat(Files.readString(file)).isEqualTo("keep me");
  }

  @Test
  void an_out_option_that_names_a_file_may_replace_that_file(@TempDir Path dir) throws Exception {
    // records generate --out FILE writes a CSV file; running the same command again replaces it
    Path csv = dir.resolve("synthetic.csv");
    Cli first = Cli.run("records", "generate", "--rows", "10", "--out", csv.toString());
    Cli again = Cli.run("records", "generate", "--rows", "10", "--out", csv.toString());

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(Files.readAllLines(csv)).hasSize(11);
  }
}
