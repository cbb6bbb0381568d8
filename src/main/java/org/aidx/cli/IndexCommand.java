package org.aidx.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.aidx.input.Inputs;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.MethodCaption;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.RunNote;
import org.aidx.pipeline.Staleness;
import org.aidx.report.ResultWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aidx index}: compute, rank and tier. */
@Command(
    name = "index",
    header = "Compute the index and print the ranked table (or CSV, JSON, Markdown).",
    mixinStandardHelpOptions = true,
    description = {
      "Compute the index: select each value (latest year) → transform → impute → treat outliers →",
      "normalise → aggregate → rank → tier, and print the ranked table.",
      ""
    },
    footer = {
      "",
      "Output columns (csv): iso3,name,rank,tier,index, then one column per aggregate node, level by level;",
      "for CICC: technology_activity,market_friendliness,compute,algorithms,data,finance,exposure_scale,diffusion,policy.",
      "With --out DIR: results.csv, results.json (every value with year and source), summary.md and",
      "manifest.json (input hashes, methodology, version) are written atomically.",
      "",
      "Examples:",
      "  aidx index --format md",
      "  aidx index --normalise minmax:0,100 --aggregate arithmetic --out runs/minmax",
      "  aidx index --coinr iData.csv iMeta.csv --impute mean"
    })
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions run;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description =
          "table | csv | json | md | methodology (default: ${DEFAULT-VALUE}); methodology prints the"
              + " resolved methodology as YAML: every indicator's normalisation, every node's"
              + " aggregation, imputation, floors, reference.")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Also write results.csv, results.json, summary.md and manifest.json to DIR.")
  Path out;

  enum Format {
    table,
    csv,
    json,
    md,
    methodology
  }

  @Override
  public Integer call() {
    Inputs in = run.inputs();
    Methodology ps = Methodology.of(in.framework(), run.spec());
    IndexResult r = Pipeline.run(in.framework(), in.dataset(), ps);
    List<String> caption = run.caption(run.spec(), in.framework());
    var w = spec.commandLine().getOut();
    switch (format) {
      case csv:
        w.print(ResultWriter.csv(r));
        break;
      case json:
        w.print(ResultWriter.json(r));
        break;
      case md:
        w.print(ResultWriter.markdown(r, caption));
        break;
      case methodology:
        w.print(org.aidx.input.MethodologyFiles.yaml(r.methodology()));
        break;
      default:
        w.println(
            MethodCaption.title(
                r.framework().name()
                    + (r.reference() != null && r.framework().relativeToReference()
                        ? ", relative to " + r.reference() + " = 1"
                        : ""),
                caption));
        w.println();
        w.print(ResultWriter.table(r));
        var t = r.tiering();
        w.printf(
            java.util.Locale.ROOT,
            "%n%d tiers (Jenks natural breaks, goodness of variance fit %.3f).%n",
            t.count(),
            t.gvf());
        Staleness old = Staleness.of(r, run.maxAge);
        if (!old.stale().isEmpty()) {
          w.printf(
              java.util.Locale.ROOT,
              "%d value(s) older than %d years before %d (--max-age):%n",
              old.stale().size(),
              old.maxAge(),
              old.runYear());
          old.lines().forEach(l -> w.println("  " + l));
        }
        int missing = 0;
        int imputed = 0;
        int floored = 0;
        for (int[] c : r.coverage().values()) {
          missing += c[0];
          imputed += c[1];
        }
        for (int i = 0; i < r.indicators().size(); i++) {
          for (int e = 0; e < r.economies().size(); e++) {
            floored += r.floored(i, e) ? 1 : 0;
          }
        }
        String imputation = r.methodology().imputation().label();
        if (imputed > 0) {
          w.println(
              imputed
                  + " missing value(s) imputed ("
                  + imputation
                  + "), flagged in results.json and 'aidx explain'.");
        }
        if (missing > 0) {
          // an indicator no economy has (e.g. a single edition dated after --year) drops out:
          // imputation needs a value somewhere to compare with
          List<String> dropped = new java.util.ArrayList<>();
          for (int i = 0; i < r.indicators().size(); i++) {
            boolean none = true;
            for (int e = 0; e < r.economies().size() && none; e++) {
              none = Double.isNaN(r.prepared(i, e));
            }
            if (none) {
              dropped.add(r.indicators().get(i));
            }
          }
          int inDropped = dropped.size() * r.economies().size();
          if (!dropped.isEmpty()) {
            w.println(
                inDropped
                    + " value(s) of "
                    + dropped.size()
                    + " indicator(s) that no economy has"
                    + (r.methodology().year() == null
                        ? ""
                        : " at or before " + r.methodology().year())
                    + " left out (their parents average the rest): "
                    + String.join(", ", dropped)
                    + ".");
          }
          if (missing > inDropped) {
            w.println(
                (missing - inDropped)
                    + " value(s) missing and not imputed"
                    + (r.methodology().imputation().kind()
                            == org.aidx.method.impute.Imputation.Kind.NONE
                        ? "; run with --impute to fill them"
                        : " (no sibling indicator has a value to impute from)")
                    + ": see 'aidx data check' or results.json notes.");
          }
        }
        long flooredForMean =
            r.runNotes().stream().filter(n -> n instanceof RunNote.FlooredForMean).count();
        if (flooredForMean > 0) {
          w.println(
              flooredForMean
                  + " score(s) raised to the floor "
                  + r.methodology().scoreFloor()
                  + " before a geometric mean (a whole dimension at zero), flagged in the notes.");
        }
        if (floored > 0) {
          w.println(
              floored
                  + " zero value(s) raised to "
                  + r.methodology().zeroFloor()
                  + " × the indicator's smallest positive value (--floor), flagged likewise.");
        }
    }
    w.flush();
    // said, not done silently: e.g. --tiers 50 on 20 economies makes 20 tiers
    r.runNotes().stream()
        .filter(n -> n instanceof RunNote.TiersReduced)
        .forEach(n -> spec.commandLine().getErr().println("aidx: note: " + n.text()));
    if (out != null) {
      writeAll(
          out,
          r,
          in,
          ps,
          spec.commandLine().getParseResult().originalArgs(),
          spec.commandLine().getErr(),
          caption);
    }
    return 0;
  }

  static void writeAll(
      Path dir,
      IndexResult r,
      Inputs in,
      Methodology ps,
      List<String> args,
      java.io.PrintWriter err,
      List<String> caption) {
    OutDir.at(dir)
        .text("results.csv", ResultWriter.csv(r))
        .text("results.json", ResultWriter.json(r))
        .text("summary.md", ResultWriter.markdown(r, caption))
        .write(
            names ->
                ResultWriter.manifest("aidx index", args, in.files(), in.framework(), ps, names),
            err);
  }
}
