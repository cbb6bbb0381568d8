package org.aidx.framework;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The named levels of an index tree. Layers are the root's aggregate children; dimensions are the
 * aggregates whose children are all indicators. In CICC's framework: layers technology_activity and
 * market_friendliness; dimensions compute, algorithms, data, finance, exposure_scale, diffusion,
 * policy.
 */
public final class Levels {
  private Levels() {}

  public static List<Node.Aggregate> layers(Framework fw) {
    return fw.root().children().stream()
        .filter(Node.Aggregate.class::isInstance)
        .map(Node.Aggregate.class::cast)
        .collect(Collectors.toList());
  }

  public static List<Node.Aggregate> dimensions(Framework fw) {
    return fw.aggregates().stream()
        .filter(
            a -> a != fw.root() && a.children().stream().allMatch(Node.Indicator.class::isInstance))
        .collect(Collectors.toList());
  }
}
