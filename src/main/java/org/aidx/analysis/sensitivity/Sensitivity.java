package org.aidx.analysis.sensitivity;

import java.util.List;
import java.util.Locale;
import org.aidx.analysis.uncertainty.CompiledIndex;
import org.aidx.analysis.uncertainty.Evaluator;
import org.aidx.analysis.uncertainty.Uncertainty;
import org.aidx.model.InputException;
import org.aidx.model.Names;

/**
 * Sobol sensitivity of an index to its uncertain assumptions: each assumption (all coordinates of a
 * weight assumption together) is one factor; the index is evaluated at the N(k + 2) points of a
 * {@link SaltelliDesign} on all threads, and a scalar target of each evaluation is analysed by
 * {@link SobolIndices}. Example: with the CICC defaults (k = 10) and N = 512, 6144 evaluations say
 * which assumption moves the ranks most.
 */
public final class Sensitivity {
  private Sensitivity() {}

  /**
   * What is analysed, per evaluation.
   *
   * @param kind {@code MEAN_ABS_RANK_SHIFT} (mean over economies of |rank − nominal rank|), {@code
   *     RANK} or {@code SCORE} of one economy
   * @param economy the economy for RANK and SCORE, else null
   */
  public record Target(Kind kind, String economy) {
    public enum Kind {
      MEAN_ABS_RANK_SHIFT,
      RANK,
      SCORE
    }

    public String label() {
      return switch (kind) {
        case MEAN_ABS_RANK_SHIFT -> "mean absolute rank shift";
        case RANK -> "rank of " + economy;
        default -> "index score of " + economy;
      };
    }

    /** Parses {@code mean-abs-rank-shift|rank:ISO3|score:ISO3}. */
    public static Target parse(String text) {
      String t = text == null ? "" : text.trim();
      String low = t.toLowerCase(Locale.ROOT);
      if (low.equals("mean-abs-rank-shift") || low.equals("shift")) {
        return new Target(Kind.MEAN_ABS_RANK_SHIFT, null);
      }
      if (low.startsWith("rank:") && t.length() > 5) {
        return new Target(Kind.RANK, t.substring(5).trim().toUpperCase(Locale.ROOT));
      }
      if (low.startsWith("score:") && t.length() > 6) {
        return new Target(Kind.SCORE, t.substring(6).trim().toUpperCase(Locale.ROOT));
      }
      throw new InputException(
          "--target " + text,
          "is not one of mean-abs-rank-shift, rank:ISO3, score:ISO3",
          "write e.g. --target rank:JPN");
    }
  }

  /** The indices and how they were estimated. */
  public record Result(Target target, SobolIndices indices, long evaluations, long seed) {}

  /**
   * @param n base sample size N (N(k + 2) evaluations)
   * @param bootstrap resamples for the 95% intervals
   * @throws InputException when the target names an unknown economy, N &lt; 2, or an evaluation
   *     fails
   */
  public static Result run(
      CompiledIndex ci,
      Target target,
      int n,
      long seed,
      int threads,
      int bootstrap,
      Uncertainty.Progress progress) {
    if (n < 2) {
      throw new InputException(
          "--samples " + n, "the base sample size must be at least 2", "pass e.g. --samples 512");
    }
    if (ci.factorKeys().isEmpty()) {
      throw new InputException(
          "assumptions", "no assumption varies", "give at least one with --vary or --assumptions");
    }
    List<String> eco = ci.economies();
    int te = -1;
    if (target.kind() != Target.Kind.MEAN_ABS_RANK_SHIFT) {
      te = eco.indexOf(target.economy());
      if (te < 0) {
        throw new InputException(
            "--target " + target.kind().name().toLowerCase(Locale.ROOT) + ":" + target.economy(),
            "unknown economy" + Names.didYouMean(target.economy(), eco),
            "name one of " + String.join(" ", eco));
      }
    }
    SaltelliDesign design = SaltelliDesign.of(ci.dimension(), ci.factorCoordinates(), n, seed);
    double[] y = new double[Math.toIntExact(design.evaluations())];
    String[] failure = new String[1];
    int ne = eco.size();
    int economy = te;
    double[] nominal = new double[ne];
    for (int e = 0; e < ne; e++) {
      nominal[e] = ci.nominalRank(e);
    }
    Uncertainty.parallel(
        ci,
        design,
        y.length,
        threads,
        progress,
        () ->
            (r, ev) -> {
              if (ev.failure() != null) {
                synchronized (failure) {
                  failure[0] = "evaluation " + r + ": " + ev.failure();
                }
                return;
              }
              y[(int) r] =
                  switch (target.kind()) {
                    case RANK -> ev.rank(economy);
                    case SCORE -> ev.index(economy);
                    default -> shift(ev, nominal, ne);
                  };
            });
    if (failure[0] != null) {
      throw new InputException(
          "sensitivity design",
          failure[0],
          "add a floor for geometric means (floor: 0.01 in the assumptions file) or drop the option");
    }
    for (double v : y) {
      if (Double.isNaN(v)) {
        throw new InputException(
            "--target " + target.label(),
            "the target is missing in some evaluations (the economy lost its index)",
            "choose another target or economy");
      }
    }
    return new Result(
        target,
        SobolIndices.estimate(ci.factorKeys(), y, n, bootstrap, seed, 0.95),
        y.length,
        seed);
  }

  private static double shift(Evaluator ev, double[] nominal, int ne) {
    double s = 0;
    int m = 0;
    for (int e = 0; e < ne; e++) {
      double r = ev.rank(e);
      if (r == r && nominal[e] == nominal[e]) {
        s += Math.abs(r - nominal[e]);
        m++;
      }
    }
    return m == 0 ? Double.NaN : s / m;
  }
}
