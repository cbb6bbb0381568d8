package org.aidx.analysis.scenario;

/**
 * How a scenario's economies are put into tiers. Jenks breaks are fitted to the scores of a run, so
 * re-fitting them on the scenario can move an economy to another tier although its score did not
 * change; with the baseline's breaks, a tier change means the economy's score crossed a boundary.
 */
public enum TierRule {
  /**
   * The baseline's breaks: an economy is in the highest tier whose lowest baseline score it reaches
   * (the default). Example: breaks (0.8, 0.3) put 0.85 in tier 1, 0.5 and 0.1 in tier 2.
   */
  BASELINE_BREAKS,
  /** Jenks natural breaks fitted again to the scenario's scores. */
  RECOMPUTED;

  /**
   * The tier of a score under fixed breaks (the lowest score of each tier, tier 1 first); scores
   * below the last break stay in the last tier; 0 for a missing score.
   */
  public static int tierUnder(double[] breaks, double score) {
    // the pipeline's one tier rule, on the breaks in ascending order
    int k = breaks.length;
    double[] lower = new double[k];
    for (int j = 0; j < k; j++) {
      lower[j] = breaks[k - 1 - j];
    }
    return org.aidx.pipeline.tier.Jenks.tier(score, lower, k);
  }
}
