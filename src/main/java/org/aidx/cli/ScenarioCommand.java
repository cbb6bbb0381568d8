package org.aidx.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.aidx.analysis.scenario.Change;
import org.aidx.analysis.scenario.Scenario;
import org.aidx.analysis.scenario.ScenarioRun;
import org.aidx.analysis.scenario.Scenarios;
import org.aidx.analysis.scenario.TierRule;
import org.aidx.input.InputFile;
import org.aidx.input.Inputs;
import org.aidx.input.ScenarioFiles;
import org.aidx.model.InputException;
import org.aidx.pipeline.Methodology;
import org.aidx.report.ResultWriter;
import org.aidx.report.scenario.ScenarioWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aidx scenario}: what-if runs compared with the baseline. */
@Command(
    name = "scenario",
    header = "What-if: change economies' data, compare ranks, tiers and scores with the baseline.",
    mixinStandardHelpOptions = true,
    description = {
      "Apply scenarios (changes to an economy's data) and compare each with the baseline: index,",
      "rank, tier, layer and dimension scores, and their changes. A change targets an indicator, a",
      "dimension or a layer (all indicators under it) of one economy and acts on the value the",
      "pipeline selects (latest year, or at or before --year); changed values are marked scenario-made.",
      ""
    },
    footer = {
      "",
      "Changes: ISO3:TARGET=set(v) | scale(k) | add(d) | copy(ISO3) | gap(ISO3,fraction)",
      "  gap closes that fraction of the gap to the other economy's value; copy is gap(ISO3,1).",
      "Every change reads the baseline values; two changes of one value in a scenario are an error.",
      "Scenario tiers use the baseline's Jenks breaks unless --retier is given.",
      "",
      "Output columns (csv): scenario,iso3,baseline_index,scenario_index,baseline_rank,scenario_rank,",
      "baseline_tier,scenario_tier,index_change,rank_change, then baseline_X,scenario_X,change_X per",
      "layer and dimension X.",
      "",
      "Examples:",
      "  aidx scenario --change 'JPN:compute=copy(USA)' --change 'JPN:data=gap(USA,0.5)'",
      "  aidx scenario --file examples/scenarios/japan-us-sharing.yaml --format csv",
      "  aidx scenario --change 'JPN:top500_rmax_tflops=scale(2)' --out runs/japan"
    })
final class ScenarioCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions run;

  @Option(
      names = "--file",
      paramLabel = "FILE",
      description = "Scenario YAML file (several scenarios, run side by side).")
  Path file;

  @Option(
      names = "--change",
      paramLabel = "CHANGE",
      description = "An inline change, e.g. JPN:compute=copy(USA); repeat for more (one scenario).")
  List<String> changes = new ArrayList<>();

  @Option(
      names = "--name",
      paramLabel = "NAME",
      defaultValue = "inline",
      description =
          "Name of the scenario made of the --change options (default: ${DEFAULT-VALUE}).")
  String name;

  @Option(
      names = "--retier",
      description =
          "Fit Jenks breaks again to each scenario (default: keep the baseline's breaks).")
  boolean retier;

  @Mixin TableCsvJson output;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Also write scenarios.csv, scenarios.json and manifest.json to DIR.")
  Path out;

  @Override
  public Integer call() {
    if (file == null && changes.isEmpty()) {
      throw new InputException(
          "aidx scenario",
          "no scenario given",
          "pass --file FILE.yaml or at least one --change 'ISO3:TARGET=OPERATION'");
    }
    List<Scenario> scenarios = new ArrayList<>();
    if (file != null) {
      scenarios.addAll(ScenarioFiles.read(file));
    }
    if (!changes.isEmpty()) {
      List<Change> cs = new ArrayList<>();
      for (String c : changes) {
        cs.add(Scenarios.parseChange(c));
      }
      scenarios.add(new Scenario(name, "changes given with --change", cs));
    }
    Inputs in = run.inputs();
    Methodology ps = Methodology.of(in.framework(), run.spec());
    List<ScenarioRun> runs =
        ScenarioRun.runAll(
            in.framework(),
            in.dataset(),
            ps,
            scenarios,
            retier ? TierRule.RECOMPUTED : TierRule.BASELINE_BREAKS);
    var w = spec.commandLine().getOut();
    switch (output.format) {
      case csv:
        w.print(ScenarioWriter.csv(runs));
        break;
      case json:
        w.print(ScenarioWriter.json(runs));
        break;
      default:
        w.print(ScenarioWriter.table(runs));
    }
    w.flush();
    if (out != null) {
      List<InputFile> files = new ArrayList<>(in.files());
      if (file != null) {
        files.add(InputFile.of("scenarios", file.toString(), Inputs.bytes(file)));
      }
      OutDir.at(out)
          .text("scenarios.csv", ScenarioWriter.csv(runs))
          .text("scenarios.json", ScenarioWriter.json(runs))
          .write(
              names ->
                  ResultWriter.manifest(
                      "aidx scenario",
                      spec.commandLine().getParseResult().originalArgs(),
                      files,
                      in.framework(),
                      ps,
                      names),
              spec.commandLine().getErr());
    }
    return 0;
  }
}
