package org.aidx.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.aidx.method.normalise.Ratio;
import org.aidx.model.Direction;
import org.aidx.model.InputException;
import org.aidx.model.Problem;
import org.junit.jupiter.api.Test;

class FrameworkValidatorTest {
  private static Node.Indicator indicator(String id, double weight) {
    return new Node.Indicator(id, null, weight, Direction.POSITIVE, null, null, null, null);
  }

  private static Node.Aggregate aggregate(String id, double weight, List<Node> children) {
    return new Node.Aggregate(id, null, "layer", weight, Aggregation.ARITHMETIC, children, null);
  }

  private static Framework framework(Node.Aggregate root) {
    return new Framework("fw", null, root, new Ratio(), "USA", false, Map.of(), "fw.yaml");
  }

  @Test
  void a_sound_tree_has_no_problems() {
    Framework fw =
        framework(
            aggregate(
                "index",
                1,
                List.of(aggregate("L1", 1, List.of(indicator("a", 1), indicator("b", 2))))));
    assertThat(FrameworkValidator.problems(fw)).isEmpty();
  }

  @Test
  void the_root_weight_is_not_checked() {
    Framework fw = framework(aggregate("index", 0, List.of(indicator("a", 1))));
    assertThat(FrameworkValidator.problems(fw)).isEmpty();
  }

  @Test
  void every_problem_is_reported_in_one_exception() {
    // four problems: L1 > b has weight 0, L2 has weight NaN, L2 > a repeats L1 > a, L3 is empty
    Framework fw =
        framework(
            aggregate(
                "index",
                1,
                List.of(
                    aggregate("L1", 1, List.of(indicator("a", 1), indicator("b", 0))),
                    aggregate("L2", Double.NaN, List.of(indicator("a", 1))),
                    aggregate("L3", 1, List.of()))));
    InputException e = assertThrows(InputException.class, () -> FrameworkValidator.validate(fw));
    assertThat(e.problems()).hasSize(4);
    assertThat(e.problems())
        .extracting(Problem::where)
        .containsExactlyInAnyOrder(
            "framework fw.yaml, node index > L1 > b",
            "framework fw.yaml, node index > L2",
            "framework fw.yaml, node index > L2 > a",
            "framework fw.yaml, node index > L3");
    assertThat(e)
        .hasMessageContaining("weight must be a positive number, found 0.0")
        .hasMessageContaining("weight must be a positive number, found NaN")
        .hasMessageContaining("duplicate id 'a'; it is also used at index > L1 > a")
        .hasMessageContaining("aggregate node 'L3' has no children");
  }

  @Test
  void a_negative_weight_is_reported() {
    Framework fw = framework(aggregate("index", 1, List.of(indicator("a", -1))));
    assertThat(FrameworkValidator.problems(fw))
        .singleElement()
        .extracting(Problem::what)
        .isEqualTo("weight must be a positive number, found -1.0");
  }

  @Test
  void an_infinite_weight_is_reported() {
    Framework fw =
        framework(aggregate("index", 1, List.of(indicator("a", Double.POSITIVE_INFINITY))));
    assertThat(FrameworkValidator.problems(fw)).hasSize(1);
  }

  @Test
  void an_aggregate_reusing_an_indicator_id_is_a_duplicate() {
    Framework fw =
        framework(aggregate("index", 1, List.of(aggregate("a", 1, List.of(indicator("a", 1))))));
    assertThat(FrameworkValidator.problems(fw))
        .singleElement()
        .extracting(Problem::what)
        .isEqualTo("duplicate id 'a'; it is also used at index > a");
  }

  @Test
  void the_source_falls_back_to_the_framework_id_in_messages() {
    Framework fw =
        new Framework(
            "cicc",
            null,
            aggregate("index", 1, List.of(aggregate("L1", 1, List.of()))),
            new Ratio(),
            null,
            false,
            Map.of(),
            null);
    assertThat(FrameworkValidator.problems(fw))
        .singleElement()
        .extracting(Problem::where)
        .isEqualTo("framework cicc, node index > L1");
  }
}
