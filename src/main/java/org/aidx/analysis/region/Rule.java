package org.aidx.analysis.region;

/**
 * How an indicator of child regions (counties) becomes an indicator of their parent (a metro area).
 * Declared per indicator, never guessed.
 */
public enum Rule {
  /** Counts (people, papers, postings): the parent's value is the sum of its children's. */
  SUM,
  /**
   * Rates and scores (a share of users, an exposure score): the parent's value is the mean of its
   * children's weighted by the weight indicator (population): Σ wᵢxᵢ / Σ wᵢ over children with a
   * value.
   */
  WEIGHTED_MEAN
}
