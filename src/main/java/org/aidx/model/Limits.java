package org.aidx.model;

import java.util.Locale;

/**
 * The documented limit of every size a user gives (docs/server.md, "Limits"), checked before any
 * work starts, and the memory check that goes with them: a size within its limit can still ask for
 * more memory than the JVM has, and then the run stops with the amount it would need instead of
 * running out of memory half-way.
 *
 * <p>Example: {@code Limits.memory("--synthetic 46341x100", 3.2e10, "...")} on a JVM allowed 2 GB
 * throws an {@link InputException} saying "needs about 29.8 GB of memory (...); this Java may use
 * 2.0 GB"; {@code human(3.2e10)} is "29.8 GB", {@code human(3e12)} "2.7 TB".
 */
public final class Limits {
  private Limits() {}

  /** Units (economies) of {@code --synthetic}. */
  public static final int MAX_UNITS = 100_000;

  /** Indicators of {@code --synthetic}. */
  public static final int MAX_INDICATORS = 100_000;

  /**
   * Values (units × indicators) of {@code --synthetic}: about 600 MB, compiled in under a minute.
   */
  public static final long MAX_VALUES = 2_000_000;

  /** Monte Carlo replications ({@code --runs}). */
  public static final int MAX_RUNS = 100_000_000;

  /** Base sample size N of {@code aidx sensitivity --samples}. */
  public static final int MAX_SAMPLES = 1_000_000;

  /** Bootstrap resamples ({@code --bootstrap}). */
  public static final int MAX_BOOTSTRAP = 100_000;

  /** Tiers ({@code --tiers}). */
  public static final int MAX_TIERS = 100;

  /** Worker threads ({@code --threads}). */
  public static final int MAX_THREADS = 1024;

  /** Request body size of {@code aidx serve --max-body-mb}, in MB. */
  public static final int MAX_BODY_MB = 1024;

  /** How long {@code aidx serve --body-timeout} lets a request body send nothing, in seconds. */
  public static final int MAX_BODY_TIMEOUT_SECONDS = 600;

  /**
   * Checks {@code min ≤ value ≤ max} for the option named {@code option}; {@code what} says what it
   * counts ("replications").
   */
  public static long range(String option, long value, long min, long max, String what) {
    return range(option, value, min, max, what, 0);
  }

  /**
   * As {@link #range(String, long, long, long, String)}, saying how much memory {@code value} would
   * need ({@code bytes}, when known).
   */
  public static long range(
      String option, long value, long min, long max, String what, double bytes) {
    if (value < min || value > max) {
      throw new InputException(
          option,
          "the number of "
              + what
              + " must be between "
              + min
              + " and "
              + max
              + ", found "
              + value
              + (bytes > 0 ? " (it would need about " + human(bytes) + " of memory)" : ""),
          "pass a value in that range (see Limits in docs/server.md)");
    }
    return value;
  }

  /**
   * Stops with the memory a run would need when it exceeds what this JVM may use ({@code -Xmx});
   * {@code bytes} is computed in double, so sizes whose product overflows a long are caught too.
   */
  public static void memory(String option, double bytes, String breakdown) {
    long max = Runtime.getRuntime().maxMemory();
    if (bytes > max * 0.8) {
      throw new InputException(
          option,
          "needs about "
              + human(bytes)
              + " of memory ("
              + breakdown
              + "); this Java may use "
              + human(max),
          "use smaller sizes, or give Java more memory (e.g. AIDX_JAVA_OPTS=-Xmx16g ./aidx ...)");
    }
  }

  /** Bytes as {@code 512 MB}, {@code 29.8 GB}. */
  public static String human(double bytes) {
    double gb = bytes / (1L << 30);
    if (gb >= 1024) {
      return String.format(Locale.ROOT, "%.1f TB", gb / 1024);
    }
    if (gb >= 1) {
      return String.format(Locale.ROOT, "%.1f GB", gb);
    }
    return String.format(Locale.ROOT, "%.0f MB", Math.max(1, bytes / (1L << 20)));
  }
}
