package org.aidx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** A command named first is registered alone; the help it prints is the same as with all. */
class MainCommandsTest {
  @Test
  void aCommandNamedFirstIsRegisteredAlone() {
    assertEquals(
        List.of(RobustnessCommand.class),
        Main.commands(new String[] {"robustness", "--runs", "10"}));
    assertEquals(List.of(TrendCommand.class), Main.commands(new String[] {"trend", "growth"}));
  }

  @Test
  void anythingElseRegistersEveryCommand() {
    int all = Main.commands(new String[0]).size();
    assertTrue(all > 20, "all commands: " + all);
    for (String[] args :
        List.of(
            new String[] {"--help"},
            new String[] {"help", "index"},
            new String[] {"robustnes"},
            new String[] {"--version"})) {
      assertEquals(all, Main.commands(args).size(), String.join(" ", args));
    }
    assertTrue(Main.commands(new String[0]).contains(CommandLine.HelpCommand.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"index", "robustness", "trend", "data", "records", "serve"})
  void helpOfACommandAloneEqualsHelpWithEveryCommand(String name) {
    Cli alone = Cli.run(name, "--help");
    Cli all = Cli.run("help", name);
    assertEquals(0, alone.code(), alone.err());
    assertEquals(all.out(), alone.out());
  }

  @Test
  void topLevelHelpStillListsEveryCommand() {
    Cli help = Cli.run("--help");
    for (String name : List.of("index", "robustness", "sensitivity", "records", "help")) {
      assertTrue(help.out().contains("  " + name + " "), name + " in\n" + help.out());
    }
  }
}
