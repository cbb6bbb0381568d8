package org.aidx.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.method.impute.Imputation;
import org.aidx.method.normalise.Normalisation;
import org.aidx.model.InputException;
import org.aidx.model.Names;
import org.aidx.model.Problem;
import org.aidx.pipeline.tier.Tiering;
import org.aidx.pipeline.treat.Treatment;

/**
 * The methodology of one run, resolved: every choice the pipeline makes for a framework's tree,
 * with nothing left to look up elsewhere. The framework gives the tree (ids, weights, directions,
 * transforms, denominators); a {@link PipelineSpec} says what a run asks for; {@link #of} combines
 * them once, and every result and manifest records the outcome.
 *
 * <p>Example: the CICC framework with {@code --aggregate-at layer=arithmetic} resolves to ratio
 * normalisation for each of its 15 indicators, arithmetic means for the two layers and the index's
 * own method elsewhere, relative-position imputation, zeros raised to half an indicator's smallest
 * positive value ({@code zeroFloor} 0.5), no score floor, and USA as the reference.
 *
 * @param reference the reference economy, or null when neither the spec nor the framework names one
 * @param relativeToReference whether aggregate scores are divided by the reference's
 * @param year each value's latest year at or before this one; null: the latest available
 * @param maxAge with a year: values older than this many years count as missing; null: no limit
 * @param denominate whether indicators are divided by their declared denominators
 * @param imputation how missing values are filled
 * @param treatment outlier treatment
 * @param normalisation the method of each indicator, by id, in tree order
 * @param aggregation the method of each aggregate node, by id, in pre-order (the root first)
 * @param weights the weight of every node below the root (aggregates and indicators), by id, in
 *     pre-order: relative among siblings, each positive (a node left out is not in the tree)
 * @param zeroFloor the fraction of an indicator's smallest positive value its zeros are raised to
 *     before normalisation; 0 for none
 * @param scoreFloor normalised values below it are raised to it before a geometric or harmonic
 *     mean; null for none (a value that is not positive there is then an error)
 * @param tiers how economies are grouped into tiers
 */
