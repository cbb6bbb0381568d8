package org.aidx.cli;

import java.io.PrintWriter;
import org.aidx.model.InputException;
import org.aidx.model.Problem;
import org.aidx.output.Manifest;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code aidx} command. Exit codes: 0 success, 2 bad input, 1 internal error.
 */
@Command(
    name = "aidx",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Build, explain and publish composite indices of AI development.",
      "",
      "With no files given, commands use the embedded default: CICC Research's AI Development Index",
      "(AI发展指数) framework and real data for the 20 largest economies, with the USA as reference (= 1).",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  aidx index                              ranked table of the 20 economies",
      "  aidx index --format csv --out results   CSV on stdout; results, summary and manifest in results/",
      "  aidx index --normalise minmax:1,100 --aggregate geometric",
      "  aidx explain JPN                        why Japan scores what it does, against the USA",
      "  aidx report --out report                HTML report, XLSX workbook, charts and manifest",
      "  aidx robustness                         rank intervals under uncertain methods; also sensitivity",
      "  aidx exposure                           AI-exposed share of output per economy",
      "  aidx scenario --change 'JPN:compute=copy(USA)'   what if Japan had the USA's compute",
      "  aidx advantage --out charts             R&D-led or application-led, with the layer scatter",
      "  aidx replicate                          the study's published figures beside aidx's, with verdicts",
      "  aidx target JPN --rank 3                what it would take, dimension by dimension",
      "  aidx frontier                           distance to the best performer per dimension",
      "  aidx data check my-data.csv             validate a data file and show its coverage",
      "  aidx framework show                     the index tree with weights and methods",
      "  aidx trend growth                       doubling time of AI training compute",
      "  aidx region typology                    a typology of US metro areas, with maps",
      "  aidx serve                              web dashboard and JSON API on http://127.0.0.1:8080/",
      "  aidx records run conference-authorship  raw conference records to the authorship indicator",
      "",
      "Exit codes: 0 success, 2 bad input (the message says where and how to fix it), 1 internal error."
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * The subcommands, in the order of the usage help. Picocli builds the model of every registered
   * command by reflection (and loads the classes their options name) before it parses anything; a
   * command line that names its command first registers that command alone, which saves about a
   * quarter of a second of start-up. Anything else (no command, an option first, {@code help}, an
   * unknown name that deserves suggestions) registers all of them.
   */
  private static final java.util.List<Class<?>> COMMANDS =
      java.util.List.of(
          IndexCommand.class,
          PanelCommand.class,
          ExplainCommand.class,
          ScenarioCommand.class,
          AdvantageCommand.class,
          ReplicateCommand.class,
          TargetCommand.class,
          FrontierCommand.class,
          CompareCommand.class,
          ProfileCommand.class,
          ReportCommand.class,
          RobustnessCommand.class,
          SensitivityCommand.class,
          CoherenceCommand.class,
          ExposureCommand.class,
          DataCommand.class,
          FrameworkCommand.class,
          TrendCommand.class,
          RegionCommand.class,
          ServeCommand.class,
          RecordsCommand.class,
          CommandLine.HelpCommand.class);

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(
        execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Wide enough for the examples in the footers, still readable on a laptop terminal. */
  static final int USAGE_WIDTH = 110;

  /** Every command, registered as {@code aidx --help} shows them, for checks of the help texts. */
  static CommandLine tree() {
    CommandLine cl = new CommandLine(new Main());
    COMMANDS.forEach(cl::addSubcommand);
    cl.setUsageHelpWidth(USAGE_WIDTH);
    return cl;
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    for (Class<?> c : commands(args)) {
      cl.addSubcommand(c);
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpWidth(USAGE_WIDTH);
    // a mistyped option or value is one line (and picocli's "Did you mean"), not the whole usage
    // help
    cl.setParameterExceptionHandler(
        (ex, params) -> {
          CommandLine line = ex.getCommandLine();
          line.getErr().println(line.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, line.getErr());
          line.getErr()
              .println(
                  "Run '"
                      + line.getCommandSpec().qualifiedName()
                      + " --help' for the options and their values.");
          return 2;
        });
    cl.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          if (ex instanceof InputException ie) {
            line.getErr()
                .println(
                    "aidx: cannot continue, " + ie.problems().size() + " problem(s) in the input:");
            for (Problem p : ie.problems()) {
              line.getErr().println("  - " + p);
            }
            line.getErr().println("No input file was changed.");
            return 2;
          }
          if (ex instanceof IllegalArgumentException) {
            line.getErr().println("aidx: " + ex.getMessage());
            line.getErr()
                .println("Run '" + line.getCommandName() + " --help' for the accepted values.");
            return 2;
          }
          line.getErr().println("aidx: internal error: " + ex);
          ex.printStackTrace(line.getErr());
          return 1;
        });
    // before any command computes or prints: every size within its limit, and no output that
    // would replace one of its inputs
    cl.setExecutionStrategy(
        parsed -> {
          CommandLine.ParseResult leaf = parsed;
          while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
          }
          if (!leaf.isUsageHelpRequested() && !leaf.isVersionHelpRequested()) {
            try {
              SizeOptions.check(leaf);
              OutDir.refuseInputs(leaf);
            } catch (InputException e) {
              throw new CommandLine.ExecutionException(leaf.commandSpec().commandLine(), "", e);
            }
          }
          return new CommandLine.RunLast().execute(parsed);
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The subcommands to register for these arguments: the one named first, or all of them. */
  static java.util.List<Class<?>> commands(String[] args) {
    if (args.length > 0) {
      for (Class<?> c : COMMANDS) {
        Command a = c.getAnnotation(Command.class);
        if (c != CommandLine.HelpCommand.class && a != null && a.name().equals(args[0])) {
          return java.util.List.of(c);
        }
      }
    }
    return COMMANDS;
  }

  /** Reports the jar's version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "aidx " + Manifest.version(), "Java " + System.getProperty("java.version")
      };
    }
  }
}
