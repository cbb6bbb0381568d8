package org.aidx.pipeline.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.method.normalise.MinMax;
import org.aidx.model.Direction;
import org.junit.jupiter.api.Test;

/**
 * The Monte Carlo's fast geometric mean of 2 or 4 equally weighted aggregates (the square root of
 * their product) against values derived by hand, with and without a floor, where the product
 * underflows or overflows, and scores with and without a reference on one workspace.
 */
class CompiledTreeFastPathTest {
  /** A geometric index of {@code n} equally weighted layers, layer k the mean of indicator k. */
  private static CompiledTree layers(int n, Double floor) {
    List<Node> kids = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      Node ind = new Node.Indicator("x" + k, null, 1, Direction.POSITIVE, null, null, null, null);
      kids.add(
          new Node.Aggregate(
              "layer" + k, null, "layer", 1, Aggregation.ARITHMETIC, List.of(ind), null));
    }
    Node.Aggregate root =
        new Node.Aggregate("index", null, "index", 1, Aggregation.GEOMETRIC, kids, null);
    Framework fw = new Framework("t", null, root, MinMax.of(0, 1), null, false, Map.of(), "test");
    return CompiledTree.of(fw, Node.Aggregate::aggregation, floor);
  }

  private static double[] index(CompiledTree t, double[][] rows, boolean fast) {
    CompiledTree.Workspace w = t.workspace(rows[0].length);
    w.fast = fast;
    assertThat(w.aggregate(t.leaves(rows), -1)).as("%s", w.failure()).isTrue();
    return w.index().clone();
  }

  @Test
  void two_and_four_layers_give_the_geometric_mean_on_both_paths() {
    // (2, 8) → 4; (1, 4, 16, 64) → 4096^(1/4) = 8; (9, 1) → 3
    double[][] two = {{2, 9}, {8, 1}};
    double[][] four = {{1, 2}, {4, 2}, {16, 2}, {64, 2}};
    for (boolean fast : new boolean[] {true, false}) {
      double[] a = index(layers(2, null), two, fast);
      assertThat(a[0]).isCloseTo(4, within(1e-14));
      assertThat(a[1]).isCloseTo(3, within(1e-14));
      double[] b = index(layers(4, null), four, fast);
      assertThat(b[0]).isCloseTo(8, within(1e-14));
      assertThat(b[1]).isCloseTo(2, within(1e-14));
    }
  }

  @Test
  void the_fast_path_raises_values_below_the_floor() {
    // (0.25, 4) with floor 1 → sqrt(1 × 4) = 2; four layers (0, 16, 1, 1) → (1·16·1·1)^(1/4) = 2
    assertThat(index(layers(2, 1.0), new double[][] {{0.25}, {4}}, true)[0])
        .isCloseTo(2, within(1e-15));
    assertThat(index(layers(4, 1.0), new double[][] {{0}, {16}, {1}, {1}}, true)[0])
        .isCloseTo(2, within(1e-15));
  }

  @Test
  void without_a_floor_a_zero_layer_fails_naming_it_on_both_paths() {
    for (boolean fast : new boolean[] {true, false}) {
      CompiledTree t = layers(2, null);
      CompiledTree.Workspace w = t.workspace(2);
      w.fast = fast;
      assertThat(w.aggregate(t.leaves(new double[][] {{3, 1}, {2, 0}}), -1)).isFalse();
      // aggregates in pre-order: 0 the index, 1 and 2 the layers; economy 1 has 0 on layer 2
      assertThat(w.failure())
          .isEqualTo(
              new CompiledTree.Failure(
                  CompiledTree.Failure.Kind.NOT_POSITIVE, 0, 2, false, 1, 0.0));
    }
  }

  @Test
  void a_product_that_underflows_or_overflows_falls_back_to_logarithms() {
    // 1e-200 × 1e-200 underflows to 0 and 1e200 × 1e200 overflows; their means are 1e-200, 1e200
    double[] tiny = index(layers(2, null), new double[][] {{1e-200}, {1e-200}}, true);
    assertThat(tiny[0]).isCloseTo(1e-200, within(1e-212));
    double[] huge = index(layers(2, null), new double[][] {{1e200}, {1e200}}, true);
    assertThat(huge[0] / 1e200).isCloseTo(1, within(1e-12));
  }

  @Test
  void one_workspace_alternates_between_a_reference_and_none() {
    // arithmetic index of (2, 4) and (8, 16): 5 and 10; relative to economy 1: 0.5 and 1
    List<Node> kids =
        List.of(
            new Node.Indicator("a", null, 1, Direction.POSITIVE, null, null, null, null),
            new Node.Indicator("b", null, 1, Direction.POSITIVE, null, null, null, null));
    Node.Aggregate root =
        new Node.Aggregate("index", null, "index", 1, Aggregation.ARITHMETIC, kids, null);
    Framework fw = new Framework("t", null, root, MinMax.of(0, 1), null, false, Map.of(), "test");
    CompiledTree t = CompiledTree.of(fw, Node.Aggregate::aggregation, null);
    CompiledTree.Leaves l = t.leaves(new double[][] {{2, 4}, {8, 16}});
    CompiledTree.Workspace w = t.workspace(2);
    for (int round = 0; round < 2; round++) {
      assertThat(w.aggregate(l, 1)).isTrue();
      assertThat(w.index()).containsExactly(0.5, 1.0);
      assertThat(w.unscaled(0, 0)).isEqualTo(5);
      assertThat(w.aggregate(l, -1)).isTrue();
      assertThat(w.index()).containsExactly(5.0, 10.0);
      assertThat(w.score(0, 1)).isEqualTo(w.unscaled(0, 1));
    }
  }
}
