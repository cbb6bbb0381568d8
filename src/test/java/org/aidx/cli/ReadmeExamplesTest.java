package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code ./aidx ...} line of the README's code blocks, so the documented commands cannot
 * go stale. Adjusted only where running them as written would be wrong in a test: outputs ({@code
 * --out}, {@code --replications}) go to a temporary directory, and saved runs ({@code --run}) are
 * read from it, Monte Carlo run counts are capped at 200 to keep the suite fast, and commands that
 * need a file the README leaves to the reader, or that start a server, are skipped (the server has
 * its own tests).
 */
class ReadmeExamplesTest {
  private static final Set<String> NEEDS_READERS_FILE =
      Set.of(
          "my-data.csv", "iData.csv", "my.csv", "FILE", "my-framework.yaml", "my-scenarios.yaml");

  @TempDir static Path tmp;

  static Stream<String> examples() throws IOException {
    Set<String> lines = new LinkedHashSet<>();
    boolean code = false;
    String pending = "";
    for (String line : Files.readAllLines(Path.of("README.md"))) {
      if (line.startsWith("```")) {
        code = !code;
        continue;
      }
      if (!code) {
        continue;
      }
      String text = pending + line.strip();
      if (text.endsWith("\\")) {
        pending = text.substring(0, text.length() - 1) + " ";
        continue;
      }
      pending = "";
      if (text.startsWith("./aidx ")) {
        lines.add(withoutComment(text));
      }
    }
    return lines.stream().filter(ReadmeExamplesTest::runnable);
  }

  private static boolean runnable(String line) {
    List<String> args = words(line.substring("./aidx ".length()));
    return !args.get(0).equals("serve") && args.stream().noneMatch(NEEDS_READERS_FILE::contains);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void every_readme_command_runs(String line) {
    List<String> args = words(line.substring("./aidx ".length()));
    List<String> run = new ArrayList<>();
    boolean hasOut = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      run.add(a);
      if ((a.equals("--out") || a.equals("--replications")) && i + 1 < args.size()) {
        hasOut |= a.equals("--out");
        run.add(tmp.resolve(args.get(++i).replace('/', '-')).toString());
      } else if (a.equals("--run") && i + 1 < args.size()) {
        // a saved run (aidx compare --run) is read where an earlier example's --out wrote it
        run.add(tmp.resolve(args.get(++i).replace('/', '-')).toString());
      } else if ((a.equals("--runs") || a.equals("--samples")) && i + 1 < args.size()) {
        run.add(String.valueOf(Math.min(200, Integer.parseInt(args.get(++i)))));
      }
    }
    if (run.get(0).equals("report") && !hasOut) {
      run.addAll(List.of("--out", tmp.resolve("report-" + run.size()).toString()));
    }
    if (List.of("robustness", "report", "sensitivity").contains(run.get(0))
        && !run.contains("--runs")
        && !run.contains("--replay")) {
      run.addAll(
          run.get(0).equals("sensitivity") ? List.of("--samples", "64") : List.of("--runs", "200"));
    }

    Cli c = Cli.run(run.toArray(String[]::new));

    assertThat(c.code()).as("%s%nstderr: %s", line, c.err()).isZero();
    assertThat(c.out() + c.err()).as(line).isNotBlank();
  }

  private static String withoutComment(String line) {
    boolean single = false;
    boolean dbl = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '\'' && !dbl) {
        single = !single;
      } else if (ch == '"' && !single) {
        dbl = !dbl;
      } else if (ch == '#' && !single && !dbl && i > 0 && line.charAt(i - 1) == ' ') {
        return line.substring(0, i).strip();
      }
    }
    return line.strip();
  }

  /** Splits a shell line into words, honouring single and double quotes. */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean single = false;
    boolean dbl = false;
    boolean any = false;
    for (char ch : line.toCharArray()) {
      if (ch == '\'' && !dbl) {
        single = !single;
        any = true;
      } else if (ch == '"' && !single) {
        dbl = !dbl;
        any = true;
      } else if (Character.isWhitespace(ch) && !single && !dbl) {
        if (any) {
          out.add(w.toString());
          w.setLength(0);
          any = false;
        }
      } else {
        w.append(ch);
        any = true;
      }
    }
    if (any) {
      out.add(w.toString());
    }
    return out;
  }
}
