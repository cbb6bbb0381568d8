package org.aidx.analysis.replicate;

/**
 * One line of the scorecard.
 *
 * @param claim what was published
 * @param published the published figure, in words or as a number
 * @param aidx what aidx finds, likewise
 * @param difference aidx − published for numbers (NaN otherwise)
 * @param verdict agrees, close or misses
 */
public record ScorecardLine(
    PublishedClaim claim, String published, String aidx, double difference, Verdict verdict) {

  /**
   * The difference as shown: whole places for a rank ("+1"), three decimals otherwise; "" if none.
   */
  public String differenceText() {
    if (Double.isNaN(difference)) {
      return "";
    }
    return String.format(
        java.util.Locale.ROOT,
        claim.kind() == PublishedClaim.Kind.RANK ? "%+.0f" : "%+.3f",
        difference);
  }

  /** How well aidx reproduces a claim. */
  public enum Verdict {
    AGREES("agrees"),
    CLOSE("close"),
    MISSES("misses");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
