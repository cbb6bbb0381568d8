package org.aidx.analysis.trend;

import java.util.EnumMap;
import java.util.Map;

/**
 * An AI accelerator (GPU, TPU, …) from Epoch AI's ML hardware data.
 *
 * @param releaseDate decimal year, NaN if unknown
 * @param priceUsd release price in US dollars, NaN if unknown
 * @param throughput peak FLOP/s (OP/s for INT8) per precision; absent precisions are not recorded
 */
public record Accelerator(
    String name,
    String manufacturer,
    double releaseDate,
    double priceUsd,
    Map<Precision, Double> throughput) {
  public Accelerator {
    throughput = throughput.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(throughput));
  }

  /** Peak throughput at a precision, NaN when Epoch has none. */
  public double flops(Precision p) {
    return throughput.getOrDefault(p, Double.NaN);
  }
}
