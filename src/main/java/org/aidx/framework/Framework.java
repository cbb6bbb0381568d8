package org.aidx.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.aidx.method.impute.Imputation;
import org.aidx.method.normalise.Normalisation;

/**
 * A declarative index: its tree, its default normalisation and reference economy, and the
 * denominators that per-capita and per-GDP transforms divide by.
 *
 * @param relativeToReference when true every aggregate score is divided by the reference economy's
 *     score, so the reference scores exactly 1 on every node (the CICC convention)
 * @param denominators keys {@code per-capita} and {@code per-gdp}, values indicator ids
 * @param source where the framework was read from, for manifests
 * @param imputation the framework's default for missing values (a run's {@code --impute} overrides
 *     it)
 * @param zeroFloor when positive, a zero or negative value of an indicator is raised to this
 *     fraction of the indicator's smallest positive value among the economies, before
 *     normalisation, and flagged (a run's {@code --floor} overrides it); 0 = no such floor
 * @param scoreFloor when set, a score below it (before division by the reference's) is raised to it
 *     before a geometric or harmonic mean, and flagged: in CICC's framework, where only a whole
 *     dimension at zero meets a geometric mean; null = none (a run's {@code --floor X} overrides
 *     it)
 */
public record Framework(
    String id,
    String name,
    Node.Aggregate root,
    Normalisation normalisation,
    String reference,
    boolean relativeToReference,
    Map<String, String> denominators,
    String source,
    Imputation imputation,
    double zeroFloor,
    Double scoreFloor) {
  public Framework {
    if (scoreFloor != null && !(scoreFloor > 0 && Double.isFinite(scoreFloor))) {
      throw new IllegalArgumentException("the score floor must be positive, got " + scoreFloor);
    }
    imputation = imputation == null ? Imputation.none() : imputation;
    if (!(zeroFloor >= 0 && zeroFloor <= 1)) {
      throw new IllegalArgumentException("the zero floor must be in [0, 1], got " + zeroFloor);
    }
    Objects.requireNonNull(id, "id");
    name = name == null || name.isBlank() ? id : name;
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(normalisation, "normalisation");
    denominators = Map.copyOf(denominators);
    source = source == null ? "" : source;
  }

  /** A framework without a score floor. */
  public Framework(
      String id,
      String name,
      Node.Aggregate root,
      Normalisation normalisation,
      String reference,
      boolean relativeToReference,
      Map<String, String> denominators,
      String source,
      Imputation imputation,
      double zeroFloor) {
    this(
        id,
        name,
        root,
        normalisation,
        reference,
        relativeToReference,
        denominators,
        source,
        imputation,
        zeroFloor,
        null);
  }

  /** A framework with no default imputation and no zero floor. */
  public Framework(
      String id,
      String name,
      Node.Aggregate root,
      Normalisation normalisation,
      String reference,
      boolean relativeToReference,
      Map<String, String> denominators,
      String source) {
    this(
        id,
        name,
        root,
        normalisation,
        reference,
        relativeToReference,
        denominators,
        source,
        Imputation.none(),
        0);
  }

  /** The indicators in tree order. */
  public List<Node.Indicator> indicators() {
    return root.flatten()
        .filter(Node.Indicator.class::isInstance)
        .map(Node.Indicator.class::cast)
        .collect(Collectors.toList());
  }

  /** The aggregate nodes in pre-order, the root first. */
  public List<Node.Aggregate> aggregates() {
    return root.flatten()
        .filter(Node.Aggregate.class::isInstance)
        .map(Node.Aggregate.class::cast)
        .collect(Collectors.toList());
  }

  public Optional<Node> find(String nodeId) {
    return root.flatten().filter(n -> n.id().equals(nodeId)).findFirst();
  }

  /** The ids on the path from the root to the node, root first; empty if absent. */
  public List<String> path(String nodeId) {
    List<String> out = new ArrayList<>();
    return walk(root, nodeId, out) ? out : List.of();
  }

  private static boolean walk(Node n, String target, List<String> path) {
    path.add(n.id());
    if (n.id().equals(target)) {
      return true;
    }
    if (n instanceof Node.Aggregate a) {
      for (Node c : a.children()) {
        if (walk(c, target, path)) {
          return true;
        }
      }
    }
    path.remove(path.size() - 1);
    return false;
  }

  public Framework withRoot(Node.Aggregate r) {
    return new Framework(
        id,
        name,
        r,
        normalisation,
        reference,
        relativeToReference,
        denominators,
        source,
        imputation,
        zeroFloor,
        scoreFloor);
  }

  public Framework withNormalisation(Normalisation n) {
    return new Framework(
        id,
        name,
        root,
        n,
        reference,
        relativeToReference,
        denominators,
        source,
        imputation,
        zeroFloor,
        scoreFloor);
  }

  public Framework withReference(String ref) {
    return new Framework(
        id,
        name,
        root,
        normalisation,
        ref,
        relativeToReference,
        denominators,
        source,
        imputation,
        zeroFloor,
        scoreFloor);
  }

  /**
   * The framework with indicator {@code old} replaced, at the same place and weight, by {@code
   * replacement} read with {@code direction} (no transform, normalisation or denominator of its
   * own). Example: {@code withIndicatorSwapped("diffusion_effective_industries",
   * "diffusion_variance", Direction.NEGATIVE)} puts the published diffusion measure back.
   *
   * @throws IllegalArgumentException if {@code old} is not an indicator of the framework or {@code
   *     replacement} already is one
   */
  public Framework withIndicatorSwapped(
      String old, String replacement, org.aidx.model.Direction direction) {
    List<String> ids = indicators().stream().map(Node::id).toList();
    if (!ids.contains(old)) {
      throw new IllegalArgumentException(
          "'" + old + "' is not an indicator of " + id + "; indicators: " + String.join(", ", ids));
    }
    if (ids.contains(replacement)) {
      throw new IllegalArgumentException(
          "'" + replacement + "' is already an indicator of " + id + "; swap it for another one");
    }
    return withRoot((Node.Aggregate) swap(root, old, replacement, direction));
  }

  private static Node swap(Node n, String old, String replacement, org.aidx.model.Direction d) {
    if (n instanceof Node.Indicator i) {
      return i.id().equals(old)
          ? new Node.Indicator(
              replacement,
              replacement,
              i.weight(),
              d,
              null,
              null,
              null,
              "in place of " + old + " (--swap)")
          : n;
    }
    Node.Aggregate a = (Node.Aggregate) n;
    List<Node> kids = new ArrayList<>();
    for (Node c : a.children()) {
      kids.add(swap(c, old, replacement, d));
    }
    return a.withChildren(kids);
  }

  /**
   * The framework without indicator {@code id} (its siblings share its weight in proportion to
   * theirs), as a leave-one-out replication runs.
   *
   * @throws IllegalArgumentException if {@code id} is not an indicator or is its parent's only
   *     child
   */
  public Framework withoutIndicator(String id) {
    if (indicators().stream().noneMatch(i -> i.id().equals(id))) {
      throw new IllegalArgumentException("'" + id + "' is not an indicator of " + this.id);
    }
    return withRoot((Node.Aggregate) without(root, id));
  }

  private static Node without(Node n, String id) {
    if (n instanceof Node.Indicator) {
      return n;
    }
    Node.Aggregate a = (Node.Aggregate) n;
    List<Node> kids = new ArrayList<>();
    for (Node c : a.children()) {
      if (!(c instanceof Node.Indicator && c.id().equals(id))) {
        kids.add(without(c, id));
      }
    }
    if (kids.isEmpty()) {
      throw new IllegalArgumentException(
          "leaving out '" + id + "' would empty its parent '" + a.id() + "'");
    }
    return a.withChildren(kids);
  }

  public Framework withImputation(Imputation i) {
    return new Framework(
        id,
        name,
        root,
        normalisation,
        reference,
        relativeToReference,
        denominators,
        source,
        i,
        zeroFloor,
        scoreFloor);
  }

  public Framework withZeroFloor(double f) {
    return new Framework(
        id,
        name,
        root,
        normalisation,
        reference,
        relativeToReference,
        denominators,
        source,
        imputation,
        f);
  }

  public Framework withName(String n) {
    return new Framework(
        id,
        n,
        root,
        normalisation,
        reference,
        relativeToReference,
        denominators,
        source,
        imputation,
        zeroFloor,
        scoreFloor);
  }
}
