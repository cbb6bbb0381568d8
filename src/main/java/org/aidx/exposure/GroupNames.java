package org.aidx.exposure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The human names of industry groups, for every output that shows a group: the publishers' own
 * labels (the {@code industry} column of the structure table), and for a group aidx computes, the
 * ISIC Rev.3 titles of the sections it holds.
 *
 * <p>Example: published labels {@code ISIC3_D → "Manufacturing (ISIC D)"} and the section titles C
 * "Mining and quarrying", E "Electricity, gas and water supply" give {@code name("ISIC3_D")} =
 * "Manufacturing (ISIC D)" and {@code name("ISIC3_CE_EXCL_D")} = "Mining and quarrying;
 * electricity, gas and water supply (ISIC C, E)". A group with neither keeps its code.
 *
 * @param names group code → name
 * @param sections ISIC Rev.3 section letter → title
 */
public record GroupNames(Map<String, String> names, Map<String, String> sections) {
  private static final Pattern ISIC3_RANGE = Pattern.compile("ISIC3_([A-Q])(?:-([A-Q]))?");

  /** Groups aidx computes from published ones, and the ISIC Rev.3 sections each holds. */
  private static final Map<String, List<String>> COMPUTED =
      Map.of(IndustryStructures.CE_EXCL_D, List.of("C", "E"));

  public GroupNames {
    names = Map.copyOf(names);
    sections = Map.copyOf(sections);
  }

  /** No names: every group shows its code. */
  public static GroupNames none() {
    return new GroupNames(Map.of(), Map.of());
  }

  /**
   * The published labels, completed for the computed groups from the section titles.
   *
   * @param published group code → the publisher's label, first label per code
   * @param sections ISIC Rev.3 section letter → title
   */
  public static GroupNames of(Map<String, String> published, Map<String, String> sections) {
    Map<String, String> out = new LinkedHashMap<>(published);
    COMPUTED.forEach(
        (group, held) -> {
          if (!out.containsKey(group) && sections.keySet().containsAll(held)) {
            List<String> titles = new ArrayList<>();
            for (String s : held) {
              String t = sections.get(s);
              titles.add(
                  titles.isEmpty() ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1));
            }
            out.put(group, String.join("; ", titles) + " (ISIC " + String.join(", ", held) + ")");
          }
        });
    return new GroupNames(out, sections);
  }

  /** The group's name, or its code when none is known. */
  public String name(String group) {
    return names.getOrDefault(group, group);
  }

  /**
   * The ISIC Rev.3 sections of a group published as a range of sections, with their titles, or
   * empty for a group of one section or of another scheme. Example: {@code ISIC3_G-H} → "G
   * Wholesale and retail trade; …", "H Hotels and restaurants".
   */
  public List<String> sectionsOf(String group) {
    Matcher m = ISIC3_RANGE.matcher(group);
    if (!m.matches() || m.group(2) == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (char c = m.group(1).charAt(0); c <= m.group(2).charAt(0); c++) {
      String title = sections.get(String.valueOf(c));
      if (title == null) {
        return List.of();
      }
      out.add(c + " " + title);
    }
    return List.copyOf(out);
  }

  private static final Pattern VA_SHARE = Pattern.compile("va_share:([A-Za-z0-9_-]+)");

  /**
   * A text with each measure {@code va_share:GROUP} (the replication scorecard's) in words: "CHN
   * above every other economy on va_share:ISIC3_D" → "CHN above every other economy on the
   * value-added share of Manufacturing (ISIC D)". A group without a name keeps its code.
   */
  public String named(String text) {
    Matcher m = VA_SHARE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement("the value-added share of " + name(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
