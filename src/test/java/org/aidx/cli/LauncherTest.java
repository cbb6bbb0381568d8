package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./aidx} launcher, run by bash from another folder and through symbolic links. The
 * launcher is copied into a stand-in clone with stub {@code mvn} and {@code java} commands first on
 * the PATH: {@code java} prints its arguments and working folder, {@code mvn} records that it was
 * called and writes the jar after a pause, so no real build or JVM runs.
 */
class LauncherTest {
  @TempDir Path tmp;
  private Path clone;
  private Path bin;
  private Path elsewhere;

  @BeforeEach
  void standInClone() throws IOException {
    clone = Files.createDirectories(tmp.resolve("clone")).toRealPath();
    Files.copy(Path.of("aidx"), clone.resolve("aidx"), StandardCopyOption.COPY_ATTRIBUTES);
    executable(clone.resolve("aidx"));
    Files.writeString(clone.resolve("pom.xml"), "<project/>\n");
    Files.createDirectories(clone.resolve("src/main"));
    Files.writeString(clone.resolve("src/main/Source.java"), "class Source {}\n");
    FileTime past = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    Files.setLastModifiedTime(clone.resolve("pom.xml"), past);
    Files.setLastModifiedTime(clone.resolve("src/main/Source.java"), past);
    Files.setLastModifiedTime(clone.resolve("src/main"), past);
    bin = Files.createDirectories(tmp.resolve("bin"));
    stub(
        "java",
        "for a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit=*) echo cds > \"${a#*=}\";"
            + " exit 0;; esac; done",
        "echo \"cwd=$PWD\"",
        "printf 'arg=%s\\n' \"$@\"");
    stub(
        "mvn",
        "echo called >> \"$PWD/mvn-calls\"",
        "sleep 1",
        "mkdir -p target && echo jar > target/aidx.jar");
    elsewhere = Files.createDirectories(tmp.resolve("elsewhere")).toRealPath();
  }

  @Test
  void runs_from_another_folder_with_the_clones_jar_and_home() throws Exception {
    prebuilt();
    Run r = launch(clone.resolve("aidx"), "index", "--format", "csv");
    assertThat(r.code).as(r.output).isZero();
    assertThat(r.output)
        .contains("cwd=" + elsewhere)
        .contains("arg=-Daidx.home=" + clone)
        .contains("arg=-jar\narg=" + clone.resolve("target/aidx.jar"))
        .contains("arg=index\narg=--format\narg=csv")
        .doesNotContain("building");
  }

  @Test
  void runs_through_a_chain_of_relative_symbolic_links_on_the_path() throws Exception {
    prebuilt();
    Path onPath = Files.createDirectories(tmp.resolve("home/.local/bin"));
    Path links = Files.createDirectories(tmp.resolve("links"));
    Files.createSymbolicLink(links.resolve("aidx-link"), Path.of("../clone/aidx"));
    Files.createSymbolicLink(onPath.resolve("aidx"), Path.of("../../../links/aidx-link"));
    Run r = launch(onPath.resolve("aidx"), "explain", "JPN");
    assertThat(r.code).as(r.output).isZero();
    assertThat(r.output)
        .contains("arg=-Daidx.home=" + clone)
        .contains("arg=" + clone.resolve("target/aidx.jar"));
  }

  @Test
  void two_first_runs_at_once_build_once_and_both_run() throws Exception {
    Process first = start(clone.resolve("aidx"), "index");
    Process second = start(clone.resolve("aidx"), "index");
    Run a = finish(first);
    Run b = finish(second);
    assertThat(a.code).as(a.output).isZero();
    assertThat(b.code).as(b.output).isZero();
    assertThat(a.output + b.output).contains("arg=" + clone.resolve("target/aidx.jar"));
    // without the lock both would find no jar and start a build; the stub build takes a second
    assertThat(Files.readAllLines(clone.resolve("mvn-calls"))).hasSize(1);
  }

  @Test
  void a_failed_build_stops_with_its_exit_code_and_leaves_the_next_run_free_to_build()
      throws Exception {
    stub("mvn", "echo 'BUILD FAILURE' >&2", "exit 1");
    Run failed = launch(clone.resolve("aidx"), "index");
    assertThat(failed.code).isNotZero();
    assertThat(failed.output).contains("BUILD FAILURE").doesNotContain("arg=index");
    stub("mvn", "mkdir -p target && echo jar > target/aidx.jar");
    Run next = launch(clone.resolve("aidx"), "index");
    assertThat(next.code).as(next.output).isZero();
    assertThat(next.output).contains("arg=index");
  }

  private void prebuilt() throws IOException {
    Files.createDirectories(clone.resolve("target"));
    Files.writeString(clone.resolve("target/aidx.jar"), "jar\n");
    Files.writeString(clone.resolve("target/aidx.jsa"), "cds\n");
  }

  private void stub(String name, String... lines) throws IOException {
    Path file = bin.resolve(name);
    Files.writeString(file, "#!/usr/bin/env bash\n" + String.join("\n", lines) + "\n");
    executable(file);
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Process start(Path launcher, String... args) throws IOException {
    List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(elsewhere.toFile()).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.remove("AIDX_JAVA_OPTS");
    return pb.start();
  }

  private Run launch(Path launcher, String... args) throws Exception {
    return finish(start(launcher, args));
  }

  private static Run finish(Process p) throws Exception {
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).as(output).isTrue();
    return new Run(p.exitValue(), output);
  }

  private record Run(int code, String output) {}
}
