package org.aidx.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aidx trend growth}: doubling times with data-driven breaks. */
@Command(
    name = "growth",
    header = "Doubling times of a growing quantity, with breaks chosen from the data.",
    mixinStandardHelpOptions = true,
    description = {
      "Growth rate of a quantity over time: log-linear fit of log10(value) on date, "
          + "with the number and dates of structural breaks chosen from the data (exact "
          + "search over break dates, number of breaks by BIC; a break only when it pays for "
          + "its parameters).",
      "Per segment: doubling time in months, ×/year and orders of magnitude (OOM) per "
          + "year, with 95%% bootstrap intervals. Default: training compute of Epoch AI's "
          + "notable models. Dates must be in order; several points on one date are allowed "
          + "(models published the same day).",
      ""
    },
    footer = {
      "",
      "Metrics: training_compute, parameters, training_dataset_size, training_cost.",
      "csv: segment,start,end,n,doubling_months,doubling_lo,doubling_hi,per_year_factor"
    })
final class TrendGrowthCommand extends TrendRates implements Callable<Integer> {
  @Option(
      names = "--metric",
      paramLabel = "METRIC",
      defaultValue = "training_compute",
      description = "Quantity of the notable models (default: ${DEFAULT-VALUE}).")
  String metric;

  @Override
  boolean decline() {
    return false;
  }

  @Override
  String metricId() {
    return metric;
  }

  @Override
  public Integer call() {
    return execute();
  }
}
