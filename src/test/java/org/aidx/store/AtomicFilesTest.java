package org.aidx.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @Test
  void replaces_the_target_and_leaves_no_temporary_file(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("sub/out.csv");
    AtomicFiles.write(target, "first");
    AtomicFiles.write(target, "second");

    assertThat(Files.readString(target)).isEqualTo("second");
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void written_files_are_readable_by_others_not_private_like_a_temporary_file(@TempDir Path dir)
      throws Exception {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path target = dir.resolve("results.csv");
    AtomicFiles.write(target, "x");

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-r--r--");
  }
}
