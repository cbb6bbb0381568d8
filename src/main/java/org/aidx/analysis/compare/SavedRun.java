package org.aidx.analysis.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.aidx.analysis.explain.GapDecomposition;
import org.aidx.framework.Aggregation;
import org.aidx.model.InputException;

/**
 * A run saved by {@code aidx index --out DIR}, read back from its {@code results.json} (scores and
 * the methodology tree) and {@code manifest.json} (inputs and their hashes), so that two runs made
 * at different times, on different data or by different versions can be compared without
 * recomputing either.
 *
 * <p><b>Which dimension moved an economy.</b> The log gap ln I_e − ln I_c is split down the saved
 * tree as {@link org.aidx.analysis.explain.GapDecomposition} splits a computed result: under a
 * geometric mean a child's share is w·ln x_e − w·ln x_c, under an arithmetic mean w·x_e − w·x_c and
 * under a harmonic mean w/x_c − w/x_e, with weights renormalised over the children each economy
 * has. The saved scores are divided by the reference's; a geometric split is unchanged by that (the
 * division cancels in ln x_e − ln x_c), so for geometric trees such as CICC's the split is exactly
 * the computed one. Under an arithmetic or harmonic mean the split uses the saved relative scores
 * and is an approximation; the contributions still sum to the whole gap.
 *
 * @param label where the run was read from (as the user named it)
 * @param framework the framework id
 * @param frameworkName the framework's title
 * @param reference the reference economy, or null when the scores are not relative to one
 * @param tree the methodology tree as saved (ids, weights, aggregations)
 * @param entries one per economy, in the saved order (by rank)
 * @param methodology the run's settings other than the tree (normalise, impute, year, ...)
 * @param manifest the run's manifest, or null when none was found beside the results
 */
