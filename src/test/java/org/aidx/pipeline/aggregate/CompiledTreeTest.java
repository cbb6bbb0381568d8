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
    assertThat(w.failure())
        .isEqualTo(
            new CompiledTree.Failure(CompiledTree.Failure.Kind.NOT_POSITIVE, 0, 1, true, 0, 0.0));
  }

  @Test
  void the_failure_names_the_first_economy_and_its_first_child_that_break_the_rule() {
    // economies in columns: economy 0 is fine, economy 1 has b = -2 and economy 2 a = 0 and b = 0;
    // the harmonic mean fails and the report is economy 1's b, whatever order the kernel met them
    // in
    CompiledTree t = tree(Aggregation.HARMONIC, null);
    CompiledTree.Workspace w = t.workspace(3);
    assertThat(w.aggregate(t.leaves(new double[][] {{1, 5, 0}, {2, -2, 0}}), -1)).isFalse();
    assertThat(w.failure())
        .isEqualTo(
            new CompiledTree.Failure(CompiledTree.Failure.Kind.NOT_POSITIVE, 0, 1, true, 1, -2.0));
  }

  @Test
  void a_reference_scoring_zero_on_the_index_is_a_failure_with_its_score() {
    CompiledTree t = tree(Aggregation.ARITHMETIC, null);
    CompiledTree.Workspace w = t.workspace(2);
    assertThat(w.aggregate(t.leaves(new double[][] {{2, 0}, {8, 0}}), 1)).isFalse();
    assertThat(w.failure())
        .isEqualTo(
            new CompiledTree.Failure(
                CompiledTree.Failure.Kind.REFERENCE_NOT_POSITIVE, 0, -1, false, 1, 0.0));
    assertThat(w.failure().atReference()).isTrue();
  }

  @Test
  void the_kernel_reports_each_value_it_raised_to_the_floor() {
    // floor 1: economy 0 has a = 0.5 raised; economy 1 has a = 0 and b = 0.25 raised; b = 4 is not
    CompiledTree t = tree(Aggregation.GEOMETRIC, 1.0);
    CompiledTree.Workspace w = t.workspace(2);
    assertThat(w.aggregate(t.leaves(new double[][] {{0.5, 0}, {4, 0.25}}), -1)).isTrue();
    assertThat(w.floored())
        .containsExactly(
            new CompiledTree.Floored(0, 0, true, 0, 0.5),
            new CompiledTree.Floored(0, 0, true, 1, 0.0),
            new CompiledTree.Floored(0, 1, true, 1, 0.25));
    // sqrt(1 · 4) = 2 and sqrt(1 · 1) = 1: the floored values entered the means
    assertThat(w.score(0, 0)).isCloseTo(2, within(1e-15));
    assertThat(w.score(0, 1)).isCloseTo(1, within(1e-15));
  }

  @Test
  void nothing_is_floored_under_an_arithmetic_mean_or_a_left_out_child() {
    CompiledTree arithmetic = tree(Aggregation.ARITHMETIC, 1.0);
    CompiledTree.Workspace w = arithmetic.workspace(1);
    assertThat(w.aggregate(arithmetic.leaves(new double[][] {{0.5}, {4}}), -1)).isTrue();
    assertThat(w.floored()).isEmpty();
    CompiledTree geometric = tree(Aggregation.GEOMETRIC, 1.0);
    CompiledTree.Workspace g = geometric.workspace(1);
    g.dropped = 0;
    assertThat(g.aggregate(geometric.leaves(new double[][] {{0.5}, {4}}), -1)).isTrue();
    assertThat(g.floored()).isEmpty();
  }

  @Test
  void an_overflowing_division_by_the_reference_is_reported_with_economy_and_value() {
    // economy 0 scores 1e300, the reference 1e-300: 1e300 / 1e-300 overflows to +∞
    CompiledTree t = tree(Aggregation.ARITHMETIC, null);
    CompiledTree.Workspace w = t.workspace(2);
    assertThat(w.aggregate(t.leaves(new double[][] {{1e300, 1e-300}, {1e300, 1e-300}}), 1))
        .isTrue();
    assertThat(w.overflow())
        .isEqualTo(
            new CompiledTree.Failure(
                CompiledTree.Failure.Kind.DIVISION_NOT_FINITE,
                0,
                -1,
                false,
                0,
                Double.POSITIVE_INFINITY));
  }

  @Test
  void an_overflowing_mean_is_reported_and_a_node_with_no_child_present_is_not() {
    // (1.7e308 + 1.7e308) / 2 overflows in the sum: +∞ for economy 1; economy 0 has no child
    CompiledTree t = tree(Aggregation.ARITHMETIC, null);
    CompiledTree.Workspace w = t.workspace(2);
    double big = 1.7e308;
    assertThat(w.aggregate(t.leaves(new double[][] {{Double.NaN, big}, {Double.NaN, big}}), -1))
        .isTrue();
    CompiledTree.Failure f = w.overflow();
    assertThat(f.kind()).isEqualTo(CompiledTree.Failure.Kind.MEAN_NOT_FINITE);
    assertThat(f.economy()).isEqualTo(1);
    assertThat(f.value()).isInfinite();
    assertThat(w.aggregate(t.leaves(new double[][] {{Double.NaN, 2}, {Double.NaN, 4}}), -1))
        .isTrue();
    assertThat(w.overflow()).isNull();
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
