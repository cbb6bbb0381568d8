package org.aidx.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.aidx.data.Dataset;
import org.aidx.exposure.EconomyExposure;
import org.aidx.exposure.GroupResult;
import org.aidx.exposure.Rescaling;
import org.aidx.exposure.StructureScheme;
import org.aidx.input.Inputs;
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
    PrintWriter w = spec.commandLine().getOut();
    if (format.equalsIgnoreCase("csv")) {
      if (groups) {
        w.println("iso3,year,scheme,group,share_percent,exposure,exposed_output_share");
        for (EconomyExposure e : res) {
          for (GroupResult g : e.groups()) {
            w.printf(
                Locale.ROOT,
                "%s,%d,%s,%s,%s,%s,%s%n",
                e.iso3(),
                e.year(),
                s.id(),
                g.group(),
                g.sharePercent(),
                g.exposure(),
                g.exposedOutputShare());
          }
        }
      } else {
        w.println(
            "iso3,name,year,scheme,exposed_share,exposure_scale,diffusion_effective_industries,"
                + "diffusion_variance,gdp_ppp,gdp_year");
        for (EconomyExposure e : res) {
          w.printf(
              Locale.ROOT,
              "%s,\"%s\",%d,%s,%s,%s,%s,%s,%s,%d%n",
              e.iso3(),
              base.name(e.iso3()),
              e.year(),
              s.id(),
              e.exposedShare(),
              e.exposureScale(),
              e.diffusionEffectiveGroups(),
              e.diffusionVariance(),
              e.gdpPpp(),
              e.gdpYear());
        }
      }
      w.flush();
      return 0;
    }
    w.printf(Locale.ROOT, "AI exposure of output (%s structure, %s)%n%n", s.id(), r.description());
    w.printf(
        Locale.ROOT,
        "%-4s %-20s %5s %8s %16s %10s %10s%n",
        "iso3",
        "economy",
        "year",
        "exposed",
        "scale (PPP $bn)",
        "effective",
        "variance");
    for (EconomyExposure e : res) {
      String name = base.name(e.iso3());
      w.printf(
          Locale.ROOT,
          "%-4s %-20s %5d %7.1f%% %16.0f %10.3f %10.5f%s%n",
          e.iso3(),
          name.length() > 20 ? name.substring(0, 20) : name,
          e.year(),
          100 * e.exposedShare(),
          e.exposureScale() / 1e9,
          e.diffusionEffectiveGroups(),
          e.diffusionVariance(),
          e.skipped().isEmpty() ? "" : "  (skipped " + e.skipped().get(0).describe() + ")");
    }
    w.printf(
        Locale.ROOT,
        "%nDiffusion: 'effective' is the effective number of industry groups, 1 / Σ p², where p is"
            + " each group's share of AI-exposed output (1 to %d; higher = more even; the index's"
            + " default); 'variance' is the published variance of the p (lower = more even).%n",
        s.groups().size());
    if (!res.isEmpty()) {
      w.println();
      w.println("Industry groups and their AI exposure (same in every economy):");
      for (GroupResult g : res.get(0).groups()) {
        w.printf(Locale.ROOT, "  %-18s %.3f%n", g.group(), g.exposure());
      }
    }
    if (groups) {
      w.println();
      w.println("Per economy: group share of output % / share of AI-exposed output %");
      for (EconomyExposure e : res) {
        StringBuilder b = new StringBuilder(e.iso3());
        for (GroupResult g : e.groups()) {
          b.append(
              String.format(
                  Locale.ROOT,
                  "  %s %.1f/%.1f",
                  g.group(),
                  g.sharePercent(),
                  100 * g.exposedOutputShare()));
        }
        w.println(b);
      }
    }
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
