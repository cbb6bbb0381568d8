package org.aidx.exposure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aidx.model.InputException;
import org.aidx.model.Problem;

/**
 * Assigns NAICS industries to the groups of each {@link StructureScheme} by prefix; the longest
 * matching prefix wins.
 *
 * <p>Example: with rules {@code 54 → ISIC3_J-P} and {@code 5415 → ISIC3_I}, industry 5412
 * (accounting) maps to J-P and 5415 (computer systems design) to I; 2111 matches no rule and is
 * reported by {@link #requireCovers}.
 */
public final class IndustryMapping {
  private final List<MappingRule> rules;
  private final Map<String, MappingRule> byPrefix = new HashMap<>();

  private IndustryMapping(List<MappingRule> rules) {
    this.rules = List.copyOf(rules);
    List<Problem> problems = new ArrayList<>();
    for (MappingRule r : this.rules) {
      MappingRule before = byPrefix.put(r.naicsPrefix(), r);
      if (before != null) {
        problems.add(
            new Problem(
                r.location(),
                "NAICS prefix "
                    + r.naicsPrefix()
                    + " is mapped twice; the first is at "
                    + before.location(),
                "keep one row per prefix"));
      }
      if (!StructureScheme.VALUE_ADDED.hasGroup(r.valueAddedGroup())) {
        problems.add(
            new Problem(
                r.location() + ", column 'value_added_group'",
                "'" + r.valueAddedGroup() + "' is not a value-added group",
                "use one of " + String.join(", ", StructureScheme.VALUE_ADDED.groups())));
      }
      if (!StructureScheme.EMPLOYMENT.hasGroup(r.employmentGroup())) {
        problems.add(
            new Problem(
                r.location() + ", column 'employment_group'",
                "'" + r.employmentGroup() + "' is not an employment group",
                "use one of " + String.join(", ", StructureScheme.EMPLOYMENT.groups())));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }

  /**
   * @throws InputException listing every repeated prefix and every unknown group
   */
  public static IndustryMapping of(List<MappingRule> rules) {
    return new IndustryMapping(rules);
  }

  public List<MappingRule> rules() {
    return rules;
  }

  /** The rule with the longest prefix of {@code naics}, if any. */
  public Optional<MappingRule> ruleFor(String naics) {
    for (int n = Math.min(4, naics.length()); n >= 2; n--) {
      MappingRule r = byPrefix.get(naics.substring(0, n));
      if (r != null) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The group of an industry in a scheme.
   *
   * @throws InputException when no rule matches
   */
  public String groupOf(Industry industry, StructureScheme scheme) {
    return ruleFor(industry.naics4())
        .map(r -> r.group(scheme))
        .orElseThrow(() -> new InputException(List.of(unmapped(industry))));
  }

  /**
   * Checks that every industry matches a rule.
   *
   * @throws InputException listing every industry no rule matches
   */
  public void requireCovers(List<Industry> industries) {
    List<Problem> problems = new ArrayList<>();
    for (Industry i : industries) {
      if (ruleFor(i.naics4()).isEmpty()) {
        problems.add(unmapped(i));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }

  private static Problem unmapped(Industry i) {
    return new Problem(
        i.location(),
        "industry " + i.label() + " matches no NAICS prefix of the industry mapping",
        "add a row for prefix "
            + i.naics4().substring(0, 2)
            + " (or a longer prefix) to industry-mapping.csv");
  }
}
