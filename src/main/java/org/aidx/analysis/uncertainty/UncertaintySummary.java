package org.aidx.analysis.uncertainty;

import java.util.List;

/**
 * What a Monte Carlo run found, per economy, and how it was made. A deterministic function of the
 * inputs, assumptions, sampler, seed and number of runs (never of the thread count).
 *
 * <p>Quantiles are nearest-rank: q_p is the ⌈p·N⌉-th smallest of the N replications in which the
 * economy has an index. Example: ranks (1, 1, 2, 3) → median 1, q95 3. Rank quantiles are exact;
 * index and gap quantiles are exact up to {@link Uncertainty#PILOT} runs and beyond come from fixed
 * bins ({@link ScoreBins}), within one bin of the exact value, which the notes then say.
 *
 * @param runs replications
 * @param seed the seed of the sampler
 * @param sampler how points were drawn
 * @param assumptions the assumptions, as {@code key=options} labels
 * @param reference the reference economy, or null (then every gap is NaN)
 * @param tierCount the nominal number of tiers; 0 when tier probabilities were not computed
 * @param economies one entry per economy, in nominal rank order
 * @param notes what a reader must know (e.g. tiers not computed, and why)
 */
public record UncertaintySummary(
    int runs,
    long seed,
    Sampler sampler,
    List<String> assumptions,
    String reference,
    int tierCount,
    List<EconomyStats> economies,
    List<String> notes) {
  public UncertaintySummary {
    assumptions = List.copyOf(assumptions);
    economies = List.copyOf(economies);
    notes = List.copyOf(notes);
  }

  /** A distribution summarised by its nominal value, median and 5th and 95th percentiles. */
  public record Spread(double nominal, double median, double q05, double q95) {}

  /**
   * One economy's results.
   *
   * @param rank nominal, median, q05 and q95 rank (1 = best)
   * @param meanAbsRankShift mean over replications of |rank − nominal rank|
   * @param index the index score
   * @param gap the reference's index minus this economy's, per replication
   * @param tierProbabilities probability of tier 1, 2, ... (empty when not computed)
   * @param missing replications in which the economy had no index
   */
  public record EconomyStats(
      String iso3,
      String name,
      Spread rank,
      double meanAbsRankShift,
      Spread index,
      Spread gap,
      List<Double> tierProbabilities,
      int missing) {
    public EconomyStats {
      tierProbabilities = List.copyOf(tierProbabilities);
    }
  }
}