public record SavedRun(
    String label,
    String framework,
    String frameworkName,
    String reference,
    Node tree,
    List<Economy> entries,
    Map<String, String> methodology,
    Manifest manifest)
    implements Version {

  public SavedRun {
    Objects.requireNonNull(label);
    Objects.requireNonNull(tree);
    entries = List.copyOf(entries);
    methodology = Map.copyOf(methodology);
  }

  /**
   * A node of the saved tree.
   *
   * @param aggregation how the node combines its children; null for an indicator
   */
  public record Node(
      String id, String name, double weight, Aggregation aggregation, List<Node> children) {
    public Node {
      children = List.copyOf(children);
    }

    boolean indicator() {
      return aggregation == null;
    }
  }

  /**
   * One economy of a saved run.
   *
   * @param values the saved score of every aggregate below the root and the normalised value of
   *     every indicator, by node id (NaN where the run had none)
   */
  public record Economy(
      String iso3, String name, double rank, double index, Map<String, Double> values) {
    public Economy {
      values = Map.copyOf(values);
    }
  }

  /** An input as the manifest names it. */
  public record Input(String role, String name, String sha256) {}

  /**
   * What the manifest says about how the run was made.
   *
   * @param version the aidx version that wrote it
   * @param arguments the command line
   * @param inputs every input with its SHA-256
   */
  public record Manifest(String version, List<String> arguments, List<Input> inputs) {
    public Manifest {
      arguments = List.copyOf(arguments);
      inputs = List.copyOf(inputs);
    }
  }

  @Override
  public List<String> economies() {
    return entries.stream().map(Economy::iso3).toList();
  }

  @Override
  public String name(int e) {
    return entries.get(e).name();
  }

  @Override
  public double index(int e) {
    return entries.get(e).index();
  }

  @Override
  public double rank(int e) {
    return entries.get(e).rank();
  }

  @Override
  public List<String> dimensions() {
    List<String> out = new ArrayList<>();
    collectDimensions(tree, true, out);
    return out;
  }

  private static void collectDimensions(Node n, boolean root, List<String> out) {
    if (n.indicator()) {
      return;
    }
    if (!root && !n.children().isEmpty() && n.children().stream().allMatch(Node::indicator)) {
      out.add(n.id());
    }
    n.children().forEach(c -> collectDimensions(c, false, out));
  }

  @Override
  public Map<String, Double> byDimension(int e, int c) {
    Set<String> dims = new LinkedHashSet<>(dimensions());
    Map<String, Double> out = new LinkedHashMap<>();
    double gap = Math.log(index(e)) - Math.log(index(c));
    split(tree, entries.get(e), entries.get(c), gap, dims, out);
    return out;
  }

  private void split(
      Node n, Economy a, Economy b, double gap, Set<String> dims, Map<String, Double> out) {
    if (dims.contains(n.id())) {
      if (!Double.isNaN(gap)) {
        out.put(n.id(), gap);
      }
      return;
    }
    if (n.indicator()) {
      return;
    }
    int k = n.children().size();
    double[] xa = new double[k];
    double[] xb = new double[k];
    double[] w = new double[k];
    for (int i = 0; i < k; i++) {
      Node child = n.children().get(i);
      xa[i] = value(a, child);
      xb[i] = value(b, child);
      w[i] = child.weight();
    }
    double[] childGaps =
        GapDecomposition.childGaps(
            org.aidx.pipeline.aggregate.MeanRule.of(n.aggregation(), scoreFloor()),
            GapDecomposition.renormalised(w, xa),
            xa,
            GapDecomposition.renormalised(w, xb),
            xb,
            gap);
    for (int i = 0; i < k; i++) {
      split(n.children().get(i), a, b, childGaps[i], dims, out);
    }
  }

  /** The run's score floor (its methodology's {@code geometric_floor}), or null. */
  private Double scoreFloor() {
    String f = methodology.get("geometric_floor");
    return f == null ? null : Double.valueOf(f);
  }

  private static double value(Economy e, Node n) {
    Double v = e.values().get(n.id());
    return v == null ? Double.NaN : v;
  }

  /**
   * Refuses two runs that cannot be compared score by score: different references (scores relative
   * to different economies) or trees with no dimension in common (checked first).
   *
   * @throws InputException naming both runs and the fix
   */
  public static void requireComparable(SavedRun a, SavedRun b) {
    Set<String> common = new LinkedHashSet<>(a.dimensions());
    common.retainAll(b.dimensions());
    if (common.isEmpty()) {
      throw new InputException(
          b.label(),
          "its framework '"
              + b.framework()
              + "' has no dimension in common with framework '"
              + a.framework()
              + "' of "
              + a.label()
              + " (dimensions "
              + a.dimensions()
              + " against "
              + b.dimensions()
              + ")",
          "compare runs of the same framework, or of frameworks that share dimension ids");
    }
    if (!Objects.equals(a.reference(), b.reference())) {
      throw new InputException(
          b.label(),
          "its scores are relative to "
              + describe(b.reference())
              + ", those of "
              + a.label()
              + " to "
              + describe(a.reference())
              + ", so the indices are on different scales",
          a.reference() == null
              ? "compare runs whose scores are relative to the same economy"
              : "compare runs made with the same reference (re-run it with --reference "
                  + a.reference()
                  + ")");
    }
  }

  private static String describe(String reference) {
    return reference == null ? "no reference" : reference;
  }

  /**
   * What differs between how two runs were made, one line per kind: the aidx version, the data
   * (inputs whose role and name or SHA-256 differ), the framework and the methods (settings and
   * node weights). Empty when the manifests and methodologies agree.
   */
  public static List<String> differences(SavedRun a, SavedRun b) {
    List<String> out = new ArrayList<>();
    if (a.manifest() == null || b.manifest() == null) {
      out.add(
          "inputs: not known, "
              + (a.manifest() == null ? a.label() : b.label())
              + " has no manifest.json beside its results");
    } else {
      if (!a.manifest().version().equals(b.manifest().version())) {
        out.add("aidx version: " + a.manifest().version() + " against " + b.manifest().version());
      }
      List<String> data = new ArrayList<>();
      for (Input i : a.manifest().inputs()) {
        Input j = find(b.manifest().inputs(), i.role(), i.name());
        if (j == null) {
          data.add(i.role() + " " + i.name() + " only in A");
        } else if (!i.sha256().equals(j.sha256())) {
          data.add(
              i.role()
                  + " "
                  + i.name()
                  + " differs (sha256 "
                  + i.sha256().substring(0, Math.min(12, i.sha256().length()))
                  + "… against "
                  + j.sha256().substring(0, Math.min(12, j.sha256().length()))
                  + "…)");
        }
      }
      for (Input j : b.manifest().inputs()) {
        if (find(a.manifest().inputs(), j.role(), j.name()) == null) {
          data.add(j.role() + " " + j.name() + " only in B");
        }
      }
      if (!data.isEmpty()) {
        out.add("data: " + String.join("; ", data));
      }
    }
    if (!Objects.equals(a.framework(), b.framework())) {
      out.add("framework: " + a.framework() + " against " + b.framework());
    }
    List<String> methods = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>(a.methodology().keySet());
    keys.addAll(b.methodology().keySet());
    for (String k : keys) {
      String va = a.methodology().getOrDefault(k, "(none)");
      String vb = b.methodology().getOrDefault(k, "(none)");
      if (!va.equals(vb)) {
        methods.add(k + " " + va + " against " + vb);
      }
    }
    Map<String, Node> na = nodes(a.tree());
    Map<String, Node> nb = nodes(b.tree());
    for (Node n : na.values()) {
      Node m = nb.get(n.id());
      if (m == null) {
        methods.add(n.id() + " left out in B");
      } else {
        if (n.weight() != m.weight()) {
          methods.add(n.id() + " weight " + num(n.weight()) + " against " + num(m.weight()));
        }
        if (!Objects.equals(n.aggregation(), m.aggregation())) {
          methods.add(n.id() + " aggregation " + aggregation(n) + " against " + aggregation(m));
        }
      }
    }
    for (Node m : nb.values()) {
      if (!na.containsKey(m.id())) {
        methods.add(m.id() + " only in B");
      }
    }
    if (!methods.isEmpty()) {
      out.add("methods: " + String.join("; ", methods));
    }
    return out;
  }

  private static String aggregation(Node n) {
    return n.indicator() ? "(indicator)" : n.aggregation().label();
  }

  private static Input find(List<Input> inputs, String role, String name) {
    for (Input i : inputs) {
      if (i.role().equals(role) && i.name().equals(name)) {
        return i;
      }
    }
    return null;
  }

  private static Map<String, Node> nodes(Node root) {
    Map<String, Node> out = new LinkedHashMap<>();
    List<Node> todo = new ArrayList<>(root.children());
    while (!todo.isEmpty()) {
      Node n = todo.remove(0);
      out.put(n.id(), n);
      todo.addAll(n.children());
    }
    return out;
  }

  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
