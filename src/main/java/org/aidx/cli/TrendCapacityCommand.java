package org.aidx.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.aidx.analysis.trend.Accelerator;
import org.aidx.analysis.trend.ComputeCapacity;
import org.aidx.analysis.trend.DecimalYear;
import org.aidx.analysis.trend.Precision;
import org.aidx.input.TrendData;
import org.aidx.model.InputException;
import org.aidx.report.trend.TrendCells;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aidx trend capacity}: fleet FLOP/s from Epoch's per-chip throughput. */
@Command(
    name = "capacity",
    header = "Fleet compute capacity = per-unit FLOP/s × units × utilisation.",
    mixinStandardHelpOptions = true,
    description = {
      "Compute capacity of a fleet = per-unit peak FLOP/s × units × utilisation, with "
          + "the per-unit figure from Epoch AI's ML hardware data (dense peak, as the vendor "
          + "states it).",
      "The output names the precision used; --list shows every chip and the precisions "
          + "it has.",
      ""
    },
    footer = {
      "",
      "csv: hardware,precision,per_unit_flops,units,utilisation,fleet_flops,flop_per_year"
    })
final class TrendCapacityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--hardware", paramLabel = "NAME", description = "Chip name (or a unique part).")
  String hardware;

  @Option(names = "--units", paramLabel = "N", description = "Number of chips.")
  Double units;

  @Option(
      names = "--utilisation",
      paramLabel = "U",
      defaultValue = "0.4",
      description = "Share of peak achieved, in (0, 1] (default: ${DEFAULT-VALUE}).")
  double utilisation;

  @Option(
      names = "--precision",
      paramLabel = "P",
      defaultValue = "tensor-fp16",
      description =
          "fp64, fp32, tf32, fp16, tensor-fp16 (= bf16), fp8, fp4, int8 (default:"
              + " ${DEFAULT-VALUE}, the usual training format).")
  String precision;

  @Mixin TableCsvJson output;

  @Option(names = "--list", description = "List the chips and their precisions, then exit.")
  boolean list;

  /** A plain decimal without trailing zeros (0.85, not 0.850000). */
  private static String plain(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  @Override
  public Integer call() {
    PrintWriter w = spec.commandLine().getOut();
    if (list) {
      for (Accelerator a : TrendData.hardware()) {
        w.printf(
            Locale.ROOT,
            "%-45s %-7s %s%n",
            a.name(),
            Double.isFinite(a.releaseDate()) ? DecimalYear.month(a.releaseDate()) : "",
            String.join(
                " ", a.throughput().keySet().stream().sorted().map(Precision::id).toList()));
      }
      w.flush();
      return 0;
    }
    if (hardware == null || units == null) {
      throw new InputException(
          "aidx trend capacity",
          "needs --hardware NAME and --units N",
          "e.g. --hardware 'H100 SXM5' --units 10000; list the chips with --list");
    }
    Accelerator hw = TrendData.accelerator(hardware);
    ComputeCapacity c = ComputeCapacity.of(hw, Precision.parse(precision), units, utilisation);
    switch (output.format) {
      case csv -> {
        w.println("hardware,precision,per_unit_flops,units,utilisation,fleet_flops,flop_per_year");
        w.println(
            String.join(
                ",",
                '"' + hw.name().replace("\"", "\"\"") + '"',
                c.precision().id(),
                TrendCells.g(c.perUnitFlops()),
                TrendCells.g(c.units()),
                TrendCells.g(c.utilisation()),
                TrendCells.g(c.fleetFlops()),
                TrendCells.g(c.flopPerYear())));
      }
      case json -> {
        ObjectNode o = TrendCommand.JSON.createObjectNode();
        o.put("hardware", hw.name());
        o.put("precision", c.precision().id());
        o.put("per_unit_flops", c.perUnitFlops());
        o.put("units", c.units());
        o.put("utilisation", c.utilisation());
        o.put("fleet_flops", c.fleetFlops());
        o.put("flop_per_year", c.flopPerYear());
        o.put("source", "Epoch AI ML hardware (embedded:" + TrendData.HARDWARE + ")");
        w.print(TrendCommand.json(o));
      }
      default -> {
        w.printf(
            Locale.ROOT,
            "%s (%s): %s FLOP/s per unit at %s (Epoch AI ML hardware, dense peak)%n",
            hw.name(),
            hw.manufacturer(),
            TrendCells.g(c.perUnitFlops()),
            c.precision().id());
        w.printf(
            Locale.ROOT,
            "× %,.0f units × %s utilisation = %s FLOP/s sustained (%s FLOP per year)%n",
            c.units(),
            plain(c.utilisation()),
            TrendCells.g(c.fleetFlops()),
            TrendCells.g(c.flopPerYear()));
      }
    }
    w.flush();
    return 0;
  }
}
