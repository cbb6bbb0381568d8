package org.aidx.analysis.region;

/**
 * One regional indicator and how it aggregates.
 *
 * @param id a short identifier, e.g. {@code ai_user_share}
 * @param unit for people, e.g. "% of working-age population"
 * @param source where the values come from
 * @param rule {@link Rule#SUM} for counts, {@link Rule#WEIGHTED_MEAN} for rates
 * @param label the human name shown in tables and map legends (the id when none is given)
 */
public record RegionIndicator(String id, String unit, String source, Rule rule, String label) {
  public RegionIndicator {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an indicator needs an id");
    }
    if (rule == null) {
      throw new IllegalArgumentException("indicator " + id + " needs an aggregation rule");
    }
    unit = unit == null ? "" : unit;
    source = source == null ? "" : source;
    label = label == null || label.isBlank() ? id : label;
  }

  /** An indicator whose label is its id (users' own columns). */
  public RegionIndicator(String id, String unit, String source, Rule rule) {
    this(id, unit, source, rule, id);
  }

  /** True for counts, which become rates when divided by population. */
  public boolean isCount() {
    return rule == Rule.SUM;
  }
}
