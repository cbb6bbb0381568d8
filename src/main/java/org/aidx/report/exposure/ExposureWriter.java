package org.aidx.report.exposure;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.aidx.data.Dataset;
import org.aidx.exposure.EconomyExposure;
import org.aidx.exposure.GroupResult;
import org.aidx.exposure.Rescaling;
import org.aidx.exposure.StructureScheme;

/**
 * Renders the exposure of each economy ({@code aidx exposure}) as CSV or a text table: exposed
 * share, exposure scale, diffusion and, with {@code groups}, each industry group's share.
 */
public final class ExposureWriter {
  private ExposureWriter() {}

  /** One row per economy, or per economy and industry group with {@code groups}. */
  public static void csv(
      PrintWriter w, Dataset base, StructureScheme s, List<EconomyExposure> res, boolean groups) {
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
  }

  /**
   * An aligned table per economy, the industry groups' exposure and, with {@code groups}, shares.
   */
  public static void table(
      PrintWriter w,
      Dataset base,
      StructureScheme s,
      Rescaling r,
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
  }
}
