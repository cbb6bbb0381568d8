package org.aidx.analysis.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.aidx.data.Dataset;
import org.aidx.framework.Framework;
import org.aidx.framework.Levels;
import org.aidx.framework.Node;
import org.aidx.model.Direction;
import org.aidx.model.InputException;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;

/**
 * "What would it take": the smallest improvement of one lever (a dimension, i.e. all its
 * indicators, or one indicator) that brings an economy to a target rank or tier, other economies
 * unchanged.
 *
 * <p>The lever is a common factor f ≥ 1 applied to the economy's values: positive indicators are
 * multiplied by f, negative ones (such as diffusion variance) divided by f, so every indicator
 * improves. The index is assumed to rise with f; the search checks this on a log-spaced grid of f
 * in [1, maxFactor], takes the first grid point that reaches the target, and bisects in log f
 * between it and the grid point before until the two differ by less than the relative tolerance.
 * The result reaches the target, and f / (1 + tolerance) does not. A lever whose target is not met
 * even at maxFactor is "not reachable by this lever alone" (the index may be capped by the
 * normalisation, or held down by the geometric mean with the other layer). An indicator whose
 * framework declares a range ({@code range: [0, 100]} for a score or a percentile rank) is never
 * pushed past it: its value stops at the range's end, and a goal that needs more is "not reachable
 * within the indicator's range".
 *
 * <p>Example: Japan, rank 7, target rank 3 by compute: the factor is the f at which Japan's index
 * passes the third-placed economy's.
 *
 * @param maxFactor the largest factor tried (&gt; 1)
 * @param gridPoints grid points checked for monotonicity and for the first crossing (≥ 2)
 * @param tolerance relative width of the final bracket (&gt; 0)
 */
public record TargetSearch(double maxFactor, int gridPoints, double tolerance) {
  public TargetSearch {
    if (!(maxFactor > 1) || Double.isInfinite(maxFactor)) {
      throw new IllegalArgumentException("the largest factor must be above 1, got " + maxFactor);
    }
    if (gridPoints < 2) {
      throw new IllegalArgumentException("at least 2 grid points, got " + gridPoints);
    }
    if (!(tolerance > 0 && tolerance < 1)) {
      throw new IllegalArgumentException("the tolerance must be in (0, 1), got " + tolerance);
    }
  }

  /** Factors up to 1000, 24 grid points, relative tolerance 1e-6. */
  public static TargetSearch defaults() {
    return new TargetSearch(1000, 24, 1e-6);
  }

  public TargetSearch withMaxFactor(double f) {
    return new TargetSearch(f, gridPoints, tolerance);
  }

  /**
   * A target: a rank at least as good as {@code rank}, or a tier at least as high as {@code tier}.
   */
  public sealed interface Goal {
    boolean reached(IndexResult baseline, IndexResult r, int e);

    String label();
  }

  /** Rank R or better (ties share the average rank). */
  public record Rank(double rank) implements Goal {
    public Rank {
      if (!(rank >= 1)) {
        throw new IllegalArgumentException("a target rank must be at least 1, got " + rank);
      }
    }

    @Override
    public boolean reached(IndexResult baseline, IndexResult r, int e) {
      return r.rank(e) <= rank;
    }

    @Override
    public String label() {
      return "rank "
          + (rank == Math.rint(rank) ? Long.toString((long) rank) : Double.toString(rank));
    }
  }

  /** Tier T or higher, under the baseline's Jenks breaks (see {@link TierRule}). */
  public record Tier(int tier) implements Goal {
    public Tier {
      if (tier < 1) {
        throw new IllegalArgumentException("a target tier must be at least 1, got " + tier);
      }
    }

    @Override
    public boolean reached(IndexResult baseline, IndexResult r, int e) {
      int t = TierRule.tierUnder(baseline.tiering().breaks(), r.index(e));
      return t >= 1 && t <= tier;
    }

    @Override
    public String label() {
      return "tier " + tier;
    }
  }

  /**
   * The search on one lever.
   *
   * @param lever the node id scaled
   * @param reachable whether the goal is met at some factor ≤ maxFactor
   * @param factor the smallest factor found (1 if the goal is met already; NaN if not reachable)
   * @param index the economy's index at that factor (at maxFactor when not reachable)
   * @param rank its rank there
   * @param monotone whether the index never fell and the goal, once met, stayed met on the grid
   * @param indicators how many of the economy's indicators the lever scales
   * @param note why it is not reachable, whether the monotonicity check failed, and which improved
   *     values pass the best observed value; empty when there is nothing to say
   */
  public record Outcome(
      String lever,
      boolean reachable,
      double factor,
      double index,
      double rank,
      boolean monotone,
      int indicators,
      String note) {}

