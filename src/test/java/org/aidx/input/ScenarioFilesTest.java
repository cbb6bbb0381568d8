package org.aidx.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aidx.analysis.scenario.Change;
import org.aidx.analysis.scenario.Operation;
import org.aidx.analysis.scenario.Scenario;
import org.aidx.analysis.scenario.ScenarioRun;
import org.aidx.analysis.scenario.TierRule;
import org.aidx.model.InputException;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.PipelineSpec;
import org.junit.jupiter.api.Test;

class ScenarioFilesTest {
  private static List<Scenario> parse(String yaml) {
    return ScenarioFiles.parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void the_documented_example_parses_and_runs() throws Exception {
    String readme = Files.readString(Path.of("docs/scenarios.md"));
    int section = readme.indexOf("## Scenarios and explanations");
    int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
    String yaml = readme.substring(start, readme.indexOf("```", start));
    List<Scenario> s = parse(yaml);
    assertThat(s)
        .extracting(Scenario::name)
        .containsExactly("japan-half-way", "japan-twice-the-supercomputers");
    assertThat(s.get(0).changes())
        .containsExactly(
            new Change("JPN", "compute", Operation.gap("USA", 0.5)),
            new Change("JPN", "data", Operation.gap("USA", 0.5)));
    Inputs in = Inputs.load(null, List.of(), List.of());
    List<ScenarioRun> runs =
        ScenarioRun.runAll(
            in.framework(),
            in.dataset(),
            Methodology.of(in.framework(), PipelineSpec.defaults()),
            s,
            TierRule.BASELINE_BREAKS);
    assertThat(runs)
        .allSatisfy(r -> assertThat(r.scenarioIndex("JPN")).isGreaterThan(r.baselineIndex("JPN")));
  }

  @Test
  void every_problem_of_a_file_is_reported_with_its_scenario() {
    String yaml =
        String.join(
            "\n",
            "scenarios:",
            "  - name: a",
            "    chnages: [JPN:data=scale(2)]",
            "  - name: a",
            "    changes: [JPN:data=scale(two)]",
            "  - changes: []",
            "");
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).problems()).hasSize(5))
        .hasMessageContaining("test.yaml, scenario 1 'a': unknown key 'chnages'")
        .hasMessageContaining("scenario 1 'a': has no list 'changes'")
        .hasMessageContaining("scenario 2 'a': repeats the name")
        .hasMessageContaining(
            "scenario 2 'a', change 1: 'two' in 'scale(two)' is not a finite number")
        .hasMessageContaining("scenario 3: has no name");
  }

  @Test
  void a_file_without_scenarios_says_how_to_start_one() {
    assertThatThrownBy(() -> parse("name: x\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("has no list of scenarios")
        .hasMessageContaining("scenarios:");
  }
}
