package org.aidx.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aidx.analysis.scenario.Scenario;
import org.aidx.analysis.uncertainty.UncertaintySummary;
import org.aidx.input.InputFile;
import org.aidx.input.Inputs;
import org.aidx.input.ScenarioFiles;
import org.aidx.model.InputException;
import org.aidx.output.Manifest;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.report.ProfilePage;
import org.aidx.report.ResultWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aidx profile}: one self-contained HTML page per economy. */
@Command(
    name = "profile",
    header = "Country profiles: one self-contained HTML page per economy.",
    mixinStandardHelpOptions = true,
    description = {
      "Writes DIR/ISO3.html for each economy named (or every economy with --all): index, rank and",
      "tier; layers and dimensions against the reference and the median economy; strengths and",
      "weaknesses; every indicator's value, unit, year and source; the gap to the reference by",
      "dimension as an SVG bar chart (labels are text); the rank's 90% interval from a Monte Carlo",
      "run (as 'aidx robustness --runs N --seed S': default assumptions, Sobol points); and what",
      "the scenarios would do to the economy's index, rank and tier (default: the CICC study's",
      "scenarios, examples/scenarios/japan-us-sharing.yaml, when the framework is CICC's). No",
      "scripts or external files: the page opens offline and can be mailed. Every index option",
      "applies (weights, views, methods).",
      "",
      "Examples:",
      "  aidx profile JPN",
      "  aidx profile --all --out runs/profiles",
      "  aidx profile KOR --per capita --out runs/kor-per-capita",
      "  aidx profile JPN --runs 2000 --seed 7 --scenarios my-scenarios.yaml"
    })
final class ProfileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions run;

  @Parameters(paramLabel = "ISO3", arity = "0..*", description = "The economies.")
  List<String> economies = new ArrayList<>();

  @Option(names = "--all", description = "Every economy of the index.")
  boolean all;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "profiles",
      description = "Directory for ISO3.html and manifest.json (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = org.aidx.analysis.uncertainty.Uncertainty.DEFAULT_RUNS_TEXT,
      description = "Monte Carlo runs for the rank interval (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Seed of the rank interval's sampler (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--no-robustness", description = "Leave out the rank interval.")
  boolean noRobustness;

  @Option(
      names = "--scenarios",
      paramLabel = "FILE",
      description =
          "Scenario file whose effects the pages show (default: the CICC study's scenarios when"
              + " the framework is CICC's, none otherwise).")
  Path scenarios;

  @Option(names = "--no-scenarios", description = "Leave out the scenarios.")
  boolean noScenarios;

  @Override
  public Integer call() {
    if (!noRobustness && runs < 1) {
      throw new InputException(
          "--runs " + runs,
          "the number of Monte Carlo runs must be at least 1",
          "pass e.g. --runs 500, or --no-robustness to leave the rank interval out");
    }
    if (noScenarios && scenarios != null) {
      throw new InputException(
          "aidx profile", "--scenarios and --no-scenarios were both given", "pass one of them");
    }
    if (all == !economies.isEmpty()) {
      throw new InputException(
          "aidx profile",
          all ? "--all and economy codes were both given" : "no economy was named",
          "name economies (aidx profile JPN KOR) or pass --all");
    }
    Inputs in = run.inputs();
    Methodology ps = Methodology.of(in.framework(), run.spec());
    IndexResult r = Pipeline.run(in.framework(), in.dataset(), ps);
    List<String> codes = new ArrayList<>();
    if (all) {
      codes.addAll(r.economies());
    } else {
      for (String c : economies) {
        codes.add(r.economies().get(r.requireEconomy(c.toUpperCase(Locale.ROOT))));
      }
    }
    List<InputFile> files = new ArrayList<>(in.files());
    List<Scenario> ss = List.of();
    if (scenarios != null) {
      ss = ScenarioFiles.read(scenarios);
      files.add(InputFile.of("scenarios", scenarios.toString(), Inputs.bytes(scenarios)));
    } else if (!noScenarios) {
      ss = ProfilePage.defaultScenarios(in.framework());
    }
    ProfilePage.Extras extras =
        ProfilePage.Extras.compute(
            in.framework(),
            in.dataset(),
            ps,
            noRobustness ? 0 : runs,
            seed,
            ss,
            ProgressBar.of(spec.commandLine().getErr(), false, "replications"));
    Map<String, Object> robustness = null;
    UncertaintySummary mc = extras.robustness();
    if (mc != null) {
      robustness = new LinkedHashMap<>();
      robustness.put("runs", mc.runs());
      robustness.put("seed", mc.seed());
      robustness.put("sampler", mc.sampler().label());
      robustness.put("assumptions", mc.assumptions());
    }
    OutDir dir = OutDir.at(out);
    for (String c : codes) {
      dir.text(c + ".html", ProfilePage.html(r, r.economyIndex(c), extras));
    }
    Map<String, Object> robustnessEntry = robustness;
    List<String> scenarioNames = ss.stream().map(Scenario::name).toList();
    dir.write(
        names ->
            Manifest.with(
                Manifest.with(
                    ResultWriter.manifest(
                        "aidx profile",
                        spec.commandLine().getParseResult().originalArgs(),
                        files,
                        in.framework(),
                        ps,
                        names),
                    "robustness",
                    robustnessEntry),
                "scenarios",
                scenarioNames),
        spec.commandLine().getErr());
    var w = spec.commandLine().getOut();
    codes.forEach(c -> w.println(out.resolve(c + ".html")));
    w.flush();
    return 0;
  }
}
