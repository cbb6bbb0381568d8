package org.aidx.exposure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.aidx.model.InputException;
import org.aidx.model.Problem;

/**
 * The AI exposure of each NAICS-4 industry, rescaled from the standardised AIIE score to [0, 1],
 * and its mean per structure group.
 *
 * <p>Example: four industries with AIIE (−2, −1, 0, 2), the first three mapped to {@code ISIC3_A-B}
 * and the last to {@code ISIC3_J-P}. Min-max over all four gives (0, 0.25, 0.5, 1); the group
 * exposures are A-B = (0 + 0.25 + 0.5)/3 = 0.25 and J-P = 1. With {@link Rescaling#NORMAL_CDF} they
 * would be (Φ(−2) + Φ(−1) + Φ(0))/3 ≈ 0.2272 and Φ(2) ≈ 0.9772.
 *
 * <p>The rescaling runs over every industry held, so removing one industry can change every
 * exposure. The group mean is unweighted: the shipped AIIE table has no industry sizes.
 */
public final class IndustryExposure {
  private final List<Industry> industries;
  private final Rescaling rescaling;
  private final double[] exposures;

  private IndustryExposure(List<Industry> industries, Rescaling rescaling) {
    this.industries = List.copyOf(industries);
    this.rescaling = Objects.requireNonNull(rescaling, "rescaling");
    List<Problem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Industry i : this.industries) {
      if (!seen.add(i.naics4() + "\u0000" + i.title())) {
        problems.add(
            new Problem(
                i.location(),
                "industry " + i.label() + " appears twice",
                "keep one row per NAICS code and title"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    double[] z = new double[this.industries.size()];
    for (int i = 0; i < z.length; i++) {
      z[i] = this.industries.get(i).aiie();
    }
    this.exposures = rescaling.rescale(z);
  }

  /**
   * Min-max rescaled exposures.
   *
   * @throws InputException if an industry (code and title) repeats or every score is equal
   */
  public static IndustryExposure of(List<Industry> industries) {
    return new IndustryExposure(industries, Rescaling.MIN_MAX);
  }

  /** The same industries rescaled another way. */
  public IndustryExposure withRescaling(Rescaling other) {
    return new IndustryExposure(industries, other);
  }

  public List<Industry> industries() {
    return industries;
  }

  public Rescaling rescaling() {
    return rescaling;
  }

  /** The rescaled exposure of each industry, in the order of {@link #industries()}. */
  public List<Double> exposures() {
    List<Double> out = new ArrayList<>(exposures.length);
    for (double e : exposures) {
      out.add(e);
    }
    return List.copyOf(out);
  }

  /**
   * The exposure of every group of a scheme, in the scheme's group order.
   *
   * @throws InputException listing industries no rule matches and groups no industry maps to (a
   *     group without industries has no exposure)
   */
  public Map<String, GroupExposure> groupExposures(
      IndustryMapping mapping, StructureScheme scheme) {
    mapping.requireCovers(industries);
    Map<String, List<Integer>> members = new LinkedHashMap<>();
    scheme.groups().forEach(g -> members.put(g, new ArrayList<>()));
    for (int i = 0; i < industries.size(); i++) {
      members.get(mapping.groupOf(industries.get(i), scheme)).add(i);
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, GroupExposure> out = new LinkedHashMap<>();
    members.forEach(
        (group, idx) -> {
          if (idx.isEmpty()) {
            problems.add(
                new Problem(
                    "industry mapping, scheme " + scheme.id(),
                    "no AIIE industry maps to group " + group + ", so it has no exposure",
                    "map at least one NAICS prefix to " + group));
            return;
          }
          double sum = 0;
          List<String> labels = new ArrayList<>();
          for (int i : idx) {
            sum += exposures[i];
            labels.add(industries.get(i).label());
          }
          // Clamp rounding of a mean of numbers in [0, 1].
          double mean = Math.min(1.0, Math.max(0.0, sum / idx.size()));
          out.put(group, new GroupExposure(group, mean, labels));
        });
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return Collections.unmodifiableMap(out);
  }
}
