package org.aidx.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aidx.analysis.coherence.Coherence;
import org.aidx.input.Inputs;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.report.ResultWriter;
import org.aidx.report.coherence.CoherenceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aidx coherence}: correlations, reliability, PCA and effective weights. */
@Command(
    name = "coherence",
    header = "Statistical coherence: correlations, Cronbach's alpha, PCA, effective weights.",
    mixinStandardHelpOptions = true,
    description = {
      "Statistical coherence of the index: Pearson and Spearman correlations of each indicator with",
      "its dimension, layer and index; Cronbach's alpha and the first principal component per",
      "dimension; flags for indicators negatively or not correlated with their dimension and for",
      "collinear pairs (|r| > 0.9); effective weights (squared correlation with the index, normalised)",
      "beside the nominal weights.",
      ""
    },
    footer = {
      "",
      "csv columns (indicators): indicator,dimension,layer,pearson_dimension,spearman_dimension,",
      "pearson_layer,spearman_layer,pearson_index,spearman_index,flags",
      "With --out DIR: indicators.csv, dimensions.csv, collinear-pairs.csv, coherence.json, manifest.json.",
      "",
      "Examples:",
      "  aidx coherence",
      "  aidx coherence --impute mean --format csv"
    })
final class CoherenceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions run;

  @Mixin TableCsvJson output;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Also write the tables and JSON to DIR.")
  Path out;

  @Override
  public Integer call() {
    Inputs in = run.inputs();
    Methodology ps = Methodology.of(in.framework(), run.spec());
    IndexResult r = Pipeline.run(in.framework(), in.dataset(), ps);
    Coherence.Report c = Coherence.of(r);
    var w = spec.commandLine().getOut();
    switch (output.format) {
      case csv:
        w.print(CoherenceWriter.indicatorsCsv(c));
        break;
      case json:
        w.print(CoherenceWriter.json(c));
        break;
      default:
        w.print(CoherenceWriter.table(c));
    }
    w.flush();
    if (out != null) {
      OutDir.at(out)
          .text("indicators.csv", CoherenceWriter.indicatorsCsv(c))
          .text("dimensions.csv", CoherenceWriter.dimensionsCsv(c))
          .text("collinear-pairs.csv", CoherenceWriter.pairsCsv(c))
          .text("coherence.json", CoherenceWriter.json(c))
          .write(
              names ->
                  ResultWriter.manifest(
                      "aidx coherence",
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
