package org.aidx.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aidx.analysis.uncertainty.Assumption;
import org.aidx.analysis.uncertainty.Assumptions;
import org.aidx.analysis.uncertainty.CompiledIndex;
import org.aidx.analysis.uncertainty.Sampler;
import org.aidx.analysis.uncertainty.SyntheticIndex;
import org.aidx.input.AssumptionFiles;
import org.aidx.input.InputFile;
import org.aidx.input.Inputs;
import org.aidx.model.InputException;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.PipelineSpec;
import picocli.CommandLine.Option;

/** Options shared by the commands that sample uncertain assumptions. */
final class UncertaintyOptions {
  @Option(
      names = "--assumptions",
      paramLabel = "FILE",
      description =
          "YAML file of uncertain assumptions (default: every choice of the framework, see below).")
  Path assumptions;

  @Option(
      names = "--vary",
      paramLabel = "KEY=OPTIONS",
      description = {
        "An uncertain assumption, repeatable; replaces the defaults. KEY=V1|V2|... names",
        "the values to sample, for example:",
        "normalisation=ratio|minmax:1,100  aggregation:dimension=arithmetic|geometric",
        "weights:indicator=25%%  weights:dimension=dirichlet:50",
        "imputation=none|mean|median  treatment=none|winsorise:5",
        "leave-one-out=all  year=latest|2024"
      })
  List<String> vary = new ArrayList<>();

  @Option(
      names = "--synthetic",
      paramLabel = "UNITSxINDICATORS",
      description =
          "Use a seeded random index instead of the data (e.g. 200x60: 10 dimensions in 2 layers, geometric"
              + " mean of the layers; varies indicator weights ×U(0.75,1.25), minmax:1,100 or frontier,"
              + " arithmetic or geometric dimensions).")
  String synthetic;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description =
          "Seed of the sampler (default: ${DEFAULT-VALUE}); results are a function of (seed, runs).")
  long seed;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Worker threads (default: all cores); results do not depend on it.")
  Integer threads;

  @Option(
      names = "--sampler",
      paramLabel = "KIND",
      defaultValue = "sobol",
      description =
          "sobol (quasi-random, scrambled by the seed) | random (default: ${DEFAULT-VALUE}).")
  String sampler;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar.")
  boolean quiet;

  int threads() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }

  Sampler sampler() {
    return Sampler.parse(sampler);
  }

  /** What the analysis runs on, and the input files for the manifest. */
  record Target(CompiledIndex index, List<InputFile> files) {}

  Target compile(RunOptions run) {
    if (synthetic != null) {
      SyntheticIndex s = SyntheticIndex.parse(synthetic, seed);
      Assumptions a = explicit();
      return new Target(
          CompiledIndex.compile(
              s.framework(),
              s.dataset(),
              Methodology.of(s.framework(), PipelineSpec.defaults()),
              a != null ? a : s.assumptions()),
          List.of());
    }
    Inputs in = run.inputs();
    Methodology spec = Methodology.of(in.framework(), run.spec());
    Assumptions a = explicit();
    if (a == null) {
      a = Assumptions.defaults(in.framework(), spec, in.dataset());
    }
    List<InputFile> files = new ArrayList<>(in.files());
    if (assumptions != null) {
      files.add(InputFile.of("assumptions", assumptions.toString(), Inputs.bytes(assumptions)));
    }
    return new Target(CompiledIndex.compile(in.framework(), in.dataset(), spec, a), files);
  }

  /** The assumptions of --assumptions and --vary, or null for the defaults. */
  private Assumptions explicit() {
    Assumptions fromFile = assumptions == null ? null : AssumptionFiles.read(assumptions);
    if (vary.isEmpty()) {
      return fromFile;
    }
    List<Assumption> items = new ArrayList<>(fromFile == null ? List.of() : fromFile.items());
    for (String v : vary) {
      int eq = v.indexOf('=');
      if (eq <= 0) {
        throw new InputException(
            "--vary " + v, "expected KEY=OPTION|OPTION", "write e.g. --vary imputation=none|mean");
      }
      Assumption a =
          Assumption.parse(
              "--vary", v.substring(0, eq), Arrays.asList(v.substring(eq + 1).split("\\|")));
      items.removeIf(x -> x.key().equals(a.key()));
      items.add(a);
    }
    return new Assumptions(items, fromFile == null ? null : fromFile.floor());
  }
}
