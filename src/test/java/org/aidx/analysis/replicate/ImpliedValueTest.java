package org.aidx.analysis.replicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ImpliedValueTest {
  static final Map<String, String> FIGURES =
      Map.of("index_deu", "0.32", "tech_deu", "0.15", "whole", "2", "text", "about");

  @Test
  void index_squared_over_technology_activity_gives_market_friendliness_and_its_rounding() {
    ImpliedValue v = ImpliedValue.of("index_deu^2 / tech_deu", FIGURES);
    assertThat(v.value()).isCloseTo(0.1024 / 0.15, within(1e-12)); // 0.6827
    assertThat(v.low()).isCloseTo(0.099225 / 0.155, within(1e-12)); // 0.315² / 0.155 = 0.6402
    assertThat(v.high()).isCloseTo(0.105625 / 0.145, within(1e-12)); // 0.325² / 0.145 = 0.7284
  }

  @Test
  void a_figure_without_decimals_stands_for_half_a_unit_either_side() {
    ImpliedValue v = ImpliedValue.of("whole * tech_deu", FIGURES);
    assertThat(v.value()).isCloseTo(0.30, within(1e-12));
    assertThat(v.low()).isCloseTo(1.5 * 0.145, within(1e-12));
    assertThat(v.high()).isCloseTo(2.5 * 0.155, within(1e-12));
  }

  @Test
  void an_unknown_id_is_named() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ImpliedValue.of("index_fra^2", FIGURES));
    assertThat(e.getMessage()).contains("no published figure with id 'index_fra'");
  }

  @Test
  void a_figure_that_is_not_a_number_is_named() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ImpliedValue.of("text", FIGURES));
    assertThat(e.getMessage()).contains("figure 'text' is 'about', not a number");
  }

  @Test
  void a_malformed_formula_says_where_it_stops() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ImpliedValue.of("index_deu + tech_deu", FIGURES));
    assertThat(e.getMessage()).contains("cannot read it from position");
    assertThrows(IllegalArgumentException.class, () -> ImpliedValue.of("/ tech_deu", FIGURES));
  }
}
