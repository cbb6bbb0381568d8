package org.aidx.analysis.uncertainty;

import java.util.List;
import org.aidx.data.Dataset;
import org.aidx.framework.Framework;
import org.aidx.model.InputException;
import org.aidx.model.Limits;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;

/**
 * Monte Carlo uncertainty analysis: N replications, each an evaluation of the index at one point of
 * the assumptions' hypercube, summarised per economy (rank and score quantiles, mean absolute rank
 * shift, tier probabilities).
 *
 * <p>Replication r always uses point r of the sampler and its results land at position r (scores of
 * the first {@link #PILOT} replications) or in integer histograms (ranks, tiers, later scores), so
 * the summary is the same whatever the number of threads, and memory does not grow with runs.
 * Example: {@code run(cicc, data, method, Assumptions.defaults(cicc, method), 2000, 1, 2, null)}
 * gives, per economy, its nominal rank, median rank and 5–95% interval over 2000 replications.
 */
public final class Uncertainty {
  /** Economies above which tier probabilities are skipped: Jenks costs O(k·n²) per replication. */
  public static final int MAX_TIER_UNITS = 50;

  private Uncertainty() {}

  /** Receives progress from the calling thread, about ten times a second. */
  @FunctionalInterface
  public interface Progress {
    void update(long done, long total);
  }

  /**
   * Receives each replication's evaluation on a worker thread. Implementations must only write to
   * positions owned by replication r, so that results do not depend on scheduling.
   */
  @FunctionalInterface
  public interface Sink {
    void accept(long r, Evaluator evaluator);

    /** Called after replications [from, to) of one chunk have been accepted. */
    default void endChunk(long from, long to) {}
  }

  /**
   * Replications of every robustness surface when none are asked for: the robustness command, the
   * report, the workbook, the profile, the dashboard and the API, and the panel's interval.
   */
  public static final int DEFAULT_RUNS = 1000;

  /** {@link #DEFAULT_RUNS} as an option's default value. */
  public static final String DEFAULT_RUNS_TEXT = "" + DEFAULT_RUNS;

  /** The seed of every robustness surface when none is given. */
  public static final long DEFAULT_SEED = 1;

  /**
   * The default robustness analysis of an index, the one every surface shows: the default
   * assumptions of the framework ({@link Assumptions#defaults(Framework, Methodology, Dataset)}),
   * Sobol points, all cores, tier probabilities, intervals as {@link IntervalPolicy} allows.
   */
  public static UncertaintySummary defaults(
      Framework fw, Dataset data, Methodology spec, int runs, long seed, Progress progress) {
    Assumptions a = Assumptions.defaults(fw, spec, data);
    return IntervalPolicy.apply(
        run(fw, data, spec, a, runs, seed, Runtime.getRuntime().availableProcessors(), progress),
        a);
  }

  /** Runs with Sobol points and no audit; see {@link #run(CompiledIndex, Options, Progress)}. */
  public static UncertaintySummary run(
      Framework fw,
      Dataset data,
      Methodology method,
      Assumptions assumptions,
      int runs,
      long seed,
      int threads,
      Progress progress) {
    return run(
        CompiledIndex.compile(fw, data, method, assumptions),
        new Options(runs, seed, Sampler.SOBOL, threads, false, true),
        progress);
  }

  /**
   * How to run.
   *
   * @param runs replications, at least 1
   * @param threads worker threads, at least 1
   * @param keepRanks keep every replication's ranks (for an audit file), 4 bytes per economy each
   * @param tiers compute tier probabilities (skipped anyway above {@link #MAX_TIER_UNITS})
   */
  public record Options(
      int runs, long seed, Sampler sampler, int threads, boolean keepRanks, boolean tiers) {
    public Options {
      Limits.range("--runs", runs, 1, Limits.MAX_RUNS, "replications");
      Limits.range("--threads", threads, 1, Limits.MAX_THREADS, "threads");
    }
  }

  /** The result of a run with, when kept, every replication's ranks. */
  public record Outcome(UncertaintySummary summary, int[] doubledRanks) {
    /** Rank of economy e in replication r (needs keepRanks); NaN when missing. */
    public double rank(long r, int e) {
      int ne = summary.economies().size();
      int v = doubledRanks[(int) (r * ne + e)];
      return v == 0 ? Double.NaN : v / 2.0;
    }
  }

  /**
   * Replications whose index scores are kept exactly: the first {@value} (run on one thread, which
   * leaves the other cores to the JIT compiler while the loop is still interpreted). Up to this
   * many runs, score and gap quantiles are exact; beyond, they come from {@link ScoreBins} spanning
   * the range these replications found, so memory does not grow with the number of runs.
   */
  public static final int PILOT = 4096;

  public static UncertaintySummary run(CompiledIndex ci, Options o, Progress progress) {
    return runKeeping(ci, o, progress).summary();
  }