public record Methodology(
    String reference,
    boolean relativeToReference,
    Integer year,
    Integer maxAge,
    boolean denominate,
    Imputation imputation,
    Treatment treatment,
    Map<String, Normalisation> normalisation,
    Map<String, Aggregation> aggregation,
    Map<String, Double> weights,
    double zeroFloor,
    Double scoreFloor,
    Tiering tiers) {
  public Methodology {
    Objects.requireNonNull(imputation, "imputation");
    Objects.requireNonNull(treatment, "treatment");
    Objects.requireNonNull(tiers, "tiers");
    normalisation = ordered(normalisation, "normalisation");
    aggregation = ordered(aggregation, "aggregation");
    weights = ordered(weights, "weights");
    weights.forEach(
        (k, w) -> {
          if (!(w > 0 && Double.isFinite(w))) {
            throw new IllegalArgumentException(
                "the weight of '" + k + "' must be a positive number, got " + w);
          }
        });
    if (!(zeroFloor >= 0 && zeroFloor <= 1)) {
      throw new IllegalArgumentException("the zero floor must be in [0, 1], got " + zeroFloor);
    }
    if (scoreFloor != null && !(scoreFloor > 0 && Double.isFinite(scoreFloor))) {
      throw new IllegalArgumentException("the score floor must be positive, got " + scoreFloor);
    }
    if (maxAge != null && maxAge < 1) {
      throw new IllegalArgumentException("the maximum age must be at least 1, got " + maxAge);
    }
  }

  private static <T> Map<String, T> ordered(Map<String, T> m, String what) {
    Objects.requireNonNull(m, what);
    m.forEach((k, v) -> Objects.requireNonNull(v, what + " of " + k));
    return Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }

  /**
   * Resolves what {@code spec} asks for against {@code fw}: the spec's choice where it makes one,
   * else the framework's (a node's or indicator's own method, the framework's default
   * normalisation, imputation, zero floor and reference).
   *
   * @throws InputException for every problem of the framework's tree (duplicate ids, weights that
   *     are not positive, empty nodes) and every aggregate level the spec names that the framework
   *     does not have
   */
  public static Methodology of(Framework fw, PipelineSpec spec) {
    Set<String> levels = new LinkedHashSet<>();
    fw.aggregates().forEach(a -> levels.add(a.level()));
    List<Problem> problems = new ArrayList<>(org.aidx.framework.FrameworkValidator.problems(fw));
    for (String level : spec.aggregateAt().keySet()) {
      if (!levels.contains(level)) {
        problems.add(
            new Problem(
                "aggregate-at " + level,
                "no aggregate node has level '"
                    + level
                    + "'"
                    + Names.didYouMean(level, levels)
                    + " in the framework "
                    + fw.id(),
                "name one of its levels: " + String.join(", ", levels)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    Map<String, Normalisation> norm = new LinkedHashMap<>();
    for (Node.Indicator i : fw.indicators()) {
      // the spec's override, else the indicator's own, else the framework's default
      norm.put(
          i.id(),
          spec.normalise() != null
              ? spec.normalise()
              : i.normalisation() != null ? i.normalisation() : fw.normalisation());
    }
    Map<String, Aggregation> agg = new LinkedHashMap<>();
    for (Node.Aggregate a : fw.aggregates()) {
      // the spec's override for every node, else its override for the node's level, else the node's
      agg.put(
          a.id(),
          spec.aggregate() != null
              ? spec.aggregate()
              : spec.aggregateAt().getOrDefault(a.level(), a.aggregation()));
    }
    return new Methodology(
        spec.reference() != null ? spec.reference() : fw.reference(),
        fw.relativeToReference(),
        spec.year(),
        spec.maxAge(),
        spec.denominate(),
        spec.impute() != null ? spec.impute() : fw.imputation(),
        spec.treat(),
        norm,
        agg,
        weightsOf(fw),
        spec.zeroFloor() != null ? spec.zeroFloor() : fw.zeroFloor(),
        // --floor X sets the score floor; --floor none|min:F states the whole floor rule, so the
        // framework's score floor is dropped with it
        spec.geometricFloor() != null
            ? spec.geometricFloor()
            : spec.zeroFloor() != null ? null : fw.scoreFloor(),
        spec.tiers());
  }

  /** The weight of every node of {@code fw} below its root, in pre-order. */
  private static Map<String, Double> weightsOf(Framework fw) {
    Map<String, Double> w = new LinkedHashMap<>();
    fw.root().flatten().skip(1).forEach(n -> w.put(n.id(), n.weight()));
    return w;
  }

  /**
   * The weight of a node below the root of the tree this methodology was resolved for.
   *
   * @throws IllegalArgumentException for another id
   */
  public double weightOf(String node) {
    Double w = weights.get(node);
    if (w == null) {
      throw new IllegalArgumentException("no weight for node '" + node + "'");
    }
    return w;
  }

  /**
   * The value the pipeline selects for an economy and indicator: the latest at or before {@link
   * #year()} (the latest of all when null) and, with {@link #maxAge()}, at most that old. The one
   * selection rule of {@code aidx index --year} and of the panel.
   */
  public java.util.Optional<org.aidx.model.Observation> select(
      org.aidx.data.Dataset data, String economy, String indicator) {
    return data.latest(economy, indicator, year, maxAge);
  }

  /** Whether {@code o}, as selected, is carried forward: older than the methodology's year. */
  public boolean carriedForward(org.aidx.model.Observation o) {
    return year != null && o != null && o.year() < year;
  }

  /** This methodology with {@code changes} (node id → weight) in place of those nodes' weights. */
  public Methodology withWeights(Map<String, Double> changes) {
    Map<String, Double> w = new LinkedHashMap<>(weights);
    changes.forEach(
        (k, v) -> {
          if (w.put(k, v) == null) {
            throw new IllegalArgumentException("no node '" + k + "' to weigh");
          }
        });
    return edit(e -> e.weights = w);
  }

  /** This methodology with {@code changes} (node id → method) at those aggregate nodes. */
  public Methodology withAggregations(Map<String, Aggregation> changes) {
    Map<String, Aggregation> a = new LinkedHashMap<>(aggregation);
    changes.forEach(
        (k, v) -> {
          if (a.put(k, v) == null) {
            throw new IllegalArgumentException("no aggregate node '" + k + "'");
          }
        });
    return edit(e -> e.aggregation = a);
  }

  /** This methodology with {@code n} as the normalisation of every indicator. */
  public Methodology withNormalisation(Normalisation n) {
    Map<String, Normalisation> out = new LinkedHashMap<>();
    normalisation.keySet().forEach(k -> out.put(k, n));
    return edit(e -> e.normalisation = out);
  }

  public Methodology withImputation(Imputation i) {
    return edit(e -> e.imputation = i);
  }

  public Methodology withTreatment(Treatment t) {
    return edit(e -> e.treatment = t);
  }

  public Methodology withYear(Integer y) {
    return edit(e -> e.year = y);
  }

  public Methodology withMaxAge(Integer a) {
    return edit(e -> e.maxAge = a);
  }

  public Methodology withReference(String r) {
    return edit(e -> e.reference = r);
  }

  public Methodology withScoreFloor(Double f) {
    return edit(e -> e.scoreFloor = f);
  }

  public Methodology withTiers(Tiering t) {
    return edit(e -> e.tiers = t);
  }

  /**
   * This methodology for the tree with indicator {@code old} replaced by {@code replacement} at the
   * same place ({@link Framework#withIndicatorSwapped}): the replacement takes the old indicator's
   * normalisation and weight.
   */
  public Methodology withIndicatorRenamed(String old, String replacement) {
    return edit(
        e -> {
          e.normalisation = renamed(normalisation, old, replacement);
          e.weights = renamed(weights, old, replacement);
        });
  }

  /** This methodology for the tree without indicator {@code id} (its normalisation and weight). */
  public Methodology withoutIndicator(String id) {
    if (!normalisation.containsKey(id)) {
      throw new IllegalArgumentException("no indicator '" + id + "'");
    }
    return edit(
        e -> {
          e.normalisation = new LinkedHashMap<>(normalisation);
          e.normalisation.remove(id);
          e.weights = new LinkedHashMap<>(weights);
          e.weights.remove(id);
        });
  }

  private static <T> Map<String, T> renamed(Map<String, T> m, String old, String replacement) {
    if (!m.containsKey(old)) {
      throw new IllegalArgumentException("no indicator '" + old + "'");
    }
    Map<String, T> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k.equals(old) ? replacement : k, v));
    return out;
  }

  private Methodology edit(java.util.function.Consumer<Edit> change) {
    Edit e = new Edit(this);
    change.accept(e);
    return e.value();
  }

  /** A mutable copy of a methodology's fields, which the withers change. */
  private static final class Edit {
    private String reference;
    private final boolean relativeToReference;
    private Integer year;
    private Integer maxAge;
    private final boolean denominate;
    private Imputation imputation;
    private Treatment treatment;
    private Map<String, Normalisation> normalisation;
    private Map<String, Aggregation> aggregation;
    private Map<String, Double> weights;
    private final double zeroFloor;
    private Double scoreFloor;
    private Tiering tiers;

    private Edit(Methodology m) {
      reference = m.reference;
      relativeToReference = m.relativeToReference;
      year = m.year;
      maxAge = m.maxAge;
      denominate = m.denominate;
      imputation = m.imputation;
      treatment = m.treatment;
      normalisation = m.normalisation;
      aggregation = m.aggregation;
      weights = m.weights;
      zeroFloor = m.zeroFloor;
      scoreFloor = m.scoreFloor;
      tiers = m.tiers;
    }

    private Methodology value() {
      return new Methodology(
          reference,
          relativeToReference,
          year,
          maxAge,
          denominate,
          imputation,
          treatment,
          normalisation,
          aggregation,
          weights,
          zeroFloor,
          scoreFloor,
          tiers);
    }
  }

  /**
   * The method of an indicator of the tree this methodology was resolved for.
   *
   * @throws IllegalArgumentException for another id
   */
  public Normalisation normalisationOf(String indicator) {
    Normalisation n = normalisation.get(indicator);
    if (n == null) {
      throw new IllegalArgumentException("no normalisation for indicator '" + indicator + "'");
    }
    return n;
  }

  /**
   * The method of an aggregate node of the tree this methodology was resolved for.
   *
   * @throws IllegalArgumentException for another id
   */
  public Aggregation aggregationOf(String node) {
    Aggregation a = aggregation.get(node);
    if (a == null) {
      throw new IllegalArgumentException("no aggregation for node '" + node + "'");
    }
    return a;
  }

  /**
   * What a run must ask for to use this methodology: its choices that are not per node, with the
   * per-node and per-indicator methods left to the framework ({@link #onto}).
   */
  public PipelineSpec spec() {
    return PipelineSpec.defaults()
        .withReference(reference)
        .withYear(year)
        .withMaxAge(maxAge)
        .withDenominate(denominate)
        .withImpute(imputation)
        .withTreat(treatment)
        .withTiers(tiers)
        .withGeometricFloor(scoreFloor)
        .withZeroFloor(zeroFloor);
  }

  /**
   * The framework with this methodology's method at each node and indicator and its reference rule,
   * so that {@code Methodology.of(onto(fw), spec())} equals this methodology: how a saved
   * methodology is run again.
   *
   * @throws InputException naming every node or indicator of the framework this methodology has no
   *     method for, and every id it names that the framework does not have
   */
  public Framework onto(Framework fw) {
    List<Problem> problems = new ArrayList<>();
    check(fw.indicators().stream().map(Node::id).toList(), normalisation, "indicator", problems);
    check(fw.aggregates().stream().map(Node::id).toList(), aggregation, "node", problems);
    check(fw.root().flatten().skip(1).map(Node::id).toList(), weights, "weight", problems);
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    Node.Aggregate root = (Node.Aggregate) methods(fw.root());
    return new Framework(
        fw.id(),
        fw.name(),
        root,
        fw.normalisation(),
        fw.reference(),
        relativeToReference,
        fw.denominators(),
        fw.source(),
        fw.imputation(),
        fw.zeroFloor(),
        scoreFloor);
  }

  private Node methods(Node n) {
    if (n instanceof Node.Indicator i) {
      return i.withNormalisation(normalisation.get(i.id())).withWeight(weights.get(i.id()));
    }
    Node.Aggregate a = (Node.Aggregate) n;
    List<Node> kids = new ArrayList<>();
    a.children().forEach(c -> kids.add(methods(c)));
    Node.Aggregate out = a.withChildren(kids).withAggregation(aggregation.get(a.id()));
    Double w = weights.get(a.id());
    return w == null ? out : out.withWeight(w);
  }

  private static void check(
      List<String> ids, Map<String, ?> methods, String what, List<Problem> problems) {
    for (String id : ids) {
      if (!methods.containsKey(id)) {
        problems.add(
            new Problem(
                "methodology, " + what + " " + id,
                what.equals("weight")
                    ? "has no weight, but the framework has this node"
                    : "has no method, but the framework has this " + what,
                "add it under "
                    + (what.equals("node")
                        ? "aggregate"
                        : what.equals("weight") ? "weights" : "normalise")));
      }
    }
    for (String id : methods.keySet()) {
      if (!ids.contains(id)) {
        problems.add(
            new Problem(
                "methodology, " + what + " " + id,
                "is not a"
                    + (what.equals("node")
                        ? "n aggregate node"
                        : what.equals("weight") ? " node below the root" : "n indicator")
                    + " of the framework"
                    + Names.didYouMean(id, ids),
                "remove it, or run with the framework it was written for"));
      }
    }
  }
}