  /** Tries every dimension of the framework; reachable levers first, smallest factor first. */
  public List<Outcome> searchAll(
      Framework fw, Dataset data, Methodology method, String iso3, Goal goal) {
    IndexResult baseline = Pipeline.run(fw, data, method);
    List<Outcome> out = new ArrayList<>();
    for (Node.Aggregate d : Levels.dimensions(fw)) {
      out.add(search(fw, data, method, baseline, iso3, goal, d.id()));
    }
    out.sort(
        Comparator.comparing((Outcome o) -> !o.reachable())
            .thenComparingDouble(o -> o.reachable() ? o.factor() : -o.index()));
    return out;
  }

  /** Searches one lever (a dimension or an indicator id). */
  public Outcome search(
      Framework fw, Dataset data, Methodology method, String iso3, Goal goal, String lever) {
    return search(fw, data, method, Pipeline.run(fw, data, method), iso3, goal, lever);
  }

  private Outcome search(
      Framework fw,
      Dataset data,
      Methodology method,
      IndexResult baseline,
      String iso3,
      Goal goal,
      String lever) {
    Objects.requireNonNull(goal, "goal");
    int e0 = baseline.requireEconomy(iso3);
    Node node =
        fw.find(lever)
            .orElseThrow(
                () ->
                    new InputException(
                        "lever '" + lever + "'",
                        "is not a dimension or indicator of " + fw.id(),
                        Scenarios.suggestion(lever, fw.root().flatten().map(Node::id).toList())
                            .map(s -> "did you mean " + s + "?")
                            .orElse("see 'aidx framework show' for the ids")));
    List<Node.Indicator> inds =
        node.flatten()
            .filter(Node.Indicator.class::isInstance)
            .map(Node.Indicator.class::cast)
            .filter(i -> method.select(data, iso3, i.id()).isPresent())
            .toList();
    if (inds.isEmpty()) {
      return new Outcome(
          lever,
          false,
          Double.NaN,
          baseline.index(e0),
          baseline.rank(e0),
          true,
          0,
          iso3 + " has no value under " + lever + " to improve");
    }
    if (goal.reached(baseline, baseline, e0)) {
      return new Outcome(
          lever, true, 1, baseline.index(e0), baseline.rank(e0), true, inds.size(), "already met");
    }
    double[] grid = new double[gridPoints];
    IndexResult[] at = new IndexResult[gridPoints];
    boolean monotone = true;
    double prevIndex = baseline.index(e0);
    boolean prevMet = false;
    int first = -1;
    for (int k = 0; k < gridPoints; k++) {
      grid[k] = Math.pow(maxFactor, (k + 1.0) / gridPoints);
      at[k] = evaluate(fw, data, method, iso3, inds, grid[k]);
      int e = at[k].economyIndex(iso3);
      double idx = at[k].index(e);
      boolean met = goal.reached(baseline, at[k], e);
      if (idx < prevIndex - 1e-12 * Math.abs(prevIndex) || (prevMet && !met)) {
        monotone = false;
      }
      if (met && first < 0) {
        first = k;
      }
      prevIndex = idx;
      prevMet = met;
    }
    String mono =
        monotone
            ? ""
            : "the index is not monotone in the factor on the grid; a smaller factor may also work";
    if (first < 0) {
      IndexResult last = at[gridPoints - 1];
      int e = last.economyIndex(iso3);
      IndexResult before = at[gridPoints - 2];
      double gain = last.index(e) - before.index(before.economyIndex(iso3));
      List<String> capped = atRangeEnd(data, method, iso3, inds, maxFactor);
      if (!capped.isEmpty()) {
        return new Outcome(
            lever,
            false,
            Double.NaN,
            last.index(e),
            last.rank(e),
            monotone,
            inds.size(),
            String.format(
                Locale.ROOT,
                "not reachable within the indicator's range: %s; with %s the index is at most"
                    + " %.4f (rank %s)",
                String.join(", ", capped),
                capped.size() == inds.size()
                    ? "every value at its limit"
                    : "the others at ×" + num(maxFactor),
                last.index(e),
                num(last.rank(e))));
      }
      String why =
          gain <= 1e-9 * Math.abs(last.index(e))
              ? "the index stops rising (the normalisation caps it, or the other layer holds the"
                  + " geometric mean down)"
              : "the index rises too slowly";
      return new Outcome(
          lever,
          false,
          Double.NaN,
          last.index(e),
          last.rank(e),
          monotone,
          inds.size(),
          String.format(
              Locale.ROOT,
              "not reachable by this %s alone: at ×%s the index is %.4f (rank %s); %s",
              node instanceof Node.Indicator ? "indicator" : "dimension",
              num(maxFactor),
              last.index(e),
              num(last.rank(e)),
              why));
    }
    double lo = first == 0 ? 1 : grid[first - 1];
    double hi = grid[first];
    IndexResult best = at[first];
    while (hi / lo > 1 + tolerance) {
      double mid = Math.sqrt(lo * hi);
      IndexResult r = evaluate(fw, data, method, iso3, inds, mid);
      if (goal.reached(baseline, r, r.economyIndex(iso3))) {
        hi = mid;
        best = r;
      } else {
        lo = mid;
      }
    }
    int e = best.economyIndex(iso3);
    List<String> beyond = beyondObserved(data, method, iso3, inds, hi);
    List<String> capped = atRangeEnd(data, method, iso3, inds, hi);
    List<String> parts = new ArrayList<>();
    if (!mono.isEmpty()) {
      parts.add(mono);
    }
    if (!beyond.isEmpty()) {
      parts.add("past the best observed value of " + String.join(", ", beyond));
    }
    if (!capped.isEmpty()) {
      parts.add("held at the end of the range: " + String.join(", ", capped));
    }
    String note = String.join("; ", parts);
    return new Outcome(lever, true, hi, best.index(e), best.rank(e), monotone, inds.size(), note);
  }

