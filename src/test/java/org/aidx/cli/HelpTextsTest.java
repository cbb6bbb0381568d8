package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every help text of the command tree ends with a full sentence: a command's header and
 * description, each option's and parameter's description, and each line of a parent's command list,
 * which picocli fills with the first line of the header only. A text cut mid-sentence, or a header
 * whose second line the command list drops, fails here.
 */
class HelpTextsTest {
  /** A full sentence ends in '.', ')' or ':' (an example follows), or is an example in quotes. */
  private static final Pattern FULL = Pattern.compile("(?s).*[.):]|.*'[^']*'|.*`[^`]*`");

  /** Whether a text ends with a full sentence, or with examples after "for example:". */
  private static boolean full(String text) {
    java.util.regex.Matcher m = EXAMPLES.matcher(text);
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    return FULL.matcher(end < 0 ? text : text.substring(0, end)).matches();
  }

  private static final Pattern EXAMPLES = Pattern.compile("(?i)examples?:");

  private static String joined(String[] lines) {
    return String.join(" ", lines).replace("%n", " ").replaceAll("\\s+", " ").trim();
  }

  private static List<CommandSpec> walk(CommandSpec root) {
    List<CommandSpec> out = new ArrayList<>();
    Map<CommandSpec, Boolean> seen = new IdentityHashMap<>();
    List<CommandSpec> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      CommandSpec c = todo.remove(0);
      if (seen.put(c, true) == null) {
        out.add(c);
        c.subcommands().values().forEach(s -> todo.add(s.getCommandSpec()));
      }
    }
    return out;
  }

  private static List<CommandSpec> commands() {
    return walk(Main.tree().getCommandSpec());
  }

  @Test
  void the_tree_holds_every_command_and_sub_command() {
    List<String> names = commands().stream().map(CommandSpec::qualifiedName).toList();
    assertThat(names)
        .contains("aidx index", "aidx records run", "aidx data update", "aidx trend growth")
        .hasSizeGreaterThan(30);
  }

  @Test
  void every_header_and_description_ends_with_a_full_sentence() {
    List<String> cut = new ArrayList<>();
    for (CommandSpec c : commands()) {
      String header = joined(c.usageMessage().header());
      String description = joined(c.usageMessage().description());
      if (!header.isEmpty() && !full(header)) {
        cut.add(c.qualifiedName() + " header: " + header);
      }
      if (!description.isEmpty() && !full(description)) {
        cut.add(c.qualifiedName() + " description: " + description);
      }
    }
    assertThat(cut).isEmpty();
  }

  @Test
  void every_option_and_parameter_description_ends_with_a_full_sentence() {
    List<String> cut = new ArrayList<>();
    for (CommandSpec c : commands()) {
      List<ArgSpec> args = new ArrayList<>(c.options());
      args.addAll(c.positionalParameters());
      for (ArgSpec a : args) {
        String d = joined(a.description());
        if (!d.isEmpty() && !full(d)) {
          cut.add(c.qualifiedName() + " " + a.paramLabel() + ": " + d);
        }
      }
    }
    assertThat(cut).isEmpty();
  }

  @Test
  void every_line_of_a_command_list_shows_the_whole_header() {
    // picocli lists a command by its header's first line (or its description's first line)
    List<String> cut = new ArrayList<>();
    for (CommandSpec c : commands()) {
      for (Map.Entry<String, CommandLine> e : c.subcommands().entrySet()) {
        String[] header = e.getValue().getCommandSpec().usageMessage().header();
        if (header.length > 1 && !header[1].isBlank()) {
          cut.add(c.qualifiedName() + " " + e.getKey() + ": " + header[0] + " / " + header[1]);
        }
      }
    }
    assertThat(cut).isEmpty();
  }

  @Test
  void the_rendered_command_lists_end_each_entry_with_a_full_sentence() {
    List<String> cut = new ArrayList<>();
    for (CommandSpec c : commands()) {
      if (c.subcommands().isEmpty()) {
        continue;
      }
      String usage = c.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF);
      int at = usage.indexOf("\nCommands:\n");
      assertThat(at).as(c.qualifiedName()).isPositive();
      List<String> entries = new ArrayList<>();
      for (String line : usage.substring(at + "\nCommands:\n".length()).split("\n", -1)) {
        if (line.isBlank()) {
          break;
        }
        if (line.matches("  \\S.*")) {
          entries.add(line.trim());
        } else {
          entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.trim());
        }
      }
      for (String entry : entries) {
        if (!full(entry)) {
          cut.add(c.qualifiedName() + ": " + entry);
        }
      }
    }
    assertThat(cut).isEmpty();
  }
}
