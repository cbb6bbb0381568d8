package org.aidx.report.exposure;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aidx.data.Dataset;
import org.aidx.exposure.EconomyExposure;
import org.aidx.exposure.GroupNames;
import org.aidx.exposure.GroupResult;
import org.aidx.exposure.Rescaling;
import org.aidx.exposure.StructureScheme;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.input.ExposureStep;
import org.aidx.output.Cells;

/**
 * Renders the exposure of each economy ({@code aidx exposure}) as CSV or a text table: exposed
 * share, exposure scale, diffusion and, with {@code groups}, each industry group's share.
 */
public final class ExposureWriter {
  private ExposureWriter() {}

  /** One row per economy, or per economy and industry group with {@code groups}. */
  public static void csv(
      PrintWriter w,
      Dataset base,
      StructureScheme s,
      GroupNames names,
      List<EconomyExposure> res,
      boolean groups) {
    if (groups) {
      w.println("iso3,year,scheme,group,group_name,share_percent,exposure,exposed_output_share");
      for (EconomyExposure e : res) {
        for (GroupResult g : e.groups()) {
          w.printf(
              Locale.ROOT,
              "%s,%d,%s,%s,%s,%s,%s,%s%n",
              e.iso3(),
              e.year(),
              s.id(),
              g.group(),
              Cells.cell(names.name(g.group())),
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
  }

  /**
   * An aligned table per economy, the industry groups' exposure and, with {@code groups}, shares.
   * The closing note names the diffusion indicator of {@code defaults}, the default framework.
   */
  public static void table(
      PrintWriter w,
      Dataset base,
      StructureScheme s,
      Rescaling r,
      GroupNames names,
      Framework defaults,
      List<EconomyExposure> res,
      boolean groups) {
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
            + " each group's share of AI-exposed output (1 to %d; higher = more even); 'variance' is"
            + " the published variance of the p (lower = more even).%n",
        s.groups().size());
    defaultDiffusion(defaults, s).ifPresent(w::println);
    if (!res.isEmpty()) {
      List<GroupResult> list = res.get(0).groups();
      w.println();
      w.println("Industry groups and their AI exposure (same in every economy):");
      for (GroupResult g : list) {
        w.printf(Locale.ROOT, "  %.3f  %s%n", g.exposure(), names.name(g.group()));
      }
      for (GroupResult g : list) {
        List<String> sections = names.sectionsOf(g.group());
        if (!sections.isEmpty()) {
          w.printf(
              Locale.ROOT,
              "%s holds the ISIC Rev.3 sections %s.%n",
              names.name(g.group()),
              String.join("; ", sections));
        }
      }
    }
    if (groups) {
      w.println();
      w.println("Per economy and industry group: share of output and share of AI-exposed output");
      w.printf(Locale.ROOT, "%-4s  %7s  %7s  %s%n", "iso3", "output", "exposed", "group");
      for (EconomyExposure e : res) {
        for (GroupResult g : e.groups()) {
          w.printf(
              Locale.ROOT,
              "%-4s  %6.1f%%  %6.1f%%  %s%n",
              e.iso3(),
              g.sharePercent(),
              100 * g.exposedOutputShare(),
              names.name(g.group()));
        }
      }
    }
  }

  /**
   * Which diffusion indicator the default framework uses and where this command shows it, read from
   * the framework, e.g. "The default framework (…) measures diffusion by
   * diffusion_variance_employment (…): the 'variance' column under --scheme employment."
   */
  static java.util.Optional<String> defaultDiffusion(Framework defaults, StructureScheme shown) {
    // the derived diffusion indicators: the scheme they are computed under and their column here
    Map<String, List<String>> where =
        Map.of(
            EconomyExposure.DIFFUSION_VARIANCE,
            List.of(StructureScheme.VALUE_ADDED.id(), "variance"),
            EconomyExposure.DIFFUSION_EFFECTIVE,
            List.of(StructureScheme.VALUE_ADDED.id(), "effective"),
            ExposureStep.DIFFUSION_VARIANCE_EMPLOYMENT,
            List.of(StructureScheme.EMPLOYMENT.id(), "variance"));
    List<String> used = new ArrayList<>();
    for (Node.Indicator i : defaults.indicators()) {
      List<String> at = where.get(i.id());
      if (at != null) {
        used.add(
            i.id()
                + " ("
                + i.name()
                + "): the '"
                + at.get(1)
                + "' column "
                + (at.get(0).equals(shown.id()) ? "of this table" : "under --scheme " + at.get(0)));
      }
    }
    if (used.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        "The default framework ("
            + defaults.name()
            + ") measures diffusion by "
            + String.join("; and ", used)
            + ".");
  }
}
