package org.aidx.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidx.analysis.trend.DecimalYear;
import org.aidx.input.InputFile;
import org.aidx.model.InputException;
import org.aidx.output.Manifest;
import org.knowm.xchart.internal.chartpart.Chart;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aidx trend ...}: S-curves, growth and decline rates, scaling laws, compute capacity. */
@Command(
    name = "trend",
    header = "S-curves, compute growth with breaks, cost declines, scaling laws, capacity.",
    mixinStandardHelpOptions = true,
    description = {
      "Trends of AI development on real data: where a technology stands on its S-curve, "
          + "how fast training compute grows (with structural breaks found from the data), "
          + "how fast prices fall, power-law scaling, and compute capacity of a chip fleet.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  aidx trend scurve --technology 'Electric power' --saturation 100",
      "  aidx trend growth --frontier top-n:5 --format csv",
      "  aidx trend decline --metric hardware_price_per_flops",
      "  aidx trend scaling --x parameters --y training_compute --from 2018",
      "  aidx trend capacity --hardware 'H100 SXM5' --units 10000 --utilisation 0.4"
    },
    subcommands = {
      TrendScurveCommand.class,
      TrendGrowthCommand.class,
      TrendDeclineCommand.class,
      TrendScalingCommand.class,
      TrendCapacityCommand.class
    })
final class TrendCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Options every trend subcommand shares. */
  static final class Common {
    @Mixin TableCsvJson output;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        description =
            "Also write the result (csv, json), a chart (png, svg) and manifest.json here.")
    Path out;

    @Option(
        names = "--bootstrap",
        paramLabel = "N",
        defaultValue = "200",
        description = "Bootstrap replicates for the intervals (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(
        names = "--seed",
        paramLabel = "SEED",
        defaultValue = "42",
        description = "Seed of the bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;
  }

  /** Parses a --from/--to date, or fails naming the option. */
  static double date(String option, String text) {
    return DecimalYear.parse(text)
        .orElseThrow(
            () ->
                new InputException(
                    option + " '" + text + "'",
                    "is not a date",
                    "write 2010, 2010-06 or 2010-06-30"));
  }

  /** Writes base.csv, base.json, base.png, base.svg and manifest.json to dir; returns the names. */
  static List<String> writeOut(
      CommandLine.Model.CommandSpec spec,
      Path dir,
      String base,
      String csv,
      ObjectNode json,
      Chart<?, ?> chart,
      List<InputFile> inputs,
      Map<String, String> methodology) {
    OutDir o = OutDir.at(dir).text(base + ".csv", csv).text(base + ".json", json(json));
    if (chart != null) {
      o.chart(base, chart);
    }
    return o.write(
        names ->
            Manifest.json(
                "aidx trend " + base,
                spec.commandLine().getParseResult().originalArgs(),
                inputs,
                methodology,
                names),
        spec.commandLine().getErr());
  }

  static String json(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, String> settings(Object... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(String.valueOf(kv[i]), String.valueOf(kv[i + 1]));
    }
    return m;
  }
}
