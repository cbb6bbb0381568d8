package org.aidx.analysis.panel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.model.InputException;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;

/**
 * The indicator set of a like-for-like catching-up reading: one common set for every economy, the
 * indicators whose composition does not change over the window. An indicator is kept when the
 * reference has a value of its own (within the panel's maximum age, not imputed) in both the first
 * and the last year, and every other economy with an index in both years has a value in both years
 * or in neither. An economy without the indicator in both years is treated alike in both (imputed
 * or left out by the run's imputation), so no reading built on the set contains an indicator
 * arriving or leaving.
 *
 * <p>Why one common set and not one per economy: with one set every economy's like-for-like index
 * is the same index, so the rates stay comparable across economies (a per-economy set would rank
 * Australia's rate on 9 indicators against India's on 7), and the Monte Carlo interval is run once,
 * not once per economy. The cost: an indicator one economy gains drops out for all.
 *
 * <p>The index on the set is aggregated with the panel's methodology; an aggregate left without an
 * indicator (on the shipped data 2021–2025: compute and data) is dropped from its parent's mean,
 * its siblings keeping their weights relative to each other, as the coverage rule does for a
 * dimension without data.
 *
 * <p>Example: indicators a (every economy, both years) and b (none in the first year, all in the
 * last): the set is {a}; under index = mean(first = a, second = b) the aggregate "second" is
 * dropped, and the like-for-like index is a's score alone.
 *
 * @param indicators the kept indicators, in the framework's order
 * @param leftOut each dropped indicator with the reason, in the framework's order
 * @param leftOutNodes names of the aggregates left without an indicator (highest first, their
 *     descendants not repeated)
 * @param framework the framework restricted to {@code indicators}, or null when none is kept
 */
public record LikeForLike(
    List<String> indicators,
    Map<String, String> leftOut,
    List<String> leftOutNodes,
    Framework framework) {
  public LikeForLike {
    indicators = List.copyOf(indicators);
    leftOut = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(leftOut));
    leftOutNodes = List.copyOf(leftOutNodes);
  }

  /** Whether the set is the whole framework: then there is no composition change at all. */
  public boolean complete() {
    return leftOut.isEmpty();
  }

  /** The common set of a panel's first and last year. */
  public static LikeForLike of(Panel panel) {
    Framework fw = panel.framework();
    IndexResult a = panel.at(panel.from());
    IndexResult b = panel.at(panel.to());
    String ref = panel.reference();
    List<String> economies = new ArrayList<>();
    for (String e : panel.economies()) {
      if (a.economyIndex(e) >= 0 && b.economyIndex(e) >= 0) {
        economies.add(e);
      }
    }
    List<String> kept = new ArrayList<>();
    Map<String, String> out = new LinkedHashMap<>();
    for (Node.Indicator ind : fw.indicators()) {
      String id = ind.id();
      if (ref == null || !has(a, id, ref) || !has(b, id, ref)) {
        out.put(
            id,
            "the reference "
                + (ref == null ? "(none)" : ref)
                + " has no value in "
                + (ref != null && has(a, id, ref) ? panel.to() : panel.from()));
        continue;
      }
      List<String> gained = new ArrayList<>();
      List<String> lost = new ArrayList<>();
      for (String e : economies) {
        boolean x = has(a, id, e);
        boolean y = has(b, id, e);
        if (!x && y) {
          gained.add(e);
        } else if (x && !y) {
          lost.add(e);
        }
      }
      if (gained.isEmpty() && lost.isEmpty()) {
        kept.add(id);
      } else {
        List<String> why = new ArrayList<>();
        if (!gained.isEmpty()) {
          why.add(names(gained) + " only in " + panel.to());
        }
        if (!lost.isEmpty()) {
          why.add(names(lost) + " only in " + panel.from());
        }
        out.put(id, "a value for " + String.join(", ", why));
      }
    }
    Set<String> keep = new LinkedHashSet<>(kept);
    List<String> gone = new ArrayList<>();
    Node root = prune(fw.root(), keep, gone);
    Framework restricted = root == null ? null : fw.withRoot((Node.Aggregate) root);
    return new LikeForLike(kept, out, gone, restricted);
  }

  /**
   * The panel's methodology for the restricted framework: the same choices, without the methods and
   * weights of the nodes left out.
   */
  public Methodology methodology(Methodology m) {
    if (framework == null) {
      throw new IllegalStateException("no indicator is kept");
    }
    Set<String> ids = new LinkedHashSet<>();
    framework.root().flatten().forEach(n -> ids.add(n.id()));
    return new Methodology(
        m.reference(),
        m.relativeToReference(),
        m.year(),
        m.maxAge(),
        m.denominate(),
        m.imputation(),
        m.treatment(),
        only(m.normalisation(), ids),
        only(m.aggregation(), ids),
        only(m.weights(), ids),
        m.zeroFloor(),
        m.scoreFloor(),
        m.tiers());
  }

  /** A value of the economy's own (within the maximum age, not imputed) in a year's result. */
  static boolean has(IndexResult r, String indicator, String iso3) {
    int e = r.economyIndex(iso3);
    int i = r.indicators().indexOf(indicator);
    return e >= 0 && i >= 0 && r.observation(i, e) != null && !r.imputed(i, e);
  }

  /** Panel built on the restricted framework over the same years, data and rule. */
  Panel panel(Panel p) {
    if (framework == null) {
      throw new InputException(
          "years " + p.from() + "–" + p.to(),
          "no indicator has values for the same economies in both years",
          "choose a range whose first and last years share indicators");
    }
    return Panel.build(
        framework, p::dataset, methodology(p.methodology()), p.from(), p.to(), p.rule());
  }

  private static <T> Map<String, T> only(Map<String, T> m, Set<String> ids) {
    Map<String, T> out = new LinkedHashMap<>();
    m.forEach(
        (k, v) -> {
          if (ids.contains(k)) {
            out.put(k, v);
          }
        });
    return out;
  }

  private static Node prune(Node n, Set<String> keep, List<String> gone) {
    if (n instanceof Node.Indicator i) {
      return keep.contains(i.id()) ? i : null;
    }
    Node.Aggregate a = (Node.Aggregate) n;
    List<Node> kids = new ArrayList<>();
    List<String> below = new ArrayList<>();
    for (Node c : a.children()) {
      Node k = prune(c, keep, below);
      if (k != null) {
        kids.add(k);
      }
    }
    if (kids.isEmpty()) {
      // the whole aggregate goes: name it, not its descendants
      gone.add(shortName(a));
      return null;
    }
    gone.addAll(below);
    return a.withChildren(kids);
  }

  /** "Compute (算力)", a dimension → "Compute (dimension)": the short name and the level. */
  static String shortName(Node.Aggregate a) {
    String name = a.name().replaceAll("\\s*\\(.*$", "");
    return a.level().isEmpty() ? name : name + " (" + a.level() + ")";
  }

  private static String names(List<String> economies) {
    return economies.size() <= 3 ? String.join(", ", economies) : economies.size() + " economies";
  }
}
