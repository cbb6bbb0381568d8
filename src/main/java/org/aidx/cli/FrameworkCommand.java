package org.aidx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.input.FrameworkFiles;
import org.aidx.input.Inputs;
import org.aidx.model.Direction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aidx framework show [FILE]}. */
@Command(
    name = "framework",
    mixinStandardHelpOptions = true,
    description = "Inspect index frameworks.",
    subcommands = FrameworkCommand.Show.class)
final class FrameworkCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = {
        "Print a framework's tree with weights, aggregation, directions, transforms and normalisation.",
        ""
      })
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        arity = "0..1",
        paramLabel = "FILE",
        description = "Framework YAML (default: the embedded CICC framework).")
    Path file;

    @Option(
        names = "--yaml",
        description = "Print the framework file itself (a starting point for your own).")
    boolean yaml;

    @Override
    public Integer call() {
      PrintWriter w = spec.commandLine().getOut();
      if (yaml) {
        w.print(
            new String(
                file == null ? Inputs.resource(Inputs.CICC_FRAMEWORK) : Inputs.bytes(file),
                java.nio.charset.StandardCharsets.UTF_8));
        w.flush();
        return 0;
      }
      Framework fw =
          file == null
              ? FrameworkFiles.parse(
                  "embedded:" + Inputs.CICC_FRAMEWORK, Inputs.resource(Inputs.CICC_FRAMEWORK))
              : FrameworkFiles.read(file);
      w.println(fw.name() + " [" + fw.id() + "]");
      w.println(
          "reference: "
              + (fw.reference() == null ? "none" : fw.reference())
              + (fw.relativeToReference() ? " (every aggregate relative to it = 1)" : "")
              + "; default normalisation: "
              + fw.normalisation().label()
              + "; imputation: "
              + fw.imputation().label()
              + (fw.zeroFloor() > 0
                  ? "; zeros raised to " + fw.zeroFloor() + " × the smallest positive value"
                  : "")
              + (fw.scoreFloor() != null
                  ? "; scores below "
                      + fw.scoreFloor()
                      + " raised to it before a geometric mean (flagged)"
                  : ""));
      print(w, fw.root(), "", true, true);
      w.flush();
      return 0;
    }

    private static void print(PrintWriter w, Node n, String indent, boolean last, boolean root) {
      String branch = root ? "" : (last ? "└─ " : "├─ ");
      if (n instanceof Node.Aggregate a) {
        w.printf(
            Locale.ROOT,
            "%s%s%s  [%s, weight %s]  %s%n",
            indent,
            branch,
            a.id(),
            a.aggregation().label(),
            num(a.weight()),
            a.name());
        String next = root ? "" : indent + (last ? "   " : "│  ");
        for (int i = 0; i < a.children().size(); i++) {
          print(w, a.children().get(i), next, i == a.children().size() - 1, false);
        }
      } else if (n instanceof Node.Indicator i) {
        w.printf(
            Locale.ROOT,
            "%s%s%s  (%s, weight %s%s%s)  %s%n",
            indent,
            branch,
            i.id(),
            i.direction() == Direction.POSITIVE ? "+" : "−",
            num(i.weight()),
            i.transform() == org.aidx.framework.Transform.NONE ? "" : ", " + i.transform().label(),
            i.normalisation() == null ? "" : ", " + i.normalisation().label(),
            i.name());
      }
    }

    private static String num(double v) {
      return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
  }
}
