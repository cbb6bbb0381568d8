package org.aidx.framework;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The named levels of an index tree. Layers are the root's aggregate children; dimensions are the
 * nodes declared with level {@code dimension}, or, in a tree that declares none, the aggregates
 * whose children are all indicators. In CICC's framework: layers technology_activity and
 * market_friendliness; dimensions compute, algorithms, data, finance, exposure_scale, diffusion,
 * policy (compute, algorithms, data and finance each have sub-items below them).
 */
public final class Levels {
  /** The level label that declares a dimension. */
  public static final String DIMENSION = "dimension";

  private Levels() {}

  public static List<Node.Aggregate> layers(Framework fw) {
    return fw.root().children().stream()
        .filter(Node.Aggregate.class::isInstance)
        .map(Node.Aggregate.class::cast)
        .collect(Collectors.toList());
  }

  public static List<Node.Aggregate> dimensions(Framework fw) {
    List<Node.Aggregate> declared =
        fw.aggregates().stream()
            .filter(a -> a != fw.root() && DIMENSION.equalsIgnoreCase(a.level()))
            .collect(Collectors.toList());
    if (!declared.isEmpty()) {
      return declared;
    }
    return fw.aggregates().stream()
        .filter(
            a -> a != fw.root() && a.children().stream().allMatch(Node.Indicator.class::isInstance))
        .collect(Collectors.toList());
  }
}
