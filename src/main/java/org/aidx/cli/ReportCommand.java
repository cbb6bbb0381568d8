package org.aidx.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.aidx.io.Inputs;
import org.aidx.io.Manifest;
import org.aidx.model.InputException;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
import org.aidx.report.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aidx report}: the publication files of one run. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Compute the index as 'aidx index' does and write a publication directory: report.html (one",
      "self-contained page: method, data sources, coverage, ranked table, charts, notes; opens",
      "offline), report.xlsx (one sheet per table), the charts as PNG and SVG, and manifest.json.",
      ""
    },
    footer = {
      "",
      "Files written to DIR, each atomically: report.html, report.xlsx, ranking.png, ranking.svg,",
      "profile.png, profile.svg, manifest.json. Other files in DIR are left alone.",
      "",
      "Examples:",
      "  aidx report                                   writes report/",
      "  aidx report --out runs/minmax --normalise minmax:1,100",
      "  aidx report --data my-data.csv --impute median --out my-report"
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions run;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "report",
      description = "Directory to write to, created if absent (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    Inputs in = run.inputs();
    PipelineSpec ps = run.spec();
    IndexResult r = Pipeline.run(in.framework(), in.dataset(), ps);
    List<String> args = spec.commandLine().getParseResult().originalArgs();
    String manifest =
        Manifest.json("aidx report", args, in.files(), in.framework(), ps, ReportFiles.outputs(r));
    try {
      ReportFiles.write(out, r, manifest, List.of());
    } catch (UncheckedIOException e) {
      // An unwritable --out is the user's to fix, not an internal error.
      throw new InputException(
          "--out " + out,
          "cannot write the report there (" + e.getCause() + ")",
          "choose a directory you can create and write to");
    }
    var w = spec.commandLine().getOut();
    w.println("Wrote " + String.join(", ", ReportFiles.outputs(r)) + " to " + out);
    w.println("Open " + out.resolve(ReportFiles.HTML) + " in a browser; it needs no network.");
    w.flush();
    return 0;
  }
}