  /**
   * The indicators whose improved value would pass the best value any economy has (the largest for
   * a positive indicator, the smallest for a negative one): a factor that needs this leaves the
   * observed range, and for a bounded score (0–100, a percentile rank) may be unattainable.
   */
  static List<String> beyondObserved(
      Dataset data, Methodology method, String iso3, List<Node.Indicator> inds, double f) {
    List<String> out = new ArrayList<>();
    for (Node.Indicator i : inds) {
      boolean negative = i.direction() == Direction.NEGATIVE;
      double own = method.select(data, iso3, i.id()).orElseThrow().value();
      double improved = negative ? own / f : own * f;
      double bound = bound(i, own);
      if (!Double.isNaN(bound) && (negative ? improved < bound : improved > bound)) {
        improved = bound;
      }
      double best = negative ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      for (String e : data.economies()) {
        var o = method.select(data, e, i.id());
        if (o.isPresent()) {
          best = negative ? Math.min(best, o.get().value()) : Math.max(best, o.get().value());
        }
      }
      if (negative ? improved < best : improved > best) {
        out.add(i.id());
      }
    }
    return out;
  }

  /** The index with the economy's lever indicators improved by factor f. */
  public static IndexResult evaluate(
      Framework fw,
      Dataset data,
      Methodology method,
      String iso3,
      List<Node.Indicator> indicators,
      double f) {
    List<Change> changes = new ArrayList<>();
    for (Node.Indicator i : indicators) {
      var value = method.select(data, iso3, i.id());
      if (value.isEmpty()) {
        // a missing value (imputed in the run) has nothing to scale, as in a scenario
        continue;
      }
      double own = value.get().value();
      double k = i.direction() == Direction.NEGATIVE ? 1 / f : f;
      double bound = bound(i, own);
      boolean capped = !Double.isNaN(bound) && (k > 1 ? own * k > bound : own * k < bound);
      changes.add(new Change(iso3, i.id(), capped ? Operation.set(bound) : Operation.scale(k)));
    }
    Scenarios.Applied a =
        Scenarios.apply(fw, data, method, Scenario.of("target search ×" + f, changes));
    return Pipeline.run(fw, a.data(), method);
  }

  /**
   * The end of the indicator's declared range that improving moves towards (the maximum for a
   * positive indicator, the minimum for a negative one), or NaN when the range is not declared or
   * the value already lies beyond it (a value outside its range is left to the data checks).
   */
  static double bound(Node.Indicator i, double own) {
    if (i.range() == null || !i.range().contains(own)) {
      return Double.NaN;
    }
    return i.direction() == Direction.NEGATIVE ? i.range().min() : i.range().max();
  }

  /**
   * The indicators held at the end of their declared range at factor f, as {@code id (at its
   * maximum 100, reached at ×2.9)}.
   */
  static List<String> atRangeEnd(
      Dataset data, Methodology method, String iso3, List<Node.Indicator> inds, double f) {
    List<String> out = new ArrayList<>();
    for (Node.Indicator i : inds) {
      double own = method.select(data, iso3, i.id()).orElseThrow().value();
      double bound = bound(i, own);
      if (Double.isNaN(bound)) {
        continue;
      }
      boolean negative = i.direction() == Direction.NEGATIVE;
      double reachedAt = negative ? own / bound : bound / own;
      if (own == 0 || reachedAt <= f) {
        out.add(
            String.format(
                Locale.ROOT,
                "%s (at its %s %s%s)",
                i.id(),
                negative ? "minimum" : "maximum",
                num(bound),
                own == 0 ? "" : ", reached at ×" + num(reachedAt)));
      }
    }
    return out;
  }

  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
  }
}
