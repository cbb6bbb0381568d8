package org.aidx.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aidx.model.InputException;
import org.aidx.model.Limits;
import org.aidx.model.Problem;
import picocli.CommandLine;

/**
 * The limit of every size option, by name, checked by {@link Main} for every command before it
 * runs, so that a new command with {@code --runs} or {@code --threads} is covered without a line of
 * its own. The limits themselves live in {@link Limits} and are listed in docs/server.md.
 *
 * <p>Example: {@code aidx robustness --runs 0} stops with "the number of replications must be
 * between 1 and 100000000", exit code 2, before the index is compiled.
 */
final class SizeOptions {
  private SizeOptions() {}

  /** The accepted range of one option, and what it counts. */
  record Limit(long min, long max, String what) {}

  static final Map<String, Limit> LIMITS =
      Map.of(
          "--runs",
          new Limit(1, Limits.MAX_RUNS, "replications"),
          "--samples",
          new Limit(1, Limits.MAX_SAMPLES, "base samples"),
          "--bootstrap",
          new Limit(0, Limits.MAX_BOOTSTRAP, "bootstrap resamples"),
          "--tiers",
          new Limit(1, Limits.MAX_TIERS, "tiers"),
          "--threads",
          new Limit(1, Limits.MAX_THREADS, "threads"),
          "--max-body-mb",
          new Limit(1, Limits.MAX_BODY_MB, "megabytes of a request body"),
          "--body-timeout",
          new Limit(1, Limits.MAX_BODY_TIMEOUT_SECONDS, "seconds a request body may send nothing"));

  /** Checks every size option of the command, collecting every problem. */
  static void check(CommandLine.ParseResult command) {
    List<Problem> problems = new ArrayList<>();
    for (CommandLine.Model.OptionSpec o : command.commandSpec().options()) {
      Limit l = LIMITS.get(o.longestName());
      if (l != null
          && o.longestName().equals("--runs")
          && command.commandSpec().name().equals("panel")) {
        // aidx panel --runs 0 leaves the catching-up interval out
        l = new Limit(0, l.max(), l.what());
      }
      if (l != null && o.getValue() instanceof Number n) {
        try {
          Limits.range(o.longestName() + " " + n, n.longValue(), l.min(), l.max(), l.what());
        } catch (InputException e) {
          for (Problem p : e.problems()) {
            // a command whose analysis can be left out says so (aidx report --no-robustness)
            boolean skippable =
                o.longestName().equals("--runs")
                    && command.commandSpec().findOption("--no-robustness") != null;
            problems.add(
                skippable
                    ? new Problem(
                        p.where(), p.what(), p.fix() + ", or leave it out with --no-robustness")
                    : p);
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }
}
