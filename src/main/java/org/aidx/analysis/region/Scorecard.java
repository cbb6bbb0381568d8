package org.aidx.analysis.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a published typology's members land in aidx's groups: for each published member, its aidx
 * group (1 = the top group, 0 = not clustered), and per published group the count in aidx's top
 * group and in its top two groups. A check of the data-driven typology against published facts,
 * like the index's scorecard against the published ranks.
 */
public record Scorecard(List<Row> rows, List<Summary> summary) {
  public Scorecard {
    rows = List.copyOf(rows);
    summary = List.copyOf(summary);
  }

  /** A published member. */
  public record Member(String group, String name, String code) {}

  /** One member and its aidx group (0 when the region was not clustered). */
  public record Row(Member member, int group, String groupName) {}

  /** Per published group: members, clustered, in aidx's group 1, in groups 1–2. */
  public record Summary(String group, int members, int clustered, int inTop, int inTopTwo) {}

  public static Scorecard of(Typology.Result typology, List<Member> published) {
    List<Row> rows = new ArrayList<>();
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Member m : published) {
      int g = typology.groupOf(m.code());
      String name = g == 0 ? "" : typology.groups().get(g - 1).name();
      rows.add(new Row(m, g, name));
      int[] c = counts.computeIfAbsent(m.group(), x -> new int[4]);
      c[0]++;
      c[1] += g > 0 ? 1 : 0;
      c[2] += g == 1 ? 1 : 0;
      c[3] += g == 1 || g == 2 ? 1 : 0;
    }
    List<Summary> summary = new ArrayList<>();
    counts.forEach((g, c) -> summary.add(new Summary(g, c[0], c[1], c[2], c[3])));
    return new Scorecard(rows, summary);
  }
}
