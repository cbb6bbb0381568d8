package org.aidx.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aidx.analysis.region.Aggregation;
import org.aidx.analysis.region.Concentration;
import org.aidx.analysis.region.Crosswalk;
import org.aidx.analysis.region.RegionIndicator;
import org.aidx.analysis.region.RegionTable;
import org.aidx.analysis.region.Rule;
import org.aidx.model.InputException;

/**
 * The regions a command works on: the shipped US data at one level (county, metro, cbsa, state), or
 * a user's table aggregated over a user's crosswalk; with the child table (for national totals and
 * maps), the files read and notes on what was left out.
 *
 * @param level county, metro, cbsa, state, or "custom"
 * @param table the regions at that level
 * @param children the table before aggregation (the same as {@code table} at county level)
 * @param parentOf child code → parent code (empty at county level)
 * @param weight the population (weight) indicator
 * @param nation the national totals of the count indicators: the child table aggregated to one
 *     region by the same rules (so shipped AI users = national share × national population)
 */
public record RegionInputs(
    String level,
    RegionTable table,
    RegionTable children,
    Map<String, String> parentOf,
    String weight,
    List<InputFile> inputs,
    List<String> notes,
    Map<String, Double> nation) {
  public RegionInputs {
    parentOf = Map.copyOf(parentOf);
    nation = Map.copyOf(nation);
    inputs = List.copyOf(inputs);
    notes = List.copyOf(notes);
  }

  public static final List<String> US_LEVELS = List.of("metro", "cbsa", "county", "state");

  /** The shipped US data at a level. */
  public static RegionInputs us(String level) {
    String l = level.toLowerCase(Locale.ROOT);
    RegionFiles.Loaded<RegionTable> counties = RegionFiles.usCounties();
    List<InputFile> inputs = new ArrayList<>(counties.inputs());
    List<String> notes = new ArrayList<>();
    if (l.equals("county")) {
      return new RegionInputs(
          l,
          counties.value(),
          counties.value(),
          Map.of(),
          RegionFiles.POPULATION,
          inputs,
          notes,
          usNation(counties.value()));
    }
    Crosswalk cw;
    switch (l) {
      case "metro", "cbsa" -> {
        RegionFiles.Loaded<Crosswalk> c = RegionFiles.cbsa(l.equals("metro"));
        inputs.addAll(c.inputs());
        cw = c.value();
      }
      case "state" -> cw = RegionFiles.states(counties.value());
      default ->
          throw new InputException(
              "--level " + level, "unknown level", "choose one of " + US_LEVELS);
    }
    Aggregation a = Aggregation.of(withoutUsers(counties.value()), cw, RegionFiles.POPULATION);
    if (!a.unmapped().isEmpty() && !l.equals("state")) {
      notes.add(
          a.unmapped().size()
              + " counties lie outside every "
              + (l.equals("metro") ? "metropolitan area" : "CBSA")
              + "; they count in the national totals only");
    }
    if (!a.absent().isEmpty()) {
      notes.add(
          a.absent().size()
              + " crosswalk counties have no data (Puerto Rico is not covered by the Census "
              + "county estimates used)");
    }
    return new RegionInputs(
        l,
        RegionFiles.withUsers(a.parents()),
        counties.value(),
        parents(cw),
        RegionFiles.POPULATION,
        inputs,
        notes,
        usNation(counties.value()));
  }

  /**
   * A user's table, aggregated over a crosswalk when one is given. Every region of the table must
   * be in the crosswalk: unknown codes are listed with their count.
   */
  public static RegionInputs custom(
      Path data, Path crosswalk, List<String> ruleSpecs, String weight) {
    Map<String, Rule> rules = RegionFiles.rules(ruleSpecs);
    RegionFiles.Loaded<RegionTable> t = RegionFiles.table(data, rules);
    List<InputFile> inputs = new ArrayList<>(t.inputs());
    RegionTable table = t.value();
    if (weight != null && (!table.has(weight) || !table.indicator(weight).isCount())) {
      throw new InputException(
          "--weight " + weight,
          "is not a count column of " + data,
          "name a column declared with --rule " + weight + "=sum (e.g. population)");
    }
    if (crosswalk == null) {
      return new RegionInputs(
          "custom", table, table, Map.of(), weight, inputs, List.of(), sums(table));
    }
    if (weight == null) {
      throw new InputException(
          "--crosswalk " + crosswalk,
          "aggregating rates needs weights",
          "add --weight COLUMN naming a count column such as population");
    }
    RegionFiles.Loaded<Crosswalk> cw = RegionFiles.crosswalk(crosswalk);
    inputs.addAll(cw.inputs());
    Aggregation a = Aggregation.of(table, cw.value(), weight);
    if (!a.unmapped().isEmpty()) {
      List<String> shown = a.unmapped().subList(0, Math.min(10, a.unmapped().size()));
      throw new InputException(
          data.toString(),
          a.unmapped().size()
              + " row(s) have a region code that is not in "
              + crosswalk
              + ": "
              + String.join(", ", shown)
              + (a.unmapped().size() > shown.size() ? ", …" : ""),
          "add these codes to the crosswalk's child column, or remove their rows");
    }
    List<String> notes = new ArrayList<>();
    if (!a.absent().isEmpty()) {
      notes.add(a.absent().size() + " crosswalk children have no row in " + data);
    }
    return new RegionInputs(
        "custom", a.parents(), table, parents(cw.value()), weight, inputs, notes, sums(table));
  }

  /** The national total of a count indicator. */
  public double national(String indicator) {
    Double v = nation.get(indicator);
    if (v == null) {
      throw new IllegalArgumentException("no national total of " + indicator);
    }
    return v;
  }

  /** The US as one region: counties aggregated by their rules, users derived from the share. */
  private static Map<String, Double> usNation(RegionTable counties) {
    List<Crosswalk.Link> all = new ArrayList<>();
    for (org.aidx.analysis.region.Region r : counties.regions()) {
      all.add(new Crosswalk.Link(r.code(), "US", "United States", Double.NaN, 0));
    }
    RegionTable us =
        RegionFiles.withUsers(
            Aggregation.of(
                    withoutUsers(counties), new Crosswalk("nation", all), RegionFiles.POPULATION)
                .parents());
    Map<String, Double> m = new LinkedHashMap<>();
    for (RegionIndicator i : us.indicators()) {
      if (i.isCount()) {
        m.put(i.id(), us.column(i.id())[0]);
      }
    }
    // the records jobs' national totals include what they could not place in a county
    m.putAll(RegionFiles.jobNationalTotals());
    return m;
  }

  /** Sums of the count indicators over every child with a value. */
  private static Map<String, Double> sums(RegionTable t) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (RegionIndicator i : t.indicators()) {
      if (i.isCount()) {
        double s = 0;
        for (double v : t.column(i.id())) {
          if (Double.isFinite(v)) {
            s += v;
          }
        }
        m.put(i.id(), s);
      }
    }
    return m;
  }

  /**
   * Concentration of a count indicator over the regions with a value, against the national total of
   * the child regions.
   */
  public Concentration.Result concentration(
      String indicator, List<Integer> ks, Concentration.Basis basis, List<String> notes) {
    if (!table.has(indicator)) {
      throw new InputException(
          "--indicator " + indicator,
          "unknown indicator",
          "choose one of " + table.indicators().stream().map(RegionIndicator::id).toList());
    }
    if (!table.indicator(indicator).isCount()) {
      throw new InputException(
          "--indicator " + indicator,
          "is a rate (aggregated as a weighted mean); concentration needs an amount",
          "choose a count indicator: "
              + table.indicators().stream()
                  .filter(RegionIndicator::isCount)
                  .map(RegionIndicator::id)
                  .toList());
    }
    if (weight == null) {
      throw new InputException(
          "--weight", "concentration needs a population", "add --weight COLUMN");
    }
    double[] x = table.column(indicator);
    double[] p = table.column(weight);
    List<String> keep = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      if (Double.isFinite(x[i]) && Double.isFinite(p[i]) && p[i] > 0 && x[i] >= 0) {
        keep.add(table.regions().get(i).code());
      }
    }
    if (keep.size() < table.size()) {
      notes.add(
          (table.size() - keep.size())
              + " region(s) without "
              + indicator
              + " or "
              + weight
              + " left out");
    }
    for (int k : ks) {
      if (k < 1 || k > keep.size()) {
        throw new InputException(
            "--top " + k,
            "is not between 1 and the number of regions with a value, " + keep.size(),
            "choose smaller k");
      }
    }
    RegionTable t = table.rows(keep);
    return Concentration.of(
        indicator,
        t.regions(),
        t.column(indicator),
        t.column(weight),
        national(indicator),
        national(weight),
        ks,
        basis);
  }

  /** The county table without the derived users, which are derived again after aggregation. */
  private static RegionTable withoutUsers(RegionTable t) {
    List<RegionIndicator> keep =
        t.indicators().stream().filter(i -> !i.id().equals(RegionFiles.AI_USERS)).toList();
    double[][] v = new double[keep.size()][];
    for (int j = 0; j < keep.size(); j++) {
      v[j] = t.column(keep.get(j).id());
    }
    return RegionTable.of(t.regions(), keep, v);
  }

  private static Map<String, String> parents(Crosswalk cw) {
    Map<String, String> m = new LinkedHashMap<>();
    for (Crosswalk.Link l : cw.links()) {
      m.putIfAbsent(l.child(), l.parent());
    }
    return m;
  }
}
