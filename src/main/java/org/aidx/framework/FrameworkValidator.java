package org.aidx.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aidx.model.InputException;
import org.aidx.model.Problem;

/** Checks a framework's tree and reports every problem at once. */
public final class FrameworkValidator {
  private FrameworkValidator() {}

  /**
   * The problems of the tree: duplicate ids, weights that are not positive numbers, empty nodes.
   */
  public static List<Problem> problems(Framework fw) {
    List<Problem> out = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    check(fw, fw.root(), fw.root().id(), seen, out);
    return out;
  }

  /**
   * @throws InputException listing every problem, if any
   */
  public static void validate(Framework fw) {
    List<Problem> p = problems(fw);
    if (!p.isEmpty()) {
      throw new InputException(p);
    }
  }

  private static void check(
      Framework fw, Node n, String path, Map<String, String> seen, List<Problem> out) {
    String where =
        "framework " + (fw.source().isEmpty() ? fw.id() : fw.source()) + ", node " + path;
    String first = seen.putIfAbsent(n.id(), path);
    if (first != null) {
      out.add(
          new Problem(
              where,
              "duplicate id '" + n.id() + "'; it is also used at " + first,
              "give every node and indicator its own id"));
    }
    if (n != fw.root() && !(n.weight() > 0 && Double.isFinite(n.weight()))) {
      out.add(
          new Problem(
              where,
              "weight must be a positive number, found " + n.weight(),
              "set a weight > 0, or remove the node to give it no weight"));
    }
    if (n instanceof Node.Aggregate a) {
      if (a.children().isEmpty()) {
        out.add(
            new Problem(
                where,
                "aggregate node '" + a.id() + "' has no children",
                "add indicators or sub-nodes under it, or remove it"));
      }
      for (Node c : a.children()) {
        check(fw, c, path + " > " + c.id(), seen, out);
      }
    }
  }
}
