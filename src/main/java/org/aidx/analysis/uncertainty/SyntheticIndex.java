package org.aidx.analysis.uncertainty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.aidx.data.Dataset;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.method.normalise.Frontier;
import org.aidx.method.normalise.MinMax;
import org.aidx.model.Direction;
import org.aidx.model.InputException;
import org.aidx.model.Limits;
import org.aidx.model.Observation;
import org.aidx.model.Provenance;

/**
 * A seeded random index for scale runs (never a source of published numbers): {@code units}
 * economies and {@code indicators} indicators split evenly over 10 dimensions, 5 per layer; the
 * dimensions combined by weighted arithmetic means into two layers, the layers by a geometric mean.
 * Values are log-normal with a shared per-unit factor, so indicators correlate positively, as real
 * ones do.
 *
 * <p>Its assumptions: each indicator weight × U(0.75, 1.25), renormalised within its dimension;
 * normalisation min-max onto [1, 100] or ratio to the best performer (frontier; the ×100 of the
 * published recipe rescales every score alike and changes no rank); dimension aggregation weighted
 * arithmetic or weighted geometric mean. Example: {@code of(200, 60, 1)} gives 6 indicators per
 * dimension.
 */
public record SyntheticIndex(Framework framework, Dataset dataset, Assumptions assumptions) {
  public static final int DIMENSIONS = 10;

  /** Parses {@code UNITSxINDICATORS}, e.g. {@code 200x60}. */
  public static SyntheticIndex parse(String text, long seed) {
    String[] p = text == null ? new String[0] : text.toLowerCase(Locale.ROOT).split("x");
    try {
      if (p.length == 2) {
        long units = Long.parseLong(p[0].trim());
        long indicators = Long.parseLong(p[1].trim());
        // sizes beyond an int are refused here, with their memory, before any cast
        String option = "--synthetic " + text;
        double bytes = (double) units * indicators * BYTES_PER_VALUE;
        Limits.range(option, units, 3, Limits.MAX_UNITS, "units", bytes);
        Limits.range(option, indicators, DIMENSIONS, Limits.MAX_INDICATORS, "indicators", bytes);
        return of((int) units, (int) indicators, seed);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputException(
        "--synthetic " + text,
        "expected UNITSxINDICATORS",
        "write e.g. --synthetic 200x60 (200 units, 60 indicators)");
  }

  /**
   * Memory per value of a synthetic index once compiled (the observation, the dataset's index of
   * it, and the normalised values and logs of each data variant), measured with {@code -Xlog:gc} on
   * 200x2000 and 400x4000: about 290 bytes.
   */
  static final int BYTES_PER_VALUE = 300;

  public static SyntheticIndex of(int units, int indicators, long seed) {
    String option = "--synthetic " + units + "x" + indicators;
    if (units < 3 || indicators < DIMENSIONS) {
      throw new InputException(
          option,
          "needs at least 3 units and " + DIMENSIONS + " indicators (one per dimension)",
          "write e.g. --synthetic 200x60");
    }
    double bytes = (double) units * indicators * BYTES_PER_VALUE;
    Limits.range(option, units, 3, Limits.MAX_UNITS, "units", bytes);
    Limits.range(option, indicators, DIMENSIONS, Limits.MAX_INDICATORS, "indicators", bytes);
    Limits.range(
        option,
        (long) units * indicators,
        30,
        Limits.MAX_VALUES,
        "values (units × indicators)",
        bytes);
    Limits.memory(
        option,
        bytes,
        units + " × " + indicators + " values × about " + BYTES_PER_VALUE + " bytes");
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Node> layers = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    int next = 0;
    for (int l = 0; l < 2; l++) {
      List<Node> dims = new ArrayList<>();
      for (int d = 0; d < DIMENSIONS / 2; d++) {
        int dim = l * DIMENSIONS / 2 + d;
        int count = indicators / DIMENSIONS + (dim < indicators % DIMENSIONS ? 1 : 0);
        List<Node> inds = new ArrayList<>();
        for (int k = 0; k < count; k++) {
          String id = padded("x", ++next, 3);
          ids.add(id);
          inds.add(new Node.Indicator(id, id, 1, Direction.POSITIVE, null, null, null, null));
        }
        dims.add(
            new Node.Aggregate(
                "d" + (dim + 1), null, "dimension", 1, Aggregation.ARITHMETIC, inds, null));
      }
      layers.add(
          new Node.Aggregate(
              "layer" + (l + 1), null, "layer", 1, Aggregation.ARITHMETIC, dims, null));
    }
    Node.Aggregate root =
        new Node.Aggregate(
            "index", "Synthetic index", "index", 1, Aggregation.GEOMETRIC, layers, null);
    Framework fw =
        new Framework(
            "synthetic-" + units + "x" + indicators,
            "Synthetic index ("
                + units
                + " units × "
                + indicators
                + " indicators, seed "
                + seed
                + ")",
            root,
            MinMax.of(1, 100),
            null,
            false,
            Map.of(),
            "synthetic");
    List<Observation> obs = new ArrayList<>(units * indicators);
    Map<String, String> names = new LinkedHashMap<>();
    Provenance prov = new Provenance("synthetic, seed " + seed, "", "generated", "random data");
    for (int u = 0; u < units; u++) {
      String code = padded("U", u + 1, 4);
      names.put(code, "Unit " + (u + 1));
      double level = rnd.nextGaussian();
      for (String id : ids) {
        obs.add(
            new Observation(
                code, id, 2025, 100 * Math.exp(0.6 * level + rnd.nextGaussian()), prov));
      }
    }
    Assumptions a =
        Assumptions.of(
            List.of(
                new Assumption.UniformWeights("indicator", 0.25),
                new Assumption.Normalisations(List.of(MinMax.of(1, 100), new Frontier())),
                new Assumption.Aggregations(
                    "dimension", List.of(Aggregation.ARITHMETIC, Aggregation.GEOMETRIC))));
    return new SyntheticIndex(fw, Dataset.of(obs, names), a);
  }

  /**
   * {@code prefix} and n with leading zeros to at least {@code digits} digits: {@code padded("U",
   * 7, 4)} is {@code U0007}, as {@code String.format("U%04d", 7)}, whose first call alone costs
   * tens of milliseconds of start-up.
   */
  static String padded(String prefix, int n, int digits) {
    String d = Integer.toString(n);
    return prefix + "0".repeat(Math.max(0, digits - d.length())) + d;
  }
}
