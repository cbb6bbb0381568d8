package org.aidx.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidx.model.InputException;
import org.aidx.model.Names;
import org.aidx.model.Problem;

/**
 * New weights for some nodes of a framework (a layer, a dimension or an indicator), the others
 * keeping theirs. A weight of 0 leaves the node out of the index.
 *
 * <p>Weights are relative among siblings: a node's share is its weight divided by the sum of its
 * siblings' weights (renormalised over the siblings an economy has values for). Leaving a node out
 * therefore gives its share to its siblings in proportion to their weights: in a dimension of three
 * indicators weighted 1, 1, 1, {@code --weight b=0} leaves a and c with ½ each; in a weighted
 * geometric mean a weight of 0 is the same as leaving the child out, since x⁰ = 1. Leaving out
 * every child of a node is an error (give the node itself weight 0); the root cannot be reweighted.
 *
 * <p>Example: {@code Weights.parse(List.of("compute=2", "diffusion=0"))} applied to the CICC
 * framework weights compute 2 against the other three R&amp;D dimensions' 1 (shares 2/5 and 1/5
 * each) and leaves market friendliness as the mean of exposure scale and policy.
 *
 * @param byNode new weight per node id, in the order given
 */
public record Weights(Map<String, Double> byNode) {
  public Weights {
    byNode = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byNode));
    for (var e : byNode.entrySet()) {
      if (!(e.getValue() >= 0) || Double.isInfinite(e.getValue())) {
        throw new IllegalArgumentException(
            "weight of '" + e.getKey() + "' must be a finite number >= 0, got " + e.getValue());
      }
    }
  }

  public static Weights none() {
    return new Weights(Map.of());
  }

  public boolean isEmpty() {
    return byNode.isEmpty();
  }

  /**
   * Reads {@code NODE=W} texts, as given to {@code --weight}. Every malformed text is reported.
   *
   * @throws InputException naming each malformed text and the expected form
   */
  public static Weights parse(List<String> texts) {
    Map<String, Double> out = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (String t : texts) {
      int eq = t.indexOf('=');
      String id = eq < 0 ? "" : t.substring(0, eq).strip();
      String w = eq < 0 ? "" : t.substring(eq + 1).strip();
      Double v = null;
      try {
        v = w.isEmpty() ? null : Double.valueOf(w);
      } catch (NumberFormatException e) {
        v = null;
      }
      if (id.isEmpty() || v == null || !(v >= 0) || v.isInfinite()) {
        problems.add(
            new Problem(
                "--weight " + t,
                "expected NODE=W with W a number >= 0 (0 leaves the node out)",
                "write e.g. --weight compute=2 or --weight diffusion=0"));
      } else if (out.put(id, v) != null) {
        problems.add(
            new Problem(
                "--weight " + t,
                "'" + id + "' is given a weight twice",
                "give each node one --weight"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new Weights(out);
  }

  /**
   * The framework with these weights; nodes weighted 0 are removed from the tree.
   *
   * @param where how the caller names a weight in messages, followed by the node id: {@code
   *     "--weight "} or {@code "request body, weights."}
   * @throws InputException for an unknown node (with the closest id), the root, or a node all of
   *     whose children would be left out, every problem at once
   */
  public Framework apply(Framework fw, String where) {
    if (byNode.isEmpty()) {
      return fw;
    }
    List<Problem> problems = new ArrayList<>();
    List<String> ids = fw.root().flatten().map(Node::id).toList();
    for (String id : byNode.keySet()) {
      if (!ids.contains(id)) {
        problems.add(
            new Problem(
                where + id,
                "'" + id + "' is not a node of the framework " + fw.id(),
                Names.closest(id, ids)
                    .map(s -> "did you mean '" + s + "'?")
                    .orElse("use a layer, dimension or indicator id (see 'aidx framework show')")));
      } else if (id.equals(fw.root().id())) {
        problems.add(
            new Problem(
                where + id,
                "the root '" + id + "' has no siblings, so it has no weight",
                "weight its layers or dimensions instead"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    Node.Aggregate root = (Node.Aggregate) rewrite(fw.root(), where, problems);
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    // the title names the weights that differ from the framework's own (the dashboard sends all)
    Weights changed = differingFrom(fw);
    Framework out = fw.withRoot(root);
    return changed.byNode().isEmpty()
        ? out
        : out.withName(fw.name() + ", weights " + changed.label());
  }

  /**
   * The weights that differ from the framework's own, in this order: what a title or caption names.
   * A client that sends every node's weight (the dashboard does) changes only those it moved; an id
   * the framework lacks counts as changed ({@link #apply} refuses it).
   */
  public Weights differingFrom(Framework fw) {
    Map<String, Double> changed = new LinkedHashMap<>();
    byNode.forEach(
        (id, w) -> {
          if (fw.find(id).map(n -> n.weight() != w).orElse(true)) {
            changed.put(id, w);
          }
        });
    return new Weights(changed);
  }

  private Node rewrite(Node n, String where, List<Problem> problems) {
    Double w = byNode.get(n.id());
    if (n instanceof Node.Indicator i) {
      return w == null ? i : i.withWeight(w);
    }
    Node.Aggregate a = (Node.Aggregate) n;
    List<Node> kids = new ArrayList<>();
    for (Node c : a.children()) {
      if (Double.valueOf(0).equals(byNode.get(c.id()))) {
        continue;
      }
      kids.add(rewrite(c, where, problems));
    }
    if (kids.isEmpty()) {
      problems.add(
          new Problem(
              where + a.id(),
              "every child of '" + a.id() + "' has weight 0, which would leave it empty",
              "give '" + a.id() + "' itself weight 0, or keep one of its children"));
      return a;
    }
    Node.Aggregate out = a.withChildren(kids);
    return w == null ? out : out.withWeight(w);
  }

  /** {@code compute=2, diffusion=0 (left out)}, for notes and titles. */
  public String label() {
    List<String> parts = new ArrayList<>();
    byNode.forEach(
        (k, v) ->
            parts.add(
                k
                    + "="
                    + (v == Math.rint(v) ? String.valueOf(v.longValue()) : String.valueOf(v))
                    + (v == 0 ? " (left out)" : "")));
    return String.join(", ", parts);
  }
}
