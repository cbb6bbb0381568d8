package org.aidx.framework;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.aidx.method.normalise.Normalisation;
import org.aidx.model.Direction;

/** A node of the index tree: an aggregate of children, or an indicator (a leaf). */
public sealed interface Node permits Node.Aggregate, Node.Indicator {
  String id();

  String name();

  /** The node's weight among its siblings; renormalised over the siblings present. */
  double weight();

  /** Every node of this subtree in pre-order, this node first. */
  Stream<Node> flatten();

  /**
   * An aggregate node: the index, a layer, a dimension or a sub-dimension.
   *
   * @param level a label such as {@code layer} or {@code dimension}; informative only
   */
  record Aggregate(
      String id,
      String name,
      String level,
      double weight,
      Aggregation aggregation,
      List<Node> children,
      String description)
      implements Node {
    public Aggregate {
      Objects.requireNonNull(id, "id");
      name = name == null || name.isBlank() ? id : name;
      level = level == null ? "" : level;
      Objects.requireNonNull(aggregation, "aggregation");
      children = List.copyOf(children);
      description = description == null ? "" : description;
    }

    @Override
    public Stream<Node> flatten() {
      return Stream.concat(Stream.of(this), children.stream().flatMap(Node::flatten));
    }

    public Aggregate withAggregation(Aggregation a) {
      return new Aggregate(id, name, level, weight, a, children, description);
    }

    public Aggregate withChildren(List<Node> c) {
      return new Aggregate(id, name, level, weight, aggregation, c, description);
    }

    public Aggregate withWeight(double w) {
      return new Aggregate(id, name, level, w, aggregation, children, description);
    }
  }

  /**
   * An indicator: a leaf that reads one column of the dataset.
   *
   * @param normalisation the indicator's own method, or null to use the framework's default
   * @param denominator an indicator id to divide by when denominating is switched on, or null
   * @param range the values the indicator's scale can take (a 0–100 score, a percentile rank, a
   *     share), or null when unbounded; {@code aidx target} does not push a value past it
   * @param scale whether the indicator measures absolute size (divided in the intensity views
   *     {@code --per capita|gdp}) or is already a rate, score or share (left as it is); null when
   *     the framework does not say
   */
  record Indicator(
      String id,
      String name,
      double weight,
      Direction direction,
      Transform transform,
      Normalisation normalisation,
      String denominator,
      String description,
      Range range,
      Scale scale)
      implements Node {
    public Indicator {
      Objects.requireNonNull(id, "id");
      name = name == null || name.isBlank() ? id : name;
      Objects.requireNonNull(direction, "direction");
      transform = transform == null ? Transform.NONE : transform;
      description = description == null ? "" : description;
    }

    /** An indicator without a declared range or scale. */
    public Indicator(
        String id,
        String name,
        double weight,
        Direction direction,
        Transform transform,
        Normalisation normalisation,
        String denominator,
        String description) {
      this(
          id,
          name,
          weight,
          direction,
          transform,
          normalisation,
          denominator,
          description,
          null,
          null);
    }

    @Override
    public Stream<Node> flatten() {
      return Stream.of(this);
    }

    public Indicator withNormalisation(Normalisation n) {
      return new Indicator(
          id, name, weight, direction, transform, n, denominator, description, range, scale);
    }

    public Indicator withWeight(double w) {
      return new Indicator(
          id, name, w, direction, transform, normalisation, denominator, description, range, scale);
    }

    public Indicator withTransform(Transform t) {
      return new Indicator(
          id, name, weight, direction, t, normalisation, denominator, description, range, scale);
    }

    public Indicator withRange(Range r) {
      return new Indicator(
          id,
          name,
          weight,
          direction,
          transform,
          normalisation,
          denominator,
          description,
          r,
          scale);
    }

    public Indicator withScale(Scale s) {
      return new Indicator(
          id,
          name,
          weight,
          direction,
          transform,
          normalisation,
          denominator,
          description,
          range,
          s);
    }
  }

  /**
   * The values a bounded indicator's scale can take, inclusive: {@code [0, 100]} for a score or a
   * percentile rank, {@code [0, 1]} for a share.
   */
  record Range(double min, double max) {
    public Range {
      if (!(min < max) || Double.isInfinite(min) || Double.isInfinite(max)) {
        throw new IllegalArgumentException(
            "a range needs finite min < max, got [" + min + ", " + max + "]");
      }
    }

    public boolean contains(double v) {
      return v >= min && v <= max;
    }

    @Override
    public String toString() {
      return "[" + num(min) + ", " + num(max) + "]";
    }

    private static String num(double v) {
      return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
  }

  /** What an indicator measures, for the intensity views. */
  enum Scale {
    /** A size that grows with the economy: a count, an amount of money, a capacity. */
    ABSOLUTE,
    /** Already relative to the economy's size: a rate, a share, a score, a rank. */
    RATE;

    /**
     * @throws IllegalArgumentException for anything but {@code absolute} or {@code rate}
     */
    public static Scale parse(String s) {
      return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "absolute" -> ABSOLUTE;
        case "rate", "relative" -> RATE;
        default ->
            throw new IllegalArgumentException(
                "unknown scale '" + s + "'; expected absolute or rate");
      };
    }

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
