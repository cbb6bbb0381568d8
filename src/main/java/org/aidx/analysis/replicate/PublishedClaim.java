package org.aidx.analysis.replicate;

import java.util.List;
import java.util.Objects;

/**
 * One figure or claim a study published.
 *
 * @param id a short key
 * @param claim a short label
 * @param kind how it is checked
 * @param economies the economies named (for {@code tier_below}, {@code follows} and {@code higher}:
 *     the subject first, then the group it is compared with)
 * @param group the economies it is compared with (empty unless the kind compares two groups)
 * @param measure an index node id, {@code exposed_share} or {@code va_share:GROUP}; for {@code
 *     class} the class label
 * @param published the published number (NaN for claims without one)
 * @param text the claim in words, as published
 */
public record PublishedClaim(
    String id,
    String claim,
    Kind kind,
    List<String> economies,
    List<String> group,
    String measure,
    double published,
    String text) {
  /** How a claim is checked against aidx's result. */
  public enum Kind {
    /** a number for one economy */
    VALUE,
    /** an economy's rank on a measure */
    RANK,
    /** the economies share a tier */
    SAME_TIER,
    /** the group's tier is below the subject's */
    TIER_BELOW,
    /** the subject ranks right after the last of the group */
    FOLLOWS,
    /** the subject scores above every economy of the group */
    HIGHER,
    /** the economies fall in the named comparative-advantage class */
    CLASS,
    /** the mean over all economies */
    MEAN
  }

  public PublishedClaim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    economies = List.copyOf(economies);
    group = List.copyOf(group);
    Objects.requireNonNull(measure, "measure");
  }
}
