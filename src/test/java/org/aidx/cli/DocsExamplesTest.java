package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every shell example of {@code README.md} and {@code docs/*.md} (files added later are picked
 * up), so the documented commands and what they print cannot go stale.
 *
 * <p>The convention: a fenced {@code ```bash} block holds commands run from the repository root, in
 * order (a line ending in a backslash continues on the next; {@code #} starts a comment). Right
 * after the block come one or more {@code <!-- expect: TEXT -->} lines; the block's stdout and
 * stderr together must contain each TEXT. Every command must exit with 0, unless the block declares
 * {@code <!-- expect-exit: N -->} (an example of an error). A {@code ```text} block (or any other
 * language) is not run: use it for commands that need the internet, start a server or take long.
 *
 * <p>A plain {@code ./aidx ARGS} line runs in this JVM ({@link Main#execute}), which keeps the test
 * fast; a line with pipes, redirections or other commands runs in bash, with {@code ./aidx} there
 * starting a JVM on the test class path.
 */
class DocsExamplesTest {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Pattern EXPECT = Pattern.compile("^<!--\\s*expect:\\s*(.*?)\\s*-->$");
  private static final Pattern EXPECT_EXIT =
      Pattern.compile("^<!--\\s*expect-exit:\\s*(\\d+)\\s*-->$");
  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

  @TempDir static Path tmp;
  private static Path launcher;

  /**
   * A bash block: the file and line of its opening fence, its commands, the texts its output must
   * contain, and the exit code an error example declares (0: every command must succeed).
   */
  record Block(String file, int line, List<String> commands, List<String> expects, int exit) {
    @Override
    public String toString() {
      return file + ":" + line;
    }
  }

  @BeforeAll
  static void launcherOnTheTestClassPath() throws IOException {
    launcher = tmp.resolve("aidx");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Files.writeString(
        launcher,
        "#!/usr/bin/env bash\nexec '"
            + java
            + "' -Xlog:disable -cp '"
            + System.getProperty("java.class.path")
            + "' org.aidx.cli.Main \"$@\"\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  static Stream<Block> blocks() throws IOException {
    List<Block> out = new ArrayList<>();
    for (Path page : pages()) {
      out.addAll(blocks(page.toString(), Files.readAllLines(page, StandardCharsets.UTF_8)));
    }
    return out.stream();
  }

  /** The bash blocks of one page, with the expect lines after each. */
  static List<Block> blocks(String file, List<String> lines) {
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String fence = lines.get(i).strip();
      if (!fence.startsWith("```")) {
        continue;
      }
      boolean bash = fence.substring(3).strip().equals("bash");
      int start = i + 1;
      List<String> commands = new ArrayList<>();
      String pending = "";
      for (i = i + 1; i < lines.size() && !lines.get(i).strip().startsWith("```"); i++) {
        String text = pending + lines.get(i).strip();
        if (text.endsWith("\\")) {
          pending = text.substring(0, text.length() - 1).strip() + " ";
          continue;
        }
        pending = "";
        String command = withoutComment(text);
        if (!command.isEmpty()) {
          commands.add(command);
        }
      }
      if (!bash) {
        continue;
      }
      List<String> expects = new ArrayList<>();
      int exit = 0;
      int j = i + 1;
      for (; j < lines.size(); j++) {
        String next = lines.get(j).strip();
        Matcher e = EXPECT.matcher(next);
        Matcher x = EXPECT_EXIT.matcher(next);
        if (e.matches()) {
          expects.add(e.group(1));
        } else if (x.matches()) {
          exit = Integer.parseInt(x.group(1));
        } else if (!next.isEmpty()) {
          break;
        }
      }
      out.add(new Block(file, start, commands, expects, exit));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blocks")
  void every_bash_block_runs_and_prints_what_the_page_says(Block block) throws Exception {
    assertThat(block.expects())
        .as(
            "%s: a ```bash block needs at least one <!-- expect: TEXT --> line after it"
                + " (or fence it as ```text if it must not run)",
            block)
        .isNotEmpty();
    StringBuilder transcript = new StringBuilder();
    for (String command : block.commands()) {
      Run r = run(command);
      transcript.append("$ ").append(command).append('\n').append(r.output);
      assertThat(r.code)
          .as(
              "%s: '%s' exited with %d%s%n%s",
              block,
              command,
              r.code,
              block.exit() == 0 ? " (an error example declares <!-- expect-exit: N -->)" : "",
              r.output)
          .isIn(0, block.exit());
    }
    for (String expect : block.expects()) {
      assertThat(transcript.toString())
          .as("%s: the output should contain '%s'", block, expect)
          .contains(expect);
    }
  }

  @Test
  void every_relative_link_in_the_readme_and_docs_points_to_a_file() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path page : pages()) {
      List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
      boolean code = false;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.strip().startsWith("```")) {
          code = !code;
          continue;
        }
        if (code) {
          continue;
        }
        Matcher m = LINK.matcher(line.replaceAll("`[^`]*`", ""));
        while (m.find()) {
          String target = m.group(1);
          if (target.matches("^[a-z]+:.*") || target.startsWith("#")) {
            continue;
          }
          String file = target.replaceAll("#.*$", "");
          Path resolved = page.toAbsolutePath().getParent().resolve(file).normalize();
          if (!Files.exists(resolved)) {
            broken.add(page + ":" + (i + 1) + ": " + target);
          }
        }
      }
    }
    assertThat(broken).as("links to files that do not exist").isEmpty();
  }

  @Test
  void every_docs_page_is_listed_in_the_contents() throws IOException {
    String contents = Files.readString(Path.of("docs/index.md"));
    assertThat(pages())
        .map(p -> p.getFileName().toString())
        .filteredOn(name -> !name.equals("index.md") && !name.equals("README.md"))
        .allSatisfy(
            name ->
                assertThat(contents)
                    .as("docs/index.md should link to %s", name)
                    .contains("](" + name + ")"));
  }

  @Test
  void a_bash_block_without_an_expect_line_is_reported_with_its_file_and_line() {
    List<Block> found =
        DocsExamplesTest.blocks(
            "docs/x.md",
            List.of(
                "text",
                "```bash",
                "./aidx index   # the index",
                "./aidx explain \\",
                "  JPN",
                "```",
                "",
                "<!-- expect: United States -->",
                "<!-- expect-exit: 2 -->",
                "```text",
                "./aidx serve",
                "```",
                "```bash",
                "./aidx frontier",
                "```",
                "more text"));
    assertThat(found)
        .containsExactly(
            new Block(
                "docs/x.md",
                2,
                List.of("./aidx index", "./aidx explain JPN"),
                List.of("United States"),
                2),
            new Block("docs/x.md", 13, List.of("./aidx frontier"), List.of(), 0));
    assertThat(found.get(1)).hasToString("docs/x.md:13");
  }

  private static Run run(String command) throws Exception {
    if (command.startsWith("./aidx ") && !command.matches(".*[|<>;&$`].*")) {
      Cli c = Cli.run(words(command.substring("./aidx ".length())).toArray(String[]::new));
      return new Run(c.code(), c.out() + c.err());
    }
    String shell = command.replaceAll("(^|[\\s|;&(])\\./aidx(?=\\s|$)", "$1" + launcher);
    Process p =
        new ProcessBuilder("bash", "-c", shell)
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().close();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s did not finish", command).isTrue();
    return new Run(p.exitValue(), output);
  }

  private record Run(int code, String output) {}

  private static String withoutComment(String line) {
    boolean single = false;
    boolean dbl = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '\'' && !dbl) {
        single = !single;
      } else if (ch == '"' && !single) {
        dbl = !dbl;
      } else if (ch == '#' && !single && !dbl && (i == 0 || line.charAt(i - 1) == ' ')) {
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