  /**
   * Runs and keeps, when asked, every replication's ranks in economy order of the compiled index.
   * Replications [0, {@link #PILOT}) run first on one thread and keep their index scores; the rest
   * run on every thread into integer histograms only (ranks, tiers, {@link ScoreBins}), merged
   * exactly, so the summary does not depend on the thread count (see {@link Runner}).
   */
  public static Outcome runKeeping(CompiledIndex ci, Options o, Progress progress) {
    return Runner.runKeeping(ci, o, progress);
  }

  /** Evaluates replication r alone: the same point and ranks as in a full run. */
  public static Evaluator replay(CompiledIndex ci, Sampler sampler, long seed, long r) {
    Sampler.Points points = sampler.points(Math.max(ci.dimension(), 1), seed);
    double[] u = new double[points.dimension()];
    points.point(r, u);
    Evaluator ev = ci.evaluator();
    if (!ev.evaluate(u)) {
      throw new InputException("replication " + r, ev.failure(), "add a floor for geometric means");
    }
    return ev;
  }

  /**
   * Regenerates replication r as a full {@link IndexResult} through the ordinary pipeline ({@link
   * CompiledIndex#replay}) and checks it against the fast engine: every index score to {@link
   * CompiledIndex#FAST_TOLERANCE} (relative) and every rank exactly, but for an economy whose score
   * is that close to another's (a near-tie the fast functions may order either way).
   *
   * @throws InputException when the replication cannot be evaluated
   * @throws IllegalStateException when the two engines disagree (a bug)
   */
  public static IndexResult regenerate(CompiledIndex ci, Sampler sampler, long seed, long r) {
    Sampler.Points points = sampler.points(Math.max(ci.dimension(), 1), seed);
    double[] u = new double[points.dimension()];
    points.point(r, u);
    Evaluator ev = replay(ci, sampler, seed, r);
    IndexResult full = ci.replay(u);
    List<String> eco = ci.economies();
    for (int e = 0; e < eco.size(); e++) {
      int k = full.economyIndex(eco.get(e));
      double x = k < 0 ? Double.NaN : full.index(k);
      double y = ev.index(e);
      double rx = k < 0 ? Double.NaN : full.rank(k);
      boolean same =
          (Double.isNaN(x) && Double.isNaN(y))
              || Math.abs(x - y) <= CompiledIndex.FAST_TOLERANCE * Math.max(1, Math.abs(x));
      boolean sameRank = Double.compare(rx, ev.rank(e)) == 0 || nearTie(ev, e, eco.size());
      if (!same || !sameRank) {
        throw new IllegalStateException(
            "replication "
                + r
                + ": the pipeline gives "
                + eco.get(e)
                + " index "
                + x
                + " rank "
                + rx
                + ", the fast engine "
                + y
                + " rank "
                + ev.rank(e));
      }
    }
    return full;
  }

  /** Whether economy e's score is within the fast tolerance of another economy's. */
  static boolean nearTie(Evaluator ev, int e, int ne) {
    double y = ev.index(e);
    for (int f = 0; f < ne; f++) {
      double z = ev.index(f);
      if (f != e
          && Math.abs(y - z) <= 2 * CompiledIndex.FAST_TOLERANCE * Math.max(1, Math.abs(y))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sampled assumptions of replication r, one value per {@link CompiledIndex#sampledColumns()}.
   */
  public static List<String> sampled(CompiledIndex ci, Sampler sampler, long seed, long r) {
    return sampled(ci, sampler.points(Math.max(ci.dimension(), 1), seed), r);
  }

  /**
   * As {@link #sampled(CompiledIndex, Sampler, long, long)} with the sampler's points built once.
   */
  public static List<String> sampled(CompiledIndex ci, Sampler.Points points, long r) {
    double[] u = new double[points.dimension()];
    points.point(r, u);
    return ci.evaluator().describe(u);
  }

  /**
   * Evaluates replications 0 .. runs−1 on {@code threads} threads, each with its own evaluator and
   * sink (made by {@code sinks} on that thread), in chunks taken in order.
   */
  public static void parallel(
      CompiledIndex ci,
      Sampler.Points points,
      long runs,
      int threads,
      Progress progress,
      java.util.function.Supplier<Sink> sinks) {
    Runner.parallel(ci, points, 0, runs, threads, progress, runs, sinks);
  }

  static UncertaintySummary.Spread spread(double nominal, float[] v, int m) {
    if (m == 0) {
      return new UncertaintySummary.Spread(nominal, Double.NaN, Double.NaN, Double.NaN);
    }
    double[] q = OrderStatistics.of(v, m, 0.5, 0.05, 0.95);
    return new UncertaintySummary.Spread(nominal, q[0], q[1], q[2]);
  }
}
