package org.aidx.pipeline.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.method.normalise.MinMax;
import org.aidx.model.Direction;
import org.junit.jupiter.api.Test;

class CompiledTreeTest {
  /** index(a, b) with equal weights; economies in columns. */
  private static CompiledTree tree(Aggregation how, Double floor) {
    List<Node> kids =
        List.of(
            new Node.Indicator("a", null, 1, Direction.POSITIVE, null, null, null, null),
            new Node.Indicator("b", null, 1, Direction.POSITIVE, null, null, null, null));
    Node.Aggregate root = new Node.Aggregate("index", null, "index", 1, how, kids, null);
    Framework fw = new Framework("t", null, root, MinMax.of(0, 1), null, false, Map.of(), "test");
    return CompiledTree.of(fw, Node.Aggregate::aggregation, floor);
  }

  private static double[] index(CompiledTree t, double[][] rows, int reference) {
    CompiledTree.Workspace w = t.workspace(rows[0].length);
    assertThat(w.aggregate(t.leaves(rows), reference)).isTrue();
    return w.index().clone();
  }

  @Test
  void two_and_eight_give_five_four_and_three_point_two() {
    double[][] rows = {{2}, {8}};
    assertThat(index(tree(Aggregation.ARITHMETIC, null), rows, -1)[0]).isCloseTo(5, within(1e-15));
    assertThat(index(tree(Aggregation.GEOMETRIC, null), rows, -1)[0]).isCloseTo(4, within(1e-15));
    assertThat(index(tree(Aggregation.HARMONIC, null), rows, -1)[0]).isCloseTo(3.2, within(1e-15));
  }

  @Test
  void a_missing_child_renormalises_the_weights_of_the_others() {
    double[][] rows = {{2, Double.NaN}, {Double.NaN, Double.NaN}};
    double[] out = index(tree(Aggregation.GEOMETRIC, null), rows, -1);
    assertThat(out[0]).isCloseTo(2, within(1e-15));
    assertThat(out[1]).isNaN();
  }

  @Test
  void values_below_the_floor_are_raised_to_it() {
    // geometric mean of (0, 4) with the 0 raised to 1: sqrt(1 * 4) = 2
    double[][] rows = {{0}, {4}};
    assertThat(index(tree(Aggregation.GEOMETRIC, 1.0), rows, -1)[0]).isCloseTo(2, within(1e-15));
  }

  @Test
  void without_a_floor_a_zero_in_a_geometric_mean_is_a_failure_naming_node_and_child() {
    CompiledTree t = tree(Aggregation.GEOMETRIC, null);
    CompiledTree.Workspace w = t.workspace(1);
    assertThat(w.aggregate(t.leaves(new double[][] {{3}, {0}}), -1)).isFalse();
    assertThat(w.failure()).isEqualTo(new CompiledTree.Failure(0, 1, true));
  }

  @Test
  void scores_relative_to_the_reference_give_it_one() {
    double[][] rows = {{2, 4}, {8, 16}};
    double[] out = index(tree(Aggregation.ARITHMETIC, null), rows, 1);
    assertThat(out[1]).isEqualTo(1);
    assertThat(out[0]).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void a_left_out_indicator_is_skipped() {
    CompiledTree t = tree(Aggregation.ARITHMETIC, null);
    CompiledTree.Workspace w = t.workspace(1);
    w.dropped = 0;
    assertThat(w.aggregate(t.leaves(new double[][] {{2}, {8}}), -1)).isTrue();
    assertThat(w.score(0, 0)).isEqualTo(8);
  }

  @Test
  void children_that_all_weigh_zero_leave_no_score() {
    CompiledTree t = tree(Aggregation.ARITHMETIC, null);
    CompiledTree.Workspace w = t.workspace(1);
    w.indicatorWeights[0] = 0;
    w.indicatorWeights[1] = 0;
    assertThat(w.aggregate(t.leaves(new double[][] {{2}, {8}}), -1)).isTrue();
    assertThat(w.score(0, 0)).isNaN();
  }
}
