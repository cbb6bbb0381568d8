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
import org.aidx.framework.Transform;
import org.aidx.method.impute.Imputation;
import org.aidx.method.normalise.Frontier;
import org.aidx.method.normalise.MinMax;
import org.aidx.method.normalise.Normalisation;
import org.aidx.method.normalise.RankScore;
import org.aidx.method.normalise.Ratio;
import org.aidx.method.normalise.ZScore;
import org.aidx.model.Direction;
import org.aidx.model.Observation;
import org.aidx.model.Provenance;
import org.aidx.pipeline.PipelineSpec;
import org.aidx.pipeline.tier.Tiering;
import org.aidx.pipeline.treat.Treatment;

/**
 * A random index for differential tests (never a source of published numbers): a random tree of
 * depth 1 to 3 with random weights, aggregations, directions, transforms and per-indicator
 * normalisations; log-normal data with missing values (each economy keeps at least two) and zeros;
 * a random spec (reference, imputation, treatment, floors, tiers). Seeded: case k is always the
 * same.
 */
record RandomIndex(Framework framework, Dataset dataset, PipelineSpec spec) {
  private static final Aggregation[] AGG = Aggregation.values();

  static RandomIndex of(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int depth = 1 + r.nextInt(3);
    List<Node.Indicator> leaves = new ArrayList<>();
    int[] next = {0, 0};
    Node.Aggregate root = (Node.Aggregate) node(r, 0, depth, leaves, next);
    Normalisation fwNorm = normalisation(r);
    int ne = 3 + r.nextInt(25);
    List<String> eco = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (int e = 0; e < ne; e++) {
      String code = String.format(Locale.ROOT, "E%02d", e);
      eco.add(code);
      names.put(code, "Economy " + e);
    }
    String reference = r.nextInt(5) == 0 ? null : eco.get(r.nextInt(ne));
    boolean relative = reference != null && r.nextBoolean();
    Framework fw =
        new Framework(
            "random-" + seed,
            null,
            root,
            fwNorm,
            reference,
            relative,
            Map.of(),
            "random",
            r.nextInt(4) == 0 ? new Imputation(Imputation.Kind.RELATIVE, null) : null,
            r.nextInt(4) == 0 ? 0.5 : 0);
    Provenance prov = new Provenance("random, seed " + seed, "", "generated", "test data");
    List<Observation> obs = new ArrayList<>();
    int ni = leaves.size();
    double missing = r.nextInt(3) == 0 ? 0 : 0.2 * r.nextDouble();
    double zeros = r.nextInt(3) == 0 ? 0 : 0.15 * r.nextDouble();
    for (String code : eco) {
      double level = r.nextGaussian();
      int present = 0;
      for (int i = 0; i < ni; i++) {
        Node.Indicator ind = leaves.get(i);
        boolean last2 = ni - i <= 2 - present;
        if (!last2 && r.nextDouble() < missing) {
          continue;
        }
        present++;
        double x = 10 * Math.exp(0.5 * level + r.nextGaussian());
        if (ind.transform() == Transform.NONE && r.nextDouble() < zeros) {
          x = 0;
        } else if (r.nextInt(10) == 0) {
          x = Math.rint(x); // ties
        }
        obs.add(new Observation(code, ind.id(), 2020, x, prov));
      }
    }
    Imputation[] imp = {
      null,
      Imputation.none(),
      new Imputation(Imputation.Kind.RELATIVE, null),
      new Imputation(Imputation.Kind.MEAN, null),
      new Imputation(Imputation.Kind.MEDIAN, null)
    };
    Double[] floors = {null, 0.01, 0.3};
    PipelineSpec spec =
        PipelineSpec.defaults()
            .withImpute(imp[r.nextInt(imp.length)])
            .withTreat(r.nextInt(3) == 0 ? Treatment.winsorise(2) : Treatment.none())
            .withGeometricFloor(floors[r.nextInt(floors.length)])
            .withTiers(r.nextBoolean() ? Tiering.automatic() : Tiering.fixed(1 + r.nextInt(5)));
    if (r.nextInt(4) == 0) {
      spec = spec.withAggregate(AGG[r.nextInt(AGG.length)]);
    }
    if (r.nextInt(4) == 0) {
      spec = spec.withNormalise(normalisation(r));
    }
    return new RandomIndex(fw, Dataset.of(obs, names), spec);
  }

  private static Node node(
      SplittableRandom r, int level, int depth, List<Node.Indicator> leaves, int[] next) {
    double w = 0.2 + 3 * r.nextDouble();
    if (level == depth || (level > 0 && r.nextInt(5) == 0)) {
      String id = String.format(Locale.ROOT, "i%02d", next[0]++);
      Transform t = r.nextInt(6) == 0 ? Transform.LOG : Transform.NONE;
      Node.Indicator ind =
          new Node.Indicator(
              id,
              null,
              w,
              r.nextInt(4) == 0 ? Direction.NEGATIVE : Direction.POSITIVE,
              t,
              r.nextBoolean() ? null : normalisation(r),
              null,
              null);
      leaves.add(ind);
      return ind;
    }
    int nc = 1 + r.nextInt(level == 0 ? 3 : 4);
    List<Node> kids = new ArrayList<>();
    for (int c = 0; c < nc; c++) {
      kids.add(node(r, level + 1, depth, leaves, next));
    }
    String id = level == 0 ? "index" : String.format(Locale.ROOT, "a%02d", next[1]++);
    return new Node.Aggregate(id, null, "level" + level, w, AGG[r.nextInt(AGG.length)], kids, null);
  }

  private static Normalisation normalisation(SplittableRandom r) {
    switch (r.nextInt(7)) {
      case 0:
        return new Ratio();
      case 1:
        return MinMax.of(0, 1);
      case 2:
        return MinMax.of(1, 100);
      case 3:
        return ZScore.of(0, 1);
      case 4:
        return ZScore.of(10, 2);
      case 5:
        return new RankScore();
      default:
        return new Frontier();
    }
  }
}
