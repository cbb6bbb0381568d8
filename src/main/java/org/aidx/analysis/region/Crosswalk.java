package org.aidx.analysis.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidx.model.InputException;
import org.aidx.model.Problem;

/**
 * Which parent region (a metro area) each child region (a county) belongs to, and with what share.
 * A child in one parent has share 1; a child split between parents must say how (shares summing to
 * at most 1), otherwise its values would be counted twice.
 *
 * @param source names the file in messages
 * @param links one per child and parent
 */
public record Crosswalk(String source, List<Link> links) {
  /**
   * @param child the child's code
   * @param parent the parent's code
   * @param parentName the parent's name
   * @param share the fraction of the child that lies in the parent; NaN when not given (then 1)
   * @param line the line of the crosswalk file, for messages (0 when not from a file)
   */
  public record Link(String child, String parent, String parentName, double share, int line) {}

  /** Checks the links and collects every problem before failing. */
  public Crosswalk {
    links = List.copyOf(links);
    Map<String, List<Link>> byChild = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Link l : links) {
      byChild.computeIfAbsent(l.child(), c -> new ArrayList<>()).add(l);
      if (!Double.isNaN(l.share()) && !(l.share() > 0 && l.share() <= 1)) {
        problems.add(
            new Problem(
                where(source, l),
                "the share of " + l.child() + " in " + l.parent() + " is " + l.share(),
                "give a share in (0, 1]"));
      }
    }
    for (Map.Entry<String, List<Link>> e : byChild.entrySet()) {
      List<Link> ls = e.getValue();
      if (ls.size() < 2) {
        continue;
      }
      boolean unweighted = ls.stream().anyMatch(l -> Double.isNaN(l.share()));
      double sum = ls.stream().mapToDouble(l -> Double.isNaN(l.share()) ? 0 : l.share()).sum();
      if (unweighted) {
        problems.add(
            new Problem(
                where(source, ls.get(1)),
                "region "
                    + e.getKey()
                    + " is mapped to "
                    + ls.size()
                    + " parents ("
                    + String.join(", ", ls.stream().map(Link::parent).toList())
                    + ") without shares",
                "map each child to one parent, or add a share column giving the fraction of the "
                    + "child in each parent"));
      } else if (sum > 1 + 1e-9) {
        problems.add(
            new Problem(
                where(source, ls.get(0)),
                "the shares of region " + e.getKey() + " add up to " + sum,
                "make the shares of a child add up to at most 1"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }

  private static String where(String source, Link l) {
    return l.line() > 0 ? source + " line " + l.line() : source;
  }

  /** The share of a link: 1 when not given. */
  static double share(Link l) {
    return Double.isNaN(l.share()) ? 1 : l.share();
  }
}
