package org.aidx.pipeline.aggregate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether this processor has a fused multiply-add instruction, which makes {@link Math#fma} as
 * cheap as a multiply (without it the JDK computes it in software). Read without loading the JVM's
 * management classes (tens of milliseconds of start-up): aarch64 always has one; on Linux the
 * {@code fma} flag of {@code /proc/cpuinfo} says; anywhere else the answer is no. The system
 * property {@code aidx.fma=false} says no too.
 */
final class Fma {
  private Fma() {}

  static boolean available() {
    if ("false".equals(System.getProperty("aidx.fma"))) {
      return false;
    }
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    if (arch.equals("aarch64") || arch.equals("arm64")) {
      return true;
    }
    return cpuFlag(Path.of("/proc/cpuinfo"));
  }

  /** Whether the processor description at {@code cpuinfo} (Linux's format) lists {@code fma}. */
  static boolean cpuFlag(Path cpuinfo) {
    try {
      if (!Files.isReadable(cpuinfo)) {
        return false;
      }
      // the first processor's flags line, e.g. "flags\t\t: fpu vme ... fma cx16 ..."
      for (String line : Files.readAllLines(cpuinfo)) {
        if (line.startsWith("flags") && line.indexOf(':') > 0) {
          return (" " + line.substring(line.indexOf(':') + 1) + " ").contains(" fma ");
        }
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
