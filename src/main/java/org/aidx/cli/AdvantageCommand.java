package org.aidx.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.aidx.analysis.explain.ComparativeAdvantage;
import org.aidx.input.Inputs;
import org.aidx.output.TextTable;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.report.LayerScatter;
import org.aidx.report.ResultWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aidx advantage}: R&D-led or application-led, and the two-layer scatter. */
@Command(
    name = "advantage",
    header = "Comparative advantage: R&D-led or application-led, with the two-layer scatter.",
    mixinStandardHelpOptions = true,
    description = {
      "Comparative advantage: is an economy stronger in research (technology activity) or in",
      "application (market friendliness)? By default (--centre standing) each layer's log score is",
      "standardised over the economies (z), and relative = exp(z_tech - z_market): R&D-led when",
      "relative > B, application-led when relative < 1/B, balanced in between (B = --band, default",
      "1.25, i.e. 0.22 standard deviations). --centre reference uses ratio = tech / market against",
      "the reference's ratio (1); --centre median against the median economy's ratio.",
      "--out also draws the scatter of the two layers.",
      ""
    },
    footer = {
      "",
      "Output columns (csv): iso3,name,rank,technology_activity,market_friendliness,ratio,relative,lead",
      "With --out DIR: advantage.csv, layer-scatter.png, layer-scatter.svg and manifest.json.",
      "",
      "Examples:",
      "  aidx advantage",
      "  aidx advantage --centre median --out runs/advantage"
    })
final class AdvantageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions run;

  @Option(
      names = "--band",
      paramLabel = "B",
      defaultValue = "1.25",
      description =
          "Ratio above which an economy is R&D-led (below 1/B application-led); default ${DEFAULT-VALUE}.")
  double band;

  @Option(
      names = "--centre",
      paramLabel = "C",
      defaultValue = "standing",
      description = {
        "standing | reference | median: standing among the economies on each layer, or the layer",
        "ratio against the reference's (1) or the median economy's (default: ${DEFAULT-VALUE})."
      })
  ComparativeAdvantage.Centre centre;

  @Mixin TableCsv output;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Also write advantage.csv, layer-scatter.png/.svg and manifest.json to DIR.")
  Path out;

  @Override
  public Integer call() {
    ComparativeAdvantage rule = ComparativeAdvantage.defaults().withBand(band).withCentre(centre);
    Inputs in = run.inputs();
    Methodology ps = Methodology.of(in.framework(), run.spec());
    IndexResult r = Pipeline.run(in.framework(), in.dataset(), ps);
    List<ComparativeAdvantage.Position> positions = rule.classify(r);
    List<String> layers = ComparativeAdvantage.layers(r);
    TextTable t =
        new TextTable(
            List.of(
                "iso3", "name", "rank", layers.get(0), layers.get(1), "ratio", "relative", "lead"),
            Set.of(0, 1, 7));
    for (ComparativeAdvantage.Position p : positions) {
      t.add(
          List.of(
              p.iso3(),
              p.name(),
              rank(r.rank(r.economyIndex(p.iso3()))),
              num(p.technology()),
              num(p.market()),
              num(p.ratio()),
              num(p.relative()),
              p.lead().label()));
    }
    var w = spec.commandLine().getOut();
    if (output.format == TableCsv.Format.csv) {
      w.print(t.csv());
    } else {
      w.print(t.aligned());
      w.printf(
          Locale.ROOT,
          "%nratio = %s / %s; relative = %s; R&D-led when relative > %s,%n"
              + "application-led when relative < %.4g, balanced in between.%n",
          layers.get(0),
          layers.get(1),
          switch (centre) {
            case MEDIAN -> "ratio / the median economy's ratio";
            case REFERENCE -> "ratio / the reference's ratio (1)";
            case STANDING -> "exp(z of ln " + layers.get(0) + " - z of ln " + layers.get(1) + ")";
          },
          rule.band(),
          1 / rule.band());
      long classes = positions.stream().map(p -> p.lead()).distinct().count();
      if (classes == 1 && centre == ComparativeAdvantage.Centre.REFERENCE) {
        w.println(
            "Every economy falls in one class against the reference; --centre median compares"
                + " each with the typical economy's balance.");
      }
    }
    w.flush();
    if (out != null) {
      OutDir.at(out)
          .text("advantage.csv", t.csv())
          .chart("layer-scatter", LayerScatter.chart(r, rule))
          .write(
              names ->
                  ResultWriter.manifest(
                      "aidx advantage",
                      spec.commandLine().getParseResult().originalArgs(),
                      in.files(),
                      in.framework(),
                      ps,
                      names),
              spec.commandLine().getErr());
    }
    return 0;
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static String rank(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
