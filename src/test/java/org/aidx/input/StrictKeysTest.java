package org.aidx.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.aidx.analysis.uncertainty.Assumptions;
import org.aidx.framework.Framework;
import org.aidx.model.InputException;
import org.aidx.model.Problem;
import org.junit.jupiter.api.Test;

/** Unknown YAML keys are errors with the closest valid key; US spellings are aliases. */
class StrictKeysTest {
  private static final String FRAMEWORK =
      String.join(
          "\n",
          "id: tiny",
          "normalisation: ratio",
          "root:",
          "  id: index",
          "  aggregation: geometric",
          "  children:",
          "    - indicator: x",
          "    - indicator: y",
          "");

  private static Framework framework(String yaml) {
    return FrameworkFiles.parse("fw.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void a_misspelt_key_names_the_closest_valid_one() {
    assertThatThrownBy(() -> framework(FRAMEWORK.replace("  aggregation:", "  agregation:")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("fw.yaml, node root 'index'")
        .hasMessageContaining("unknown key 'agregation'")
        .hasMessageContaining("did you mean 'aggregation'?");
  }

  @Test
  void the_us_spelling_is_read_as_the_british_key() {
    Framework fw = framework(FRAMEWORK.replace("normalisation: ratio", "normalization: rank"));
    assertThat(fw.normalisation().label()).isEqualTo("rank");
  }

  @Test
  void both_spellings_at_once_are_an_error() {
    assertThatThrownBy(
            () ->
                framework(
                    FRAMEWORK.replace(
                        "normalisation: ratio", "normalisation: ratio\nnormalization: rank")))
        .hasMessageContaining("'normalization' and 'normalisation' are the same key");
  }

  @Test
  void every_unknown_key_of_a_file_is_reported_at_once() {
    String bad =
        FRAMEWORK
            .replace("id: tiny", "id: tiny\nrefrence: USA")
            .replace("    - indicator: y", "    - indicator: y\n      wieght: 2");
    InputException e = assertThrows(bad);
    assertThat(e.problems()).extracting(Problem::what).hasSize(2);
    assertThat(e.getMessage())
        .contains("unknown key 'refrence' in a framework")
        .contains("did you mean 'reference'?")
        .contains("unknown key 'wieght' in an indicator node")
        .contains("did you mean 'weight'?");
  }

  @Test
  void an_aggregate_key_on_an_indicator_is_unknown_there() {
    assertThatThrownBy(
            () ->
                framework(
                    FRAMEWORK.replace(
                        "    - indicator: y", "    - indicator: y\n      children: []")))
        .hasMessageContaining("unknown key 'children' in an indicator node");
  }

  @Test
  void a_key_far_from_every_valid_one_lists_them_all() {
    List<Problem> problems = new ArrayList<>();
    StrictKeys k = StrictKeys.of("a thing", "alpha", "beta");
    k.check(
        "f.yaml",
        new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("zzzzzz", 1),
        problems);
    assertThat(problems)
        .singleElement()
        .extracting(Problem::fix)
        .isEqualTo("valid keys of a thing: alpha, beta");
  }

  @Test
  void scenario_files_reject_unknown_keys_at_every_level() {
    String yaml =
        "scenarios:\n  - name: a\n    descripton: x\n    changes:\n      - {economy: JPN, target: compute, operaton: scale(2)}\n";
    assertThatThrownBy(() -> ScenarioFiles.parse("s.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("unknown key 'descripton' in a scenario")
        .hasMessageContaining("did you mean 'description'?")
        .hasMessageContaining("unknown key 'operaton' in a change")
        .hasMessageContaining("did you mean 'operation'?");
    assertThatThrownBy(
            () ->
                ScenarioFiles.parse(
                    "s.yaml", "scenario:\n  - name: a\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("unknown key 'scenario' in a scenario file")
        .hasMessageContaining("did you mean 'scenarios'?");
  }

  @Test
  void assumption_files_reject_unknown_top_level_keys() {
    assertThatThrownBy(
            () ->
                AssumptionFiles.read(
                    "a.yaml",
                    "flor: 0.1\nvary: {imputation: [none, mean]}\n"
                        .getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("unknown key 'flor' in an assumptions file")
        .hasMessageContaining("did you mean 'floor'?");
    Assumptions ok =
        AssumptionFiles.read(
            "a.yaml", "vary: {normalization: [ratio, rank]}\n".getBytes(StandardCharsets.UTF_8));
    assertThat(ok.items()).hasSize(1);
  }

  @Test
  void an_alias_must_point_to_a_key() {
    assertThatThrownBy(() -> StrictKeys.of("x", "a").withAlias("b", "c"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static InputException assertThrows(String yaml) {
    return org.junit.jupiter.api.Assertions.assertThrows(
        InputException.class, () -> framework(yaml));
  }
}
