package org.aidx.analysis.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a published typology's members land in aidx's groups: for each published member, its aidx
 * group (1 = the top group, 0 = not clustered) and that group's size; per published group the count
 * in aidx's top group and in its top two groups, and every aidx group its members land in with the
 * group's size. A reproduction is judged by this shape (Brookings' two superstars alone in a group
 * of a handful, the early adopters in the next small groups), not by any one metro.
 *
 * <p>Example: superstars a, b in aidx group 1 of size 3 and an early adopter c in group 2 of size
 * 10 give the summaries (superstar: 2 members, 2 in group 1, landing [1: 2 of 3]) and (early
 * adopter: 1 member, 0 in group 1, landing [2: 1 of 10]).
 */
public record Scorecard(List<Row> rows, List<Summary> summary, List<Integer> groupSizes) {
  public Scorecard {
    rows = List.copyOf(rows);
    summary = List.copyOf(summary);
    groupSizes = List.copyOf(groupSizes);
  }

  /** A published member. */
  public record Member(String group, String name, String code) {}

  /** One member, its aidx group (0 when the region was not clustered) and the group's size. */
  public record Row(Member member, int group, String groupName, int groupSize) {}

  /** How many of a published group's members land in one aidx group of a given size. */
  public record Landing(int group, int size, int members) {}

  /** Per published group: members, clustered, in aidx's group 1, in groups 1–2, and where. */
  public record Summary(
      String group, int members, int clustered, int inTop, int inTopTwo, List<Landing> landing) {
    public Summary {
      landing = List.copyOf(landing);
    }
  }

  public static Scorecard of(Typology.Result typology, List<Member> published) {
    List<Row> rows = new ArrayList<>();
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, TreeMap<Integer, Integer>> where = new LinkedHashMap<>();
    List<Integer> sizes = typology.groups().stream().map(Typology.Group::size).toList();
    for (Member m : published) {
      int g = typology.groupOf(m.code());
      String name = g == 0 ? "" : typology.groups().get(g - 1).name();
      rows.add(new Row(m, g, name, g == 0 ? 0 : sizes.get(g - 1)));
      int[] c = counts.computeIfAbsent(m.group(), x -> new int[4]);
      c[0]++;
      c[1] += g > 0 ? 1 : 0;
      c[2] += g == 1 ? 1 : 0;
      c[3] += g == 1 || g == 2 ? 1 : 0;
      if (g > 0) {
        where.computeIfAbsent(m.group(), x -> new TreeMap<>()).merge(g, 1, Integer::sum);
      }
    }
    List<Summary> summary = new ArrayList<>();
    counts.forEach(
        (g, c) -> {
          List<Landing> landing = new ArrayList<>();
          where
              .getOrDefault(g, new TreeMap<>())
              .forEach((grp, n) -> landing.add(new Landing(grp, sizes.get(grp - 1), n)));
          summary.add(new Summary(g, c[0], c[1], c[2], c[3], landing));
        });
    return new Scorecard(rows, summary, sizes);
  }

  /** "1: 2 of 3; 2: 9 of 14" — the groups a published group lands in, with their sizes. */
  public static String landing(Summary s) {
    List<String> parts = new ArrayList<>();
    for (Landing l : s.landing()) {
      parts.add(l.group() + ": " + l.members() + " of " + l.size());
    }
    return parts.isEmpty() ? "none clustered" : String.join("; ", parts);
  }
}
