package org.aidx.pipeline.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmaTest {
  @TempDir Path dir;

  @Test
  void reads_the_fma_flag_of_the_first_processor() throws IOException {
    Path with = dir.resolve("with");
    Files.writeString(
        with,
        "processor\t: 0\nmodel name\t: Intel(R) Xeon(R)\nflags\t\t: fpu sse2 fma cx16 avx\n\n");
    Path without = dir.resolve("without");
    // fma4 and xfma are other flags, not fma
    Files.writeString(without, "processor\t: 0\nflags\t\t: fpu sse2 fma4 avx xfma\n");
    Path last = dir.resolve("last");
    Files.writeString(last, "flags\t: sse2 fma\n");
    assertThat(Fma.cpuFlag(with)).isTrue();
    assertThat(Fma.cpuFlag(without)).isFalse();
    assertThat(Fma.cpuFlag(last)).isTrue();
    assertThat(Fma.cpuFlag(dir.resolve("missing"))).isFalse();
  }
}
