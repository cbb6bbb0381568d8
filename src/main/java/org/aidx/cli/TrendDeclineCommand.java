package org.aidx.cli;

import java.util.concurrent.Callable;
import org.aidx.analysis.trend.Precision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aidx trend decline}: halving times and annual decline rates. */
@Command(
    name = "decline",
    header = "Annual decline and halving time of a falling quantity (prices, costs).",
    mixinStandardHelpOptions = true,
    description = {
      "Decline rate of a falling quantity: the same segmented log-linear fit as 'trend "
          + "growth', reported as halving time (months) and annual decline (1 − 10^slope) "
          + "with 95%% intervals.",
      "Shipped series: hardware_price_per_flops (Epoch ML hardware: release price / "
          + "peak FLOP/s at --precision, default fp32, the precision recorded for most chips) "
          + "and training_cost_per_flop (Epoch notable models: training compute cost in 2023 "
          + "USD / training FLOP). Not shipped: the cost of a fixed capability level (e.g. "
          + "GPT-3-level) or price per token; bring such a series with --data FILE --date COL "
          + "--value COL.",
      ""
    },
    footer = {
      "",
      "csv: segment,start,end,n,halving_months,halving_lo,halving_hi,annual_decline,decline_lo,decline_hi"
    })
final class TrendDeclineCommand extends TrendRates implements Callable<Integer> {
  @Option(
      names = "--metric",
      paramLabel = "METRIC",
      defaultValue = "hardware_price_per_flops",
      description =
          "hardware_price_per_flops | training_cost_per_flop | training_cost (default:"
              + " ${DEFAULT-VALUE}).")
  String metric;

  @Option(
      names = "--precision",
      paramLabel = "P",
      defaultValue = "fp32",
      description =
          "Precision of the FLOP/s for hardware_price_per_flops: fp64, fp32, tf32, fp16,"
              + " tensor-fp16, fp8, fp4, int8 (default: ${DEFAULT-VALUE}).")
  String precisionId;

  @Override
  boolean decline() {
    return true;
  }

  @Override
  String metricId() {
    return metric;
  }

  @Override
  Precision precision() {
    return Precision.parse(precisionId);
  }

  @Override
  public Integer call() {
    return execute();
  }
}
