package org.aidx.report.region;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aidx.analysis.region.Concentration;
import org.aidx.analysis.region.Region;
import org.aidx.analysis.region.Scorecard;
import org.aidx.analysis.region.Typology;
import org.aidx.output.Cells;
import org.aidx.output.TextTable;

/** Renders concentration and typology results as text tables, CSV and JSON. */
public final class RegionWriter {
  private RegionWriter() {}

  private static String n(double v) {
    return Cells.compact(v);
  }

  private static String pct(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : "–";
  }

  private static String f(double v, int d) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + d + "f", v) : "–";
  }

  /** {@code rank,code,name,amount,population,share_of_nation,per_capita,location_quotient}. */
  public static String concentrationCsv(Concentration.Result r) {
    StringBuilder b =
        new StringBuilder(
            "rank,code,name,amount,population,share_of_nation,per_capita,location_quotient\n");
    int rank = 1;
    for (Concentration.Row row : r.rows()) {
      b.append(rank++)
          .append(',')
          .append(row.region().code())
          .append(',')
          .append(Cells.cell(row.region().name()))
          .append(',')
          .append(n(row.amount()))
          .append(',')
          .append(n(row.population()))
          .append(',')
          .append(n(row.share()))
          .append(',')
          .append(n(row.perCapita()))
          .append(',')
          .append(n(row.lq()))
          .append('\n');
    }
    return b.toString();
  }

  /** The measures, then the {@code rows} largest regions. */
  public static String concentrationText(Concentration.Result r, List<String> notes, int rows) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "Concentration of %s across %d regions (%s basis)%n",
            r.indicator(),
            r.rows().size(),
            r.basis().name().toLowerCase(Locale.ROOT).replace('_', '-')));
    b.append(
        String.format(
            Locale.ROOT,
            "  national total %s; these regions hold %s of it%n",
            n(r.nationalAmount()),
            pct(r.covered())));
    for (int i = 0; i < r.ks().size(); i++) {
      b.append(
          String.format(
              Locale.ROOT,
              "  top %d share of the national total: %s%n",
              r.ks().get(i),
              pct(r.topShares().get(i))));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "  HHI %s (1/n = %s)   Gini %s   Theil %s%n",
            f(r.hhi(), 4),
            f(1.0 / r.rows().size(), 4),
            f(r.gini(), 3),
            f(r.theil(), 3)));
    for (String note : notes) {
      b.append("  note: ").append(note).append('\n');
    }
    b.append('\n');
    TextTable t =
        new TextTable(
            List.of("rank", "code", "name", "amount", "share", "per capita", "LQ"), Set.of(1, 2));
    int rank = 1;
    for (Concentration.Row row : r.rows().subList(0, Math.min(rows, r.rows().size()))) {
      t.add(
          List.of(
              String.valueOf(rank++),
              row.region().code(),
              row.region().name(),
              String.format(Locale.ROOT, "%,.0f", row.amount()),
              pct(row.share()),
              f(row.perCapita(), 4),
              f(row.lq(), 2)));
    }
    return b.append(t.aligned()).toString();
  }

  public static ObjectNode concentrationJson(Concentration.Result r, List<String> notes) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("indicator", r.indicator());
    o.put("basis", r.basis().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    o.put("regions", r.rows().size());
    put(o, "national_amount", r.nationalAmount());
    put(o, "national_population", r.nationalPopulation());
    put(o, "covered_share", r.covered());
    ArrayNode top = o.putArray("top_shares");
    for (int i = 0; i < r.ks().size(); i++) {
      ObjectNode t = top.addObject();
      t.put("k", r.ks().get(i));
      put(t, "share", r.topShares().get(i));
    }
    put(o, "hhi", r.hhi());
    put(o, "gini", r.gini());
    put(o, "theil", r.theil());
    ArrayNode ns = o.putArray("notes");
    notes.forEach(ns::add);
    ArrayNode rows = o.putArray("rows");
    for (Concentration.Row row : r.rows()) {
      ObjectNode x = rows.addObject();
      x.put("code", row.region().code());
      x.put("name", row.region().name());
      put(x, "amount", row.amount());
      put(x, "population", row.population());
      put(x, "share", row.share());
      put(x, "per_capita", row.perCapita());
      put(x, "lq", row.lq());
    }
    ArrayNode l = o.putArray("lorenz");
    for (Concentration.LorenzPoint p : r.lorenz()) {
      l.addArray().add(p.units()).add(p.amount());
    }
    return o;
  }

  /** {@code code,name,group,group_name}: every region clustered. */
  public static String typologyCsv(Typology.Result r) {
    StringBuilder b = new StringBuilder("code,name,group,group_name\n");
    for (int i = 0; i < r.regions().size(); i++) {
      Region reg = r.regions().get(i);
      int g = r.group().get(i);
      b.append(reg.code())
          .append(',')
          .append(Cells.cell(reg.name()))
          .append(',')
          .append(g)
          .append(',')
          .append(Cells.cell(r.groups().get(g - 1).name()))
          .append('\n');
    }
    return b.toString();
  }

  /** {@code group,name,size,stability,mean_z_<indicator>…,mean_<indicator>…}. */
  public static String groupsCsv(Typology.Result r) {
    StringBuilder b = new StringBuilder("group,name,size,stability");
    for (String id : r.used()) {
      b.append(",mean_z_").append(id);
    }
    for (String id : r.used()) {
      b.append(",mean_").append(id);
    }
    b.append('\n');
    for (Typology.Group g : r.groups()) {
      b.append(g.rank())
          .append(',')
          .append(Cells.cell(g.name()))
          .append(',')
          .append(g.size())
          .append(',')
          .append(n(g.stability()));
      g.meanZ().forEach(v -> b.append(',').append(n(v)));
      g.mean().forEach(v -> b.append(',').append(n(v)));
      b.append('\n');
    }
    return b.toString();
  }

  public static String typologyText(Typology.Result r, Scorecard card) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT, "Typology of %d regions: %s%n", r.regions().size(), r.spec().describe()));
    b.append(
        String.format(
            Locale.ROOT,
            "  %d groups (k %s), mean silhouette %s%n",
            r.k(),
            r.kRule().equals("given") ? "given" : "by " + r.kRule(),
            f(r.silhouette(), 3)));
    if (r.choice() != null) {
      Typology.KChoice c = r.choice();
      b.append(
          String.format(
              Locale.ROOT,
              "  silhouette chooses k = %d, the gap statistic k = %d%n",
              c.bySilhouette(),
              c.byGap()));
    }
    for (String note : r.notes()) {
      b.append("  note: ").append(note).append('\n');
    }
    b.append('\n');
    List<String> head = new ArrayList<>(List.of("group", "name", "size", "stability"));
    for (String label : r.labels()) {
      head.add("z " + label);
    }
    for (String label : r.labels()) {
      head.add(label);
    }
    head.add("examples");
    TextTable t = new TextTable(head, Set.of(1, head.size() - 1));
    for (Typology.Group g : r.groups()) {
      List<String> row =
          new ArrayList<>(
              List.of(
                  String.valueOf(g.rank()),
                  g.name(),
                  String.valueOf(g.size()),
                  f(g.stability(), 2)));
      g.meanZ().forEach(v -> row.add(f(v, 2)));
      g.mean().forEach(v -> row.add(f(v, 2)));
      row.add(examples(g));
      t.add(row);
    }
    b.append(t.aligned());
    if (r.choice() != null) {
      b.append('\n');
      TextTable k =
          new TextTable(List.of("k", "W (within SS)", "silhouette", "gap", "gap s.e."), Set.of());
      Typology.KChoice c = r.choice();
      for (int i = 0; i < c.ks().size(); i++) {
        k.add(
            List.of(
                String.valueOf(c.ks().get(i)),
                f(c.withinSumOfSquares().get(i), 1),
                f(c.silhouette().get(i), 3),
                f(c.gap().get(i), 3),
                f(c.gapSe().get(i), 3)));
      }
      b.append(k.aligned());
    }
    if (card != null) {
      b.append(
          String.format(
              Locale.ROOT,
              "%nScorecard against Brookings (2021): published groups in aidx's groups "
                  + "(group 1 holds %d of the %d regions)%n",
              r.groups().get(0).size(),
              r.regions().size()));
      TextTable s =
          new TextTable(
              List.of(
                  "published group",
                  "members",
                  "clustered",
                  "in group 1",
                  "in groups 1-2",
                  "aidx groups (group: members of size)"),
              Set.of(0, 5));
      for (Scorecard.Summary x : card.summary()) {
        s.add(
            List.of(
                x.group(),
                String.valueOf(x.members()),
                String.valueOf(x.clustered()),
                String.valueOf(x.inTop()),
                String.valueOf(x.inTopTwo()),
                Scorecard.landing(x)));
      }
      b.append(s.aligned()).append('\n');
      TextTable m =
          new TextTable(
              List.of("published group", "metro", "code", "aidx group", "group size"),
              Set.of(0, 1, 3));
      for (Scorecard.Row x : card.rows()) {
        m.add(
            List.of(
                x.member().group(),
                x.member().name(),
                x.member().code(),
                x.group() == 0 ? "not clustered" : x.group() + ": " + x.groupName(),
                x.group() == 0 ? "" : String.valueOf(x.groupSize())));
      }
      b.append(m.aligned());
    }
    return b.toString();
  }

  private static String examples(Typology.Group g) {
    List<String> names = new ArrayList<>();
    for (Region r : g.members().subList(0, Math.min(3, g.members().size()))) {
      String s = r.name();
      int cut = s.indexOf(',');
      names.add(cut > 0 ? s.substring(0, cut) : s);
    }
    return String.join("; ", names) + (g.members().size() > 3 ? "; …" : "");
  }

  public static ObjectNode typologyJson(Typology.Result r, Scorecard card) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    Typology s = r.spec();
    ObjectNode spec = o.putObject("method");
    spec.put("description", s.describe());
    spec.put("clustering", s.method().describe());
    spec.put("scaling", s.scaling().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    spec.put("standardisation", "z-score over the regions clustered");
    spec.put("k_rule", r.kRule());
    spec.put("seed", s.seed());
    spec.put("bootstrap", s.bootstrap());
    spec.put("gap_references", s.references());
    spec.put(
        "naming_rule",
        "high X when a group's mean z >= "
            + Typology.NAMING_THRESHOLD
            + ", low X when <= -"
            + Typology.NAMING_THRESHOLD
            + "; otherwise near average");
    ArrayNode used = o.putArray("indicators");
    r.used().forEach(used::add);
    ArrayNode labels = o.putArray("indicator_labels");
    r.labels().forEach(labels::add);
    ArrayNode notes = o.putArray("notes");
    r.notes().forEach(notes::add);
    o.put("k", r.k());
    put(o, "silhouette", r.silhouette());
    if (r.choice() != null) {
      o.set("k_choice", clean(Cells.JSON.valueToTree(r.choice())));
    }
    ArrayNode groups = o.putArray("groups");
    for (Typology.Group g : r.groups()) {
      ObjectNode x = groups.addObject();
      x.put("group", g.rank());
      x.put("name", g.name());
      x.put("size", g.size());
      put(x, "stability", g.stability());
      ObjectNode mz = x.putObject("mean_z");
      ObjectNode m = x.putObject("mean");
      for (int j = 0; j < r.used().size(); j++) {
        put(mz, r.used().get(j), g.meanZ().get(j));
        put(m, r.used().get(j), g.mean().get(j));
      }
    }
    ArrayNode regions = o.putArray("regions");
    for (int i = 0; i < r.regions().size(); i++) {
      ObjectNode x = regions.addObject();
      x.put("code", r.regions().get(i).code());
      x.put("name", r.regions().get(i).name());
      x.put("group", r.group().get(i));
    }
    if (card != null) {
      o.set("scorecard", clean(Cells.JSON.valueToTree(card)));
    }
    return o;
  }

  /** The JSON text of a node, indented. */
  public static String text(JsonNode node) {
    try {
      return Cells.JSON.writeValueAsString(node) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(ObjectNode o, String key, double v) {
    if (Double.isFinite(v)) {
      o.put(key, v);
    } else {
      o.putNull(key);
    }
  }

  /** Replaces NaN and infinite numbers by null, so the text is valid JSON. */
  private static JsonNode clean(JsonNode n) {
    if (n.isObject()) {
      ObjectNode o = (ObjectNode) n;
      Iterator<Map.Entry<String, JsonNode>> it = o.fields();
      List<String> bad = new ArrayList<>();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isNumber() && !Double.isFinite(e.getValue().doubleValue())) {
          bad.add(e.getKey());
        } else {
          clean(e.getValue());
        }
      }
      bad.forEach(o::putNull);
    } else if (n.isArray()) {
      ArrayNode a = (ArrayNode) n;
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).isNumber() && !Double.isFinite(a.get(i).doubleValue())) {
          a.set(i, JsonNodeFactory.instance.nullNode());
        } else {
          clean(a.get(i));
        }
      }
    }
    return n;
  }
}
