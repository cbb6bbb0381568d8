package org.aidx.analysis.trend;

/**
 * Fleet compute capacity = per-unit peak FLOP/s × units × utilisation. Example (CICC's figure):
 * 1,979 TFLOP/s per H100 × 10,000 cards × 0.85 = 1.68e19 FLOP/s, i.e. 5.3e26 FLOP per year.
 *
 * @param utilisation the share of peak actually achieved (model FLOP utilisation), in (0, 1]
 */
public record ComputeCapacity(
    Accelerator hardware,
    Precision precision,
    double perUnitFlops,
    double units,
    double utilisation) {
  /** Seconds in a (Julian) year. */
  public static final double SECONDS_PER_YEAR = 365.25 * 24 * 3600;

  public ComputeCapacity {
    if (!(perUnitFlops > 0) || !Double.isFinite(perUnitFlops)) {
      throw new IllegalArgumentException("per-unit FLOP/s must be positive, got " + perUnitFlops);
    }
    if (!(units > 0) || !Double.isFinite(units)) {
      throw new IllegalArgumentException("--units must be positive, got " + units);
    }
    if (!(utilisation > 0 && utilisation <= 1)) {
      throw new IllegalArgumentException(
          "--utilisation must be in (0, 1], got " + utilisation + " (write 40% as 0.4)");
    }
  }

  /** The accelerator's throughput at {@code precision}; an error if Epoch records none. */
  public static ComputeCapacity of(
      Accelerator hw, Precision precision, double units, double utilisation) {
    double f = hw.flops(precision);
    if (Double.isNaN(f)) {
      throw new IllegalArgumentException(
          hw.name()
              + " has no "
              + precision.id()
              + " throughput in the Epoch data; it has: "
              + String.join(
                  ", ", hw.throughput().keySet().stream().map(Precision::id).sorted().toList()));
    }
    return new ComputeCapacity(hw, precision, f, units, utilisation);
  }

  /** Sustained fleet FLOP/s. */
  public double fleetFlops() {
    return perUnitFlops * units * utilisation;
  }

  /** FLOP delivered in a year of continuous running. */
  public double flopPerYear() {
    return fleetFlops() * SECONDS_PER_YEAR;
  }
}
