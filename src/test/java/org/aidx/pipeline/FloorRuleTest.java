package org.aidx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FloorRuleTest {
  @Test
  void min_sets_the_zero_floor_and_a_number_the_score_floor() {
    assertThat(FloorRule.parse("min:0.5")).isEqualTo(new FloorRule(null, 0.5));
    assertThat(FloorRule.parse("0.01")).isEqualTo(new FloorRule(0.01, null));
    assertThat(FloorRule.parse("NONE")).isEqualTo(new FloorRule(null, 0.0));
    assertThat(FloorRule.parse(null)).isEqualTo(new FloorRule(null, null));
  }

  @Test
  void a_bad_rule_is_refused_with_the_accepted_forms() {
    for (String bad : List.of("min:0", "min:2", "-1", "half", "min:x", "NaN")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> FloorRule.parse(bad));
      assertThat(e.getMessage()).contains("none, min:F");
    }
  }

  @Test
  void zeros_are_raised_to_the_fraction_of_the_smallest_positive_value_and_flagged() {
    double[] x = {0, 2, 8, Double.NaN, -1};
    boolean[] floored = new boolean[5];
    List<RunNote> notes = new ArrayList<>();
    Pipeline.floorZeros("k", new String[] {"A", "B", "C", "D", "E"}, x, 0.5, floored, notes);
    assertThat(x).containsExactly(1, 2, 8, Double.NaN, 1);
    assertThat(floored).containsExactly(true, false, false, false, true);
    assertThat(notes)
        .containsExactly(
            new RunNote.Floored("A", "k", 0.0, 1.0, 0.5, 2.0),
            new RunNote.Floored("E", "k", -1.0, 1.0, 0.5, 2.0));
    assertThat(notes.get(0).text()).startsWith("floored: A k 0 raised to 1 ");
  }

  @Test
  void an_indicator_without_a_positive_value_is_left_alone() {
    double[] x = {0, 0};
    boolean[] floored = new boolean[2];
    Pipeline.floorZeros("k", new String[] {"A", "B"}, x, 0.5, floored, new ArrayList<>());
    assertThat(x).containsExactly(0, 0);
    assertThat(floored).containsExactly(false, false);
  }
}
