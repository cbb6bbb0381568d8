package org.aidx.analysis.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidx.model.InputException;
import org.aidx.model.Problem;

/**
 * Child regions to parent regions over a {@link Crosswalk}, each indicator by its declared {@link
 * Rule}: counts are summed (× the child's share), rates are averaged with the weight indicator
 * (population × share) as weights. A count is missing for a parent when any of its children lacks
 * it (a partial sum would understate it); a rate averages the children that have it.
 *
 * <pre>{@code
 * counties a (pop 100, share 20%) and b (pop 300, share 40%) in metro m:
 * pop = 400, share = (100·20 + 300·40) / 400 = 35%
 * }</pre>
 *
 * @param parents the parent table, parents in order of first appearance in the crosswalk
 * @param unmapped codes of children that are in no parent (rural counties, for CBSAs)
 * @param absent codes in the crosswalk that the child table does not have
 */
public record Aggregation(RegionTable parents, List<String> unmapped, List<String> absent) {
  public Aggregation {
    unmapped = List.copyOf(unmapped);
    absent = List.copyOf(absent);
  }

  /**
   * Aggregates {@code children} to the crosswalk's parents, weighting rates by {@code weight} (a
   * count indicator of the child table, e.g. population), which must be positive for every child
   * that is mapped.
   */
  public static Aggregation of(RegionTable children, Crosswalk crosswalk, String weight) {
    if (!children.has(weight) || !children.indicator(weight).isCount()) {
      throw new IllegalArgumentException(weight + " must be a count indicator of the table");
    }
    double[] w = children.column(weight);
    Map<String, List<Crosswalk.Link>> byParent = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    List<String> absent = new ArrayList<>();
    boolean[] mapped = new boolean[children.size()];
    List<Problem> problems = new ArrayList<>();
    for (Crosswalk.Link l : crosswalk.links()) {
      names.putIfAbsent(l.parent(), l.parentName());
      byParent.computeIfAbsent(l.parent(), p -> new ArrayList<>());
      int i = children.indexOf(l.child());
      if (i < 0) {
        absent.add(l.child());
        continue;
      }
      mapped[i] = true;
      byParent.get(l.parent()).add(l);
      if (!(w[i] > 0)) {
        problems.add(
            new Problem(
                "region " + l.child() + " (" + children.regions().get(i).name() + ")",
                "its weight " + weight + " is " + w[i] + ", not positive",
                "give every region in the crosswalk a positive " + weight));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    List<Region> regions = new ArrayList<>();
    List<String> parents = new ArrayList<>(byParent.keySet());
    List<RegionIndicator> indicators = children.indicators();
    double[][] out = new double[indicators.size()][parents.size()];
    for (int j = 0; j < indicators.size(); j++) {
      double[] x = children.column(indicators.get(j).id());
      boolean count = indicators.get(j).isCount();
      for (int p = 0; p < parents.size(); p++) {
        double num = 0;
        double den = 0;
        boolean complete = true;
        List<Crosswalk.Link> ls = byParent.get(parents.get(p));
        for (Crosswalk.Link l : ls) {
          int i = children.indexOf(l.child());
          double s = Crosswalk.share(l);
          if (Double.isNaN(x[i])) {
            complete = false;
            continue;
          }
          if (count) {
            num += s * x[i];
          } else {
            num += s * w[i] * x[i];
            den += s * w[i];
          }
        }
        if (ls.isEmpty()) {
          out[j][p] = Double.NaN;
        } else if (count) {
          out[j][p] = complete ? num : Double.NaN;
        } else {
          out[j][p] = den > 0 ? num / den : Double.NaN;
        }
      }
    }
    for (String p : parents) {
      regions.add(new Region(p, names.get(p)));
    }
    List<String> unmapped = new ArrayList<>();
    for (int i = 0; i < mapped.length; i++) {
      if (!mapped[i]) {
        unmapped.add(children.regions().get(i).code());
      }
    }
    return new Aggregation(RegionTable.of(regions, indicators, out), unmapped, absent);
  }
}
