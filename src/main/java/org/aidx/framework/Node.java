package org.aidx.framework;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.aidx.model.Direction;
import org.aidx.pipeline.normalise.Normalisation;

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
   */
  record Indicator(
      String id,
      String name,
      double weight,
      Direction direction,
      Transform transform,
      Normalisation normalisation,
      String denominator,
      String description)
      implements Node {
    public Indicator {
      Objects.requireNonNull(id, "id");
      name = name == null || name.isBlank() ? id : name;
      Objects.requireNonNull(direction, "direction");
      transform = transform == null ? Transform.NONE : transform;
      description = description == null ? "" : description;
    }

    @Override
    public Stream<Node> flatten() {
      return Stream.of(this);
    }

    public Indicator withNormalisation(Normalisation n) {
      return new Indicator(id, name, weight, direction, transform, n, denominator, description);
    }

    public Indicator withWeight(double w) {
      return new Indicator(
          id, name, w, direction, transform, normalisation, denominator, description);
    }
  }
}
