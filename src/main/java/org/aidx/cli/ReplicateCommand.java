package org.aidx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.aidx.analysis.replicate.FinanceComparison;
import org.aidx.analysis.replicate.PublishedClaim;
import org.aidx.analysis.replicate.ScorecardLine;
import org.aidx.input.Inputs;
import org.aidx.input.PublishedFiles;
import org.aidx.output.TextTable;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.report.ResultWriter;
import org.aidx.report.replicate.FinanceComparisonWriter;
import org.aidx.report.replicate.ScorecardSection;
import org.aidx.report.replicate.ScorecardWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aidx replicate}: the published figures of the study beside aidx's, with verdicts. */
@Command(
    name = "replicate",
    header = "Replication scorecard: the study's published figures and claims beside aidx's.",
    mixinStandardHelpOptions = true,
    description = {
      "Sets every checkable figure and claim CICC Research published for its AI Development Index",
      "(2024, chapter 1, section 4(2), parts 三 and 四) beside what aidx computes under the chosen",
      "method: index, layers, dimensions and sub-items, ranks, tiers, comparative-advantage classes,",
      "finance shares and industry-structure shares, with the difference and a verdict per line.",
      "Verdicts, fixed before any comparison: a number agrees within 10% of the published figure and",
      "is close within 25%; a rank agrees when equal and is close one place apart; a claim about",
      "several economies agrees when it holds for all of them and is close when it holds for at",
      "least half; a claim whose measure the framework lacks is 'not measured', with the reason.",
      "'chance' is the probability that the claim agrees for a random choice of economies; a line",
      "that agrees with chance above 0.5 agrees trivially. Then aidx's finance beside OECD.AI's",
      "(the study's source, 2022-23, 9 of the 20). docs/replication.md discusses every miss.",
      ""
    },
    footer = {
      "",
      "Output columns (csv): id,claim,published,aidx,difference,verdict,chance,trivial",
      "With --finance: iso3,oecd_usd_million,oecd_ratio,aidx_finance_ratio,aidx_amounts_ratio,",
      "  amounts_over_oecd",
      "With --out DIR: scorecard.csv, finance-oecd.csv and manifest.json.",
      "",
      "Examples:",
      "  aidx replicate",
      "  aidx replicate --aggregate arithmetic     # the scorecard under another method",
      "  aidx replicate --format csv",
      "  aidx replicate --finance --format csv     # aidx's finance beside OECD.AI's"
    })
final class ReplicateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions run;
  @Mixin TableCsv output;

  @Option(
      names = "--claims",
      paramLabel = "FILE",
      description =
          "Published claims to check (default: the CICC study's, shipped); columns"
              + " id,claim,kind,economies,measure,published,text.")
  Path claims;

  @Option(
      names = "--finance",
      description =
          "Print only aidx's finance beside OECD.AI/Preqin's (2022-23 sums, relative to the USA).")
  boolean finance;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Also write scorecard.csv and manifest.json to DIR.")
  Path out;

  @Override
  public Integer call() {
    Inputs in = run.inputs();
    Methodology ps = Methodology.of(in.framework(), run.spec());
    List<PublishedClaim> published =
        claims == null ? PublishedFiles.cicc() : PublishedFiles.read(claims);
    IndexResult r = Pipeline.run(in.framework(), in.dataset(), ps);
    List<ScorecardLine> lines = PublishedFiles.scorecard(r, published);
    TextTable t = ScorecardWriter.table(lines);
    FinanceComparison fc = PublishedFiles.finance(r);
    TextTable ft = FinanceComparisonWriter.table(fc);
    PrintWriter w = spec.commandLine().getOut();
    if (finance) {
      if (output.format == TableCsv.Format.csv) {
        w.print(ft.csv());
      } else {
        w.println(FinanceComparisonWriter.caption(fc));
        w.println();
        w.print(ft.aligned());
      }
    } else if (output.format == TableCsv.Format.csv) {
      w.print(t.csv());
    } else {
      w.println(
          "Replication scorecard: CICC Research, AI Development Index (2024), against aidx ("
              + r.framework().name()
              + ")");
      w.println();
      w.print(t.aligned());
      w.println();
      w.println(ScorecardSection.summary(lines));
      w.println("Why lines miss: docs/replication.md.");
      w.println();
      w.println(FinanceComparisonWriter.caption(fc));
      w.println();
      w.print(ft.aligned());
    }
    w.flush();
    if (out != null) {
      OutDir.at(out)
          .text("scorecard.csv", t.csv())
          .text("finance-oecd.csv", ft.csv())
          .write(
              names ->
                  ResultWriter.manifest(
                      "aidx replicate",
                      spec.commandLine().getParseResult().originalArgs(),
                      in.files(),
                      in.framework(),
                      ps,
                      names),
              spec.commandLine().getErr());
    }
    return 0;
  }
}
