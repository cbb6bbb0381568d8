package org.aidx.report.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.aidx.analysis.scenario.Change;
import org.aidx.analysis.scenario.ScenarioRun;
import org.aidx.analysis.scenario.TierRule;
import org.aidx.model.Observation;
import org.aidx.output.Cells;
import org.aidx.output.TextTable;
import org.aidx.report.ResultWriter;

/** Renders scenario runs side by side with their baseline: CSV, JSON and a terminal table. */
public final class ScenarioWriter {
  private ScenarioWriter() {}

  /**
   * One row per scenario and economy: {@code scenario,iso3,baseline_index,scenario_index,
   * baseline_rank,scenario_rank,baseline_tier,scenario_tier,index_change,rank_change}, then
   * baseline_, scenario_ and change_ columns for every layer and dimension.
   */
  public static String csv(List<ScenarioRun> runs) {
    List<String> cols =
        runs.isEmpty() ? List.of() : ResultWriter.scoreColumns(runs.get(0).baseline().framework());
    List<String> head =
        new ArrayList<>(
            List.of(
                "scenario",
                "iso3",
                "baseline_index",
                "scenario_index",
                "baseline_rank",
                "scenario_rank",
                "baseline_tier",
                "scenario_tier",
                "index_change",
                "rank_change"));
    for (String c : cols) {
      head.addAll(List.of("baseline_" + c, "scenario_" + c, "change_" + c));
    }
    TextTable t = new TextTable(head, Set.of());
    for (ScenarioRun run : runs) {
      for (String e : run.economies()) {
        List<String> row = new ArrayList<>();
        row.add(run.scenario().name());
        row.add(e);
        row.add(Cells.num(run.baselineIndex(e)));
        row.add(Cells.num(run.scenarioIndex(e)));
        row.add(Cells.rank(run.baselineRank(e)));
        row.add(Cells.rank(run.scenarioRank(e)));
        row.add(tier(run.baselineTier(e)));
        row.add(tier(run.scenarioTier(e)));
        row.add(Cells.num(run.scenarioIndex(e) - run.baselineIndex(e)));
        row.add(Cells.rank(run.scenarioRank(e) - run.baselineRank(e)));
        for (String c : cols) {
          double b = run.baselineScore(c, e);
          double s = run.scenarioScore(c, e);
          row.add(Cells.num(b));
          row.add(Cells.num(s));
          row.add(Cells.num(s - b));
        }
        t.add(row);
      }
    }
    return t.csv();
  }

