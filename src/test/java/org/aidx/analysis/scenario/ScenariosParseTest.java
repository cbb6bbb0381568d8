package org.aidx.analysis.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aidx.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScenariosParseTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "JPN:compute=copy(USA)",
        "JPN:data=gap(USA,0.5)",
        "JPN:top500_rmax_tflops=scale(2)",
        "KOR:policy=add(-0.25)",
        "IND:fixed_broadband_per_100=set(40)"
      })
  void an_inline_change_reads_back_from_its_label(String text) {
    Change c = Scenarios.parseChange(text);
    assertThat(c.label()).isEqualTo(text);
    assertThat(Scenarios.parseChange(c.label())).isEqualTo(c);
  }

  @Test
  void spaces_and_lower_case_codes_are_accepted() {
    Change c = Scenarios.parseChange(" jpn : data = GAP( usa , 0.25 ) ");
    assertThat(c).isEqualTo(new Change("JPN", "data", Operation.gap("USA", 0.25)));
  }

  @Test
  void operations_compute_the_documented_values() {
    assertThat(Operation.set(3).apply(Double.NaN, Double.NaN)).isEqualTo(3);
    assertThat(Operation.scale(2).apply(150, Double.NaN)).isEqualTo(300);
    assertThat(Operation.add(-1).apply(5, Double.NaN)).isEqualTo(4);
    assertThat(Operation.gap("USA", 0.5).apply(20, 100)).isEqualTo(60);
    assertThat(Operation.copy("USA").apply(Double.NaN, 100)).isEqualTo(100);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "JPN compute=copy(USA)",
        "JPN:compute",
        "JPN:compute=triple(2)",
        "JPN:compute=gap(USA)",
        "JPN:compute=gap(USA,1.5)",
        "JPN:compute=scale(x)",
        "JPN:compute=copy(USA,1)"
      })
  void a_malformed_change_is_an_input_error_naming_it(String text) {
    assertThatThrownBy(() -> Scenarios.parseChange(text))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(text);
  }
}
