package org.aidx.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.aidx.data.Dataset;
import org.aidx.exposure.EconomyExposure;
import org.aidx.exposure.GroupNames;
import org.aidx.exposure.Rescaling;
import org.aidx.exposure.StructureScheme;
import org.aidx.framework.Framework;
import org.aidx.input.ExposureFiles;
import org.aidx.input.FrameworkFiles;
import org.aidx.input.Inputs;
import org.aidx.report.exposure.ExposureWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aidx exposure}: AI-exposed share of output, exposure scale and diffusion. */
@Command(
    name = "exposure",
    header = "AI-exposed share of output, exposure scale and diffusion per economy.",
    mixinStandardHelpOptions = true,
    description = {
      "AI exposure of each economy's output, from industry AI exposure (Felten, Raj & Seamans AIIE,",
      "NAICS 4-digit, rescaled to [0,1] and averaged per industry group) and the economy's industry",
      "structure (UN value added, or ILO employment with --scheme employment):",
      "  exposed share = Σ_g exposure_g × share_g / Σ_g share_g",
      "  exposure scale = exposed share × GDP at PPP",
      "  diffusion variance = variance over groups of each group's share of AI-exposed output (lower = more even)",
      "The structure year is the latest whose group shares sum to 100 ± 1 points (skipped years are reported).",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  aidx exposure --format csv",
      "  aidx exposure --scheme employment --rescaling normal-cdf --groups"
    })
final class ExposureCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--scheme",
      paramLabel = "SCHEME",
      defaultValue = "value-added",
      description = "value-added (7 groups, default) | employment (14 groups).")
  String scheme;

  @Option(
      names = "--rescaling",
      paramLabel = "METHOD",
      defaultValue = "minmax",
      description =
          "minmax (default) | normal-cdf: how standardised AIIE scores become [0,1] exposures.")
  String rescaling;

  @Option(
      names = "--year",
      paramLabel = "Y",
      description = "Latest structure and GDP year to use (default: latest complete).")
  Integer year;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table | csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--groups",
      description =
          "Also list, per economy and industry group, the share, exposure and share of exposed output.")
  boolean groups;

  @Override
  public Integer call() {
    StructureScheme s = StructureScheme.parse(scheme);
    Rescaling r = parseRescaling(rescaling);
    Dataset base = Inputs.embeddedBase();
    List<EconomyExposure> res = Inputs.exposure(base, s, r, year);
    GroupNames names = ExposureFiles.loadDefaultGroupNames();
    PrintWriter w = spec.commandLine().getOut();
    if (format.equalsIgnoreCase("csv")) {
      ExposureWriter.csv(w, base, s, names, res, groups);
      w.flush();
      return 0;
    }
    Framework defaults =
        FrameworkFiles.parse(
            "embedded:" + Inputs.CICC_FRAMEWORK, Inputs.resource(Inputs.CICC_FRAMEWORK));
    ExposureWriter.table(w, base, s, r, names, defaults, res, groups);
    w.flush();
    return 0;
  }

  static Rescaling parseRescaling(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "minmax":
      case "min-max":
        return Rescaling.MIN_MAX;
      case "normal-cdf":
      case "normal":
        return Rescaling.NORMAL_CDF;
      default:
        throw new IllegalArgumentException(
            "rescaling '" + text + "' is not one of minmax, normal-cdf");
    }
  }
}