  /** Every scenario with its changes, the values it made, and the per-economy comparison. */
  public static String json(List<ScenarioRun> runs) {
    ObjectNode root = Cells.JSON.createObjectNode();
    if (!runs.isEmpty()) {
      ScenarioRun first = runs.get(0);
      root.put("framework", first.baseline().framework().id());
      root.put("reference", first.baseline().reference());
      root.set(
          "methodology",
          ResultWriter.methodology(first.baseline().framework(), first.baseline().methodology()));
      root.put("scenario_tiers", tierNote(first.tierRule()));
    }
    ArrayNode arr = root.putArray("scenarios");
    for (ScenarioRun run : runs) {
      ObjectNode s = arr.addObject();
      s.put("name", run.scenario().name());
      s.put("description", run.scenario().description());
      ArrayNode ch = s.putArray("changes");
      run.scenario().changes().forEach(c -> ch.add(c.label()));
      ArrayNode made = s.putArray("scenario_values");
      for (Observation o : run.changed()) {
        ObjectNode v = made.addObject();
        v.put("iso3", o.economy());
        v.put("indicator", o.indicator());
        v.put("year", o.year());
        v.put("value", o.value());
        v.put("unit", o.provenance().unit());
        v.put("source", o.provenance().source());
        v.put("note", o.provenance().note());
      }
      ArrayNode notes = s.putArray("notes");
      run.notes().forEach(notes::add);
      List<String> cols = ResultWriter.scoreColumns(run.baseline().framework());
      ArrayNode econ = s.putArray("economies");
      for (String e : run.economies()) {
        ObjectNode o = econ.addObject();
        o.put("iso3", e);
        o.set("baseline", side(run, e, cols, true));
        o.set("scenario", side(run, e, cols, false));
        ObjectNode d = o.putObject("change");
        put(d, "index", run.scenarioIndex(e) - run.baselineIndex(e));
        put(d, "rank", run.scenarioRank(e) - run.baselineRank(e));
        d.put("tier", run.scenarioTier(e) - run.baselineTier(e));
        for (String c : cols) {
          put(d, c, run.scenarioScore(c, e) - run.baselineScore(c, e));
        }
      }
    }
    try {
      return Cells.JSON.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode side(ScenarioRun run, String e, List<String> cols, boolean base) {
    ObjectNode o = Cells.JSON.createObjectNode();
    put(o, "index", base ? run.baselineIndex(e) : run.scenarioIndex(e));
    put(o, "rank", base ? run.baselineRank(e) : run.scenarioRank(e));
    o.put("tier", base ? run.baselineTier(e) : run.scenarioTier(e));
    ObjectNode sc = o.putObject("scores");
    for (String c : cols) {
      put(sc, c, base ? run.baselineScore(c, e) : run.scenarioScore(c, e));
    }
    return o;
  }

  /**
   * For each scenario: its changes, a table of every economy (index, rank and tier, baseline →
   * scenario, and the change of each layer), and the dimension scores of the economies it changed.
   */
  public static String table(List<ScenarioRun> runs) {
    StringBuilder b = new StringBuilder();
    for (ScenarioRun run : runs) {
      b.append("Scenario '").append(run.scenario().name()).append("'");
      if (!run.scenario().description().isEmpty()) {
        b.append(": ").append(run.scenario().description());
      }
      b.append('\n');
      if (run.scenario().changes().isEmpty()) {
        b.append("  no changes (the baseline)\n");
      }
      for (Change c : run.scenario().changes()) {
        b.append("  change ").append(c.label()).append('\n');
      }
      run.notes().forEach(n -> b.append("  note: ").append(n).append('\n'));
      b.append('\n');
      var fw = run.baseline().framework();
      List<String> layers =
          fw.root().children().stream()
              .filter(n -> n instanceof org.aidx.framework.Node.Aggregate)
              .map(org.aidx.framework.Node::id)
              .toList();
      List<String> head =
          new ArrayList<>(List.of("iso3", "index", "scenario", "change", "rank", "tier"));
      layers.forEach(l -> head.add("Δ " + l));
      TextTable t = new TextTable(head, Set.of(0, 4, 5));
      for (String e : run.economies()) {
        List<String> row = new ArrayList<>();
        row.add(e);
        row.add(Cells.fixed(run.baselineIndex(e), 3));
        row.add(Cells.fixed(run.scenarioIndex(e), 3));
        row.add(signed(run.scenarioIndex(e) - run.baselineIndex(e)));
        row.add(arrow(Cells.rank(run.baselineRank(e)), Cells.rank(run.scenarioRank(e))));
        row.add(arrow(tier(run.baselineTier(e)), tier(run.scenarioTier(e))));
        for (String l : layers) {
          row.add(signed(run.scenarioScore(l, e) - run.baselineScore(l, e)));
        }
        t.add(row);
      }
      b.append(t.aligned());
      TreeSet<String> touched = new TreeSet<>();
      run.changed().forEach(o -> touched.add(o.economy()));
      List<String> cols = ResultWriter.scoreColumns(fw);
      if (!touched.isEmpty()) {
        b.append("\nScores of the changed economies, baseline → scenario:\n");
        List<String> h2 = new ArrayList<>(List.of("iso3", "node"));
        h2.addAll(List.of("baseline", "scenario", "change"));
        TextTable t2 = new TextTable(h2, Set.of(0, 1));
        for (String e : touched) {
          for (String c : cols) {
            double x = run.baselineScore(c, e);
            double y = run.scenarioScore(c, e);
            t2.add(List.of(e, c, Cells.fixed(x, 3), Cells.fixed(y, 3), signed(y - x)));
          }
        }
        b.append(t2.aligned());
      }
      b.append('\n');
    }
    if (!runs.isEmpty()) {
      b.append(tierNote(runs.get(0).tierRule())).append('\n');
    }
    return b.toString();
  }

  /** The sentence saying how scenario tiers were assigned. */
  public static String tierNote(TierRule rule) {
    return rule == TierRule.BASELINE_BREAKS
        ? "Scenario tiers use the baseline's Jenks breaks, so a tier change means the score crossed a"
            + " baseline boundary (--retier fits the breaks again to each scenario)."
        : "Scenario tiers are Jenks breaks fitted again to each scenario's scores (--retier); a tier"
            + " can change although the score did not.";
  }

  private static String arrow(String a, String b) {
    return a.equals(b) ? a : a + "→" + b;
  }

  private static String signed(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    return Math.abs(v) < 5e-4 ? "0" : String.format(Locale.ROOT, "%+.3f", v);
  }

  private static String tier(int t) {
    return t == 0 ? "" : Integer.toString(t);
  }

  private static void put(ObjectNode o, String k, double v) {
    if (Double.isNaN(v)) {
      o.putNull(k);
    } else {
      o.put(k, v);
    }
  }
}
