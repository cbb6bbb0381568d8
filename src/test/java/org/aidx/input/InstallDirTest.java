package org.aidx.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where built-in records jobs find their shipped inputs, whatever the working folder. */
class InstallDirTest {
  @TempDir Path tmp;

  @Test
  void the_property_names_the_home() {
    assertThat(InstallDir.home("/opt/aidx", Path.of("/elsewhere/target/aidx.jar")))
        .contains(Path.of("/opt/aidx"));
  }

  @Test
  void without_the_property_the_home_is_above_the_target_folder_of_the_jar_or_classes() {
    assertThat(InstallDir.home(null, Path.of("/src/aidx/target/aidx.jar")))
        .contains(Path.of("/src/aidx"));
    assertThat(InstallDir.home("", Path.of("/src/aidx/target/classes")))
        .contains(Path.of("/src/aidx"));
  }

  @Test
  void a_jar_outside_a_target_folder_has_no_home() {
    assertThat(InstallDir.home(null, Path.of("/opt/lib/aidx.jar"))).isEmpty();
    assertThat(InstallDir.home(null, null)).isEmpty();
  }

  @Test
  void the_working_folder_as_home_keeps_paths_relative() {
    assertThat(
            InstallDir.relativeToWorkingFolder(
                Optional.of(Path.of("/src/aidx")), Path.of("/src/aidx")))
        .isEqualTo(Path.of(""));
    assertThat(InstallDir.relativeToWorkingFolder(Optional.empty(), Path.of("/tmp")))
        .isEqualTo(Path.of(""));
    assertThat(
            InstallDir.relativeToWorkingFolder(Optional.of(Path.of("/src/aidx")), Path.of("/tmp")))
        .isEqualTo(Path.of("/src/aidx"));
  }

  @Test
  void a_built_in_job_started_in_another_folder_reads_the_shipped_records() throws Exception {
    // a fresh JVM whose working folder is not the clone: the home comes from target/classes
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.aidx.cli.Main",
                    "records",
                    "jobs"))
            .directory(tmp.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    Path records = Path.of("data/records/paperlists_author_affiliations.csv.gz").toAbsolutePath();
    assertThat(out).contains("input papers: " + records);
    assertThat(records).exists();
  }

  @Test
  void a_job_file_reads_its_inputs_beside_itself_not_from_the_home() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("jobs"));
    Path job =
        Files.writeString(dir.resolve("job.yaml"), JobFiles.builtinText("conference-authorship"));
    assertThat(JobFiles.load(job.toString()).inputs().get(0).path())
        .isEqualTo(
            dir.toAbsolutePath().resolve("data/records/paperlists_author_affiliations.csv.gz"));
  }
}
