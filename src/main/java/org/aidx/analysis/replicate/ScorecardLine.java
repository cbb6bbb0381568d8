package org.aidx.analysis.replicate;

import java.util.Locale;

/**
 * One line of the scorecard.
 *
 * @param claim what was published
 * @param published the published figure, in words or as a number
 * @param aidx what aidx finds, likewise (for a line not measured: the reason)
 * @param difference aidx − published for numbers (NaN otherwise)
 * @param verdict agrees, close, misses or not measured
 * @param chance the probability that the claim agrees when its economies are replaced by a
 *     uniformly random choice of as many distinct economies of the result (NaN where the claim
 *     names no economy or is not measured); see {@link Replication#TRIVIAL}
 */
public record ScorecardLine(
    PublishedClaim claim,
    String published,
    String aidx,
    double difference,
    Verdict verdict,
    double chance) {

  /** A line without a chance (filled in by {@link Replication}). */
  public ScorecardLine(
      PublishedClaim claim, String published, String aidx, double difference, Verdict verdict) {
    this(claim, published, aidx, difference, verdict, Double.NaN);
  }

  ScorecardLine withChance(double p) {
    return new ScorecardLine(claim, published, aidx, difference, verdict, p);
  }

  /**
   * Whether the line agrees trivially: it agrees, and a random choice of economies would agree with
   * probability above {@link Replication#TRIVIAL}.
   */
  public boolean trivial() {
    return verdict == Verdict.AGREES && chance > Replication.TRIVIAL;
  }

  /**
   * The difference as shown: whole places for a rank ("+1"), three decimals otherwise; "" if none.
   */
  public String differenceText() {
    if (Double.isNaN(difference)) {
      return "";
    }
    return String.format(
        Locale.ROOT, claim.kind() == PublishedClaim.Kind.RANK ? "%+.0f" : "%+.3f", difference);
  }

  /** The chance as shown, two decimals; "" if none. */
  public String chanceText() {
    return Double.isNaN(chance) ? "" : String.format(Locale.ROOT, "%.2f", chance);
  }

  /** How well aidx reproduces a claim. */
  public enum Verdict {
    AGREES("agrees"),
    CLOSE("close"),
    MISSES("misses"),
    /** the measure the claim is about is not in the framework in use, or has no value */
    NOT_MEASURED("not measured");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
