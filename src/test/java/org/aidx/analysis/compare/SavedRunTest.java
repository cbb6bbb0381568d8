package org.aidx.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.aidx.framework.Aggregation;
import org.aidx.model.InputException;
import org.junit.jupiter.api.Test;

class SavedRunTest {
  /** index = mean(d1, d2) by {@code how}; d1 has indicator i1, d2 has i2; weights 1 and 1. */
  private static SavedRun run(String label, Aggregation how, String reference, String d2) {
    SavedRun.Node i1 = new SavedRun.Node("i1", "i1", 1, null, List.of());
    SavedRun.Node i2 = new SavedRun.Node("i2", "i2", 1, null, List.of());
    SavedRun.Node tree =
        new SavedRun.Node(
            "index",
            "index",
            1,
            how,
            List.of(
                new SavedRun.Node("d1", "d1", 1, Aggregation.GEOMETRIC, List.of(i1)),
                new SavedRun.Node(d2, d2, 1, Aggregation.GEOMETRIC, List.of(i2))));
    double e = how == Aggregation.GEOMETRIC ? Math.sqrt(0.25 * 1) : 0.5 * (0.25 + 1);
    return new SavedRun(
        label,
        "fw",
        "fw",
        reference,
        tree,
        List.of(
            new SavedRun.Economy("CCC", "C", 1, 1, Map.of("d1", 1.0, d2, 1.0)),
            new SavedRun.Economy("EEE", "E", 2, e, Map.of("d1", 0.25, d2, 1.0))),
        Map.of(),
        null);
  }

  @Test
  void a_geometric_split_gives_each_dimension_its_weighted_log_ratio() {
    // ln 0.5 = ½·ln 0.25 + ½·ln 1: all of it from d1
    Map<String, Double> g = run("a", Aggregation.GEOMETRIC, "CCC", "d2").byDimension(1, 0);
    assertThat(g.get("d1")).isCloseTo(0.5 * Math.log(0.25), within(1e-12));
    assertThat(g.get("d2")).isCloseTo(0, within(1e-12));
  }

  @Test
  void an_arithmetic_split_shares_the_log_gap_by_the_weighted_differences() {
    // ln 0.625 split by ½(0.25 − 1) and ½(1 − 1): all to d1, and the parts sum to the gap
    Map<String, Double> g = run("a", Aggregation.ARITHMETIC, "CCC", "d2").byDimension(1, 0);
    assertThat(g.get("d1")).isCloseTo(Math.log(0.625), within(1e-12));
    assertThat(g.values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(Math.log(0.625), within(1e-12));
  }

  @Test
  void dimensions_are_the_aggregates_whose_children_are_indicators() {
    assertThat(run("a", Aggregation.GEOMETRIC, "CCC", "d2").dimensions())
        .containsExactly("d1", "d2");
  }

  @Test
  void a_changed_weight_or_a_dimension_left_out_is_a_method_difference() {
    assertThat(
            SavedRun.differences(
                run("a", Aggregation.GEOMETRIC, "CCC", "d2"),
                run("b", Aggregation.ARITHMETIC, "CCC", "d3")))
        .contains("inputs: not known, a has no manifest.json beside its results")
        .anySatisfy(
            l -> assertThat(l).startsWith("methods: d2 left out in B").contains("d3 only in B"));
  }

  @Test
  void different_references_are_refused() {
    assertThatThrownBy(
            () ->
                SavedRun.requireComparable(
                    run("a", Aggregation.GEOMETRIC, "CCC", "d2"),
                    run("b", Aggregation.GEOMETRIC, "EEE", "d2")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("b: its scores are relative to EEE, those of a to CCC");
  }

  @Test
  void one_common_dimension_is_enough_to_compare() {
    assertThatCode(
            () ->
                SavedRun.requireComparable(
                    run("a", Aggregation.GEOMETRIC, "CCC", "d2"),
                    run("b", Aggregation.GEOMETRIC, "CCC", "d3")))
        .doesNotThrowAnyException();
  }
}
