package org.aidx.exposure;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.aidx.model.Observation;
import org.aidx.model.Provenance;

/**
 * The AI exposure of one economy's output, from one year of its industry structure.
 *
 * <p>Example (3 groups with exposures 0.2, 0.5, 1.0 and shares 50%, 30%, 20%, GDP at PPP 1000):
 * exposed share 0.45, exposure scale 450, shares of exposed output (2/9, 3/9, 4/9), diffusion
 * variance ((2/9 − 1/3)² + 0 + (4/9 − 1/3)²)/3 = 2/243, effective number of groups 1/((2/9)² +
 * (3/9)² + (4/9)²) = 81/29 ≈ 2.79 (at most 3, reached when the three groups hold equal shares).
 *
 * @param iso3 the economy
 * @param year the year of the industry structure used
 * @param scheme the structure scheme (value added or employment)
 * @param exposedShare Σ e_g·s_g / Σ s_g, in [0, 1]
 * @param exposureScale exposed share × GDP at PPP, in international $
 * @param gdpPpp the GDP at PPP used
 * @param gdpYear the year of that GDP
 * @param diffusionVariance population variance over all groups of the scheme of p_g (lower = AI
 *     exposure spread more evenly over the economy)
 * @param shareTotalPercent Σ s_g as published (100 ± rounding)
 * @param groups one result per group of the scheme, in scheme order
 * @param skipped incomplete later years passed over
 * @param exposureBasis how group exposures were made, for provenance notes
 */
public record EconomyExposure(
    String iso3,
    int year,
    StructureScheme scheme,
    double exposedShare,
    double exposureScale,
    double gdpPpp,
    int gdpYear,
    double diffusionVariance,
    double shareTotalPercent,
    List<GroupResult> groups,
    List<SkippedYear> skipped,
    String exposureBasis) {

  public static final String EXPOSED_SHARE = "exposed_share";
  public static final String EXPOSURE_SCALE = "ai_exposed_output_ppp";
  public static final String DIFFUSION_VARIANCE = "diffusion_variance";
  public static final String DIFFUSION_EFFECTIVE = "diffusion_effective_industries";
  public static final String DIFFUSION_EFFECTIVE_UNIT =
      "effective number of industry groups (1 / Herfindahl index of shares of AI-exposed output)";

  /** GDP at PPP ({@link ExposureEngine#GDP_PPP}) is in current international $, so this is too. */
  public static final String EXPOSURE_SCALE_UNIT =
      "current international $ (PPP), AI-exposed output";

  public static final String DIFFUSION_UNIT = "variance of shares";

  public EconomyExposure {
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(scheme, "scheme");
    groups = List.copyOf(groups);
    skipped = List.copyOf(skipped);
    exposureBasis = exposureBasis == null ? "" : exposureBasis;
    if (!(exposedShare >= 0 && exposedShare <= 1)) {
      throw new IllegalArgumentException(
          "exposed share of " + iso3 + " must be in [0, 1], got " + exposedShare);
    }
  }

  /**
   * Diffusion as an evenness measure: the effective number of industry groups, 1 / Σ_g p_g², where
   * p_g is each group's share of AI-exposed output. It runs from 1 (all exposed output in one
   * group) to G (every group of the scheme holds the same share), so unlike the variance it is
   * bounded and higher means more even; it is the inverse of the Herfindahl–Hirschman index of the
   * shares. The published variance and this measure order economies the same way for a fixed number
   * of groups (variance = (Σ p² − 1/G)/G), but the ratio of two variances is unbounded while the
   * ratio of two effective numbers lies within [1/G, G].
   */
  public double diffusionEffectiveGroups() {
    double hhi = 0;
    for (GroupResult g : groups) {
      hhi += g.exposedOutputShare() * g.exposedOutputShare();
    }
    return 1 / hhi;
  }

  /**
   * The four indicators as observations dated with the structure year: {@code exposed_share},
   * {@code exposure_scale}, {@code diffusion_variance} and {@code diffusion_effective_industries}.
   * Their provenance names the sources, the structure year (and skipped years) and, for the scale,
   * the GDP year.
   */
  public List<Observation> observations() {
    String source = "derived by aidx from " + scheme.source() + " and Felten, Raj & Seamans AIIE";
    String location = "aidx exposure: " + iso3 + " " + scheme.id() + " structure " + year;
    String note =
        "industry structure year "
            + year
            + (skipped.isEmpty()
                ? ""
                : " (later years incomplete: "
                    + String.join("; ", skipped.stream().map(SkippedYear::describe).toList())
                    + ")")
            + "; "
            + groups.size()
            + " "
            + scheme.id()
            + " groups"
            + (exposureBasis.isEmpty() ? "" : "; " + exposureBasis);
    String gdpNote =
        String.format(
            Locale.ROOT, "; GDP at PPP of %d: %.0f current international $", gdpYear, gdpPpp);
    return List.of(
        new Observation(
            iso3,
            EXPOSED_SHARE,
            year,
            exposedShare,
            new Provenance(source, scheme.unit(), location, note)),
        new Observation(
            iso3,
            EXPOSURE_SCALE,
            year,
            exposureScale,
            new Provenance(source, EXPOSURE_SCALE_UNIT, location, note + gdpNote)),
        new Observation(
            iso3,
            DIFFUSION_VARIANCE,
            year,
            diffusionVariance,
            new Provenance(source, DIFFUSION_UNIT, location, note)),
        new Observation(
            iso3,
            DIFFUSION_EFFECTIVE,
            year,
            diffusionEffectiveGroups(),
            new Provenance(source, DIFFUSION_EFFECTIVE_UNIT, location, note)));
  }
}
