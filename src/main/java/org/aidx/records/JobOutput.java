package org.aidx.records;

import java.util.List;

/**
 * What a job produces: a tidy long table {@code key,indicator,year,value,unit,source}.
 *
 * @param file the file name under {@code --out}
 * @param key {@code iso3} for economies or {@code region} for sub-national codes
 * @param indicators the indicator ids the query may return, in output order
 * @param source the source text written in every row
 * @param decimals values are rounded half-even to this many decimals (exact binary value, as
 *     Python's {@code "%.6f"}), so engines that sum in a different order still agree
 */
public record JobOutput(
    String file, String key, List<String> indicators, String source, int decimals) {
  public JobOutput {
    indicators = List.copyOf(indicators);
    if (!key.equals("iso3") && !key.equals("region")) {
      throw new IllegalArgumentException("output key must be iso3 or region: " + key);
    }
    if (decimals < 0 || decimals > 15) {
      throw new IllegalArgumentException("decimals must be 0..15: " + decimals);
    }
  }
}
