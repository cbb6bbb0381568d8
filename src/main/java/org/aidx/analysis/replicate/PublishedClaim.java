package org.aidx.analysis.replicate;

import java.util.List;
import java.util.Objects;

/**
 * One figure or claim a study published.
 *
 * @param id a short key
 * @param claim a short label
 * @param kind how it is checked
 * @param economies the economies named (for kinds that compare a subject with a group: the subject)
 * @param group the economies the subject is compared with (empty unless the kind compares two
 *     groups); the single word {@link #ALL} stands for every other economy of the result
 * @param measure an index node id, an indicator id, {@code exposed_share} or {@code
 *     va_share:GROUP}; several ids separated by spaces are alternatives, the first one the result
 *     holds is used; for {@code class} the class label
 * @param published the published number (NaN for claims without one); for {@code implied_value} the
 *     value implied by the published figures it is derived from
 * @param low for {@code implied_value}: the lowest value the rounding of those figures allows (NaN
 *     otherwise)
 * @param high likewise the highest
 * @param text the claim in words, as published (rendered in English)
 * @param location where the study says it (section, paragraph or figure) and the wording quoted
 */
public record PublishedClaim(
    String id,
    String claim,
    Kind kind,
    List<String> economies,
    List<String> group,
    String measure,
    double published,
    double low,
    double high,
    String text,
    String location) {

  /** The group word that stands for every economy of the result other than the subject. */
  public static final String ALL = "ALL";

  /** How a claim is checked against aidx's result. */
  public enum Kind {
    /** a number for one economy */
    VALUE,
    /** an economy's rank on a measure */
    RANK,
    /** the economies share a tier (other economies may share it too) */
    SAME_TIER,
    /** the economies make up one whole tier: they share it and no other economy is in it */
    WHOLE_TIER,
    /** the group's tier is below the subject's */
    TIER_BELOW,
    /** the subject ranks right after the last of the group */
    FOLLOWS,
    /** the subject scores above every economy of the group */
    HIGHER,
    /** the subject scores below every economy of the group */
    LOWER,
    /** the economies fall in the named comparative-advantage class */
    CLASS,
    /** the mean over all economies */
    MEAN,
    /** the subject's share of the sum over all economies of the result (a fraction) */
    SHARE_OF_TOTAL,
    /** the economies named are the top k on the measure, k being how many are named */
    TOP_K,
    /** the subject's value divided by the (one) group economy's: a number */
    RATIO,
    /** the subject's value divided by the group economy's is below the published bound */
    RATIO_BELOW,
    /** a number the study implies through other published figures, with the rounding interval */
    IMPLIED_VALUE
  }

  public PublishedClaim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    economies = List.copyOf(economies);
    group = List.copyOf(group);
    Objects.requireNonNull(measure, "measure");
    text = text == null ? "" : text;
    location = location == null ? "" : location;
    if ((kind == Kind.RATIO || kind == Kind.RATIO_BELOW) && group.size() != 1) {
      throw new IllegalArgumentException(
          "a " + kind + " claim compares its subject with exactly one economy, got " + group);
    }
  }

  /** A claim without a rounding interval or a location. */
  public PublishedClaim(
      String id,
      String claim,
      Kind kind,
      List<String> economies,
      List<String> group,
      String measure,
      double published,
      String text) {
    this(id, claim, kind, economies, group, measure, published, Double.NaN, Double.NaN, text, "");
  }

  /** The same claim about other economies (used to ask how likely it is to hold by chance). */
  public PublishedClaim withEconomies(List<String> subject, List<String> others) {
    return new PublishedClaim(
        id, claim, kind, subject, others, measure, published, low, high, text, location);
  }

  /** Whether the group is every other economy of the result. */
  public boolean groupIsAll() {
    return group.equals(List.of(ALL));
  }

  /** The measure ids in the order they are tried. */
  public List<String> measures() {
    return List.of(measure.trim().split("\\s+"));
  }
}
