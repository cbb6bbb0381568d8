package org.aidx.analysis.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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

  private static final int CHUNK = 256;

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

  /**
   * Stops before allocating when a run would not fit: the first {@link #PILOT} replications' index
   * scores (4 bytes per economy each), every replication's ranks when kept, and per thread a rank
   * histogram (economies × (2 × economies + 2) counts), a tier histogram, a chunk of scores and the
   * score bins.
   */
  static void checkMemory(long runs, long ne, long threads, long k, boolean keep) {
    double perRun = keep ? ne * 4.0 : 0;
    double fixed = Math.min(runs, PILOT) * ne * 4.0;
    double perThread =
        ne * (2.0 * ne + 2) * 4
            + ne * (k + 1) * 4.0
            + CHUNK * ne * 4.0
            + (runs > PILOT ? 2.0 * ne * (ScoreBins.BINS + 2) * 4 + ne * 32.0 : 0);
    String option = "--runs " + runs + " on " + ne + " economies";
    if (keep && runs * ne > Integer.MAX_VALUE - 8) {
      throw new InputException(
          option,
          "runs × economies = "
              + runs * ne
              + " exceeds the "
              + (Integer.MAX_VALUE - 8)
              + " ranks one table can hold (--replications keeps every replication's ranks)",
          "use fewer runs with --replications: at most " + (Integer.MAX_VALUE - 8) / ne);
    }
    Limits.memory(
        option,
        runs * perRun + fixed + threads * perThread,
        (keep ? runs + " runs × " + Limits.human(perRun) + " of kept ranks + " : "")
            + Limits.human(fixed)
            + " of exact scores + "
            + threads
            + " threads × "
            + Limits.human(perThread)
            + " of rank histograms and score bins");
  }

  public static UncertaintySummary run(CompiledIndex ci, Options o, Progress progress) {
    return runKeeping(ci, o, progress).summary();
  }

  /**
   * Runs and keeps, when asked, every replication's ranks in economy order of the compiled index.
   * Replications [0, {@link #PILOT}) run first on one thread and keep their index scores; the rest
   * run on every thread into integer histograms only (ranks, tiers, {@link ScoreBins}), merged
   * exactly, so the summary does not depend on the thread count.
   */
  public static Outcome runKeeping(CompiledIndex ci, Options o, Progress progress) {
    int ne = ci.economies().size();
    int runs = o.runs();
    Sampler.Points points = o.sampler().points(Math.max(ci.dimension(), 1), o.seed());
    boolean tiers = o.tiers() && ne <= MAX_TIER_UNITS && ci.tierCount() > 0;
    int k = tiers ? ci.tierCount() : 0;
    int threads = Math.min(o.threads(), Math.max(1, (runs + CHUNK - 1) / CHUNK));
    checkMemory(runs, ne, threads, k, o.keepRanks());
    int pilot = Math.min(runs, PILOT);
    // the pilot's index scores, economy-major: scores[e * pilot + r]
    float[] scores = new float[Math.multiplyExact(pilot, ne)];
    int[] kept = o.keepRanks() ? new int[Math.multiplyExact(runs, ne)] : null;
    int[][][] hist = new int[threads][ne][2 * ne + 2];
    int[][][] tierHist = new int[threads][ne][k + 1];
    AtomicLong failedAt = new AtomicLong(Long.MAX_VALUE);
    AtomicReference<String> failure = new AtomicReference<>();
    int ref = ci.reference();
    ScoreBins[] bins = new ScoreBins[threads];
    int[] slot = {0};
    java.util.function.Supplier<Sink> sinks =
        () -> {
          int t;
          synchronized (slot) {
            t = slot[0]++;
          }
          int[][] h = hist[t];
          int[][] th = tierHist[t];
          ScoreBins sb = bins[t];
          // scores of the current chunk, replication-major, moved to economy-major storage at the
          // end of the chunk so that both the writes and the summary's reads are sequential
          float[] chunk = sb == null ? new float[CHUNK * ne] : null;
          return new Sink() {
            @Override
            public void accept(long r, Evaluator ev) {
              if (ev.failure() != null) {
                synchronized (failedAt) {
                  if (r < failedAt.get()) {
                    failedAt.set(r);
                    failure.set(ev.failure());
                  }
                }
                return;
              }
              for (int e = 0; e < ne; e++) {
                h[e][ev.doubledRank(e)]++;
              }
              if (sb == null) {
                int base = (int) (r % CHUNK) * ne;
                for (int e = 0; e < ne; e++) {
                  chunk[base + e] = (float) ev.index(e);
                }
              } else {
                sb.add(ev.scores(), ref);
              }
              if (kept != null) {
                int at = (int) (r * ne);
                for (int e = 0; e < ne; e++) {
                  kept[at + e] = ev.doubledRank(e);
                }
              }
              if (tiers) {
                int[] ts = ev.assignTiers();
                for (int e = 0; e < ne; e++) {
                  th[e][ts[e]]++;
                }
              }
            }

            @Override
            public void endChunk(long from, long to) {
              if (chunk == null) {
                return;
              }
              int n = (int) (to - from);
              for (int e = 0; e < ne; e++) {
                long at = (long) e * pilot + from;
                for (int k = 0; k < n; k++) {
                  scores[(int) (at + k)] = chunk[k * ne + e];
                }
              }
            }
          };
        };
    parallel(ci, points, 0, pilot, 1, progress, runs, sinks);
    ScoreBins merged = null;
    if (runs > pilot && failure.get() == null) {
      slot[0] = 0;
      ScoreBins.Ranges ranges = ScoreBins.ranges(scores, pilot, ne, ref);
      for (int t = 0; t < threads; t++) {
        bins[t] = new ScoreBins(ranges);
      }
      parallel(ci, points, pilot, runs, threads, progress, runs, sinks);
      merged = new ScoreBins(ranges);
      merged.addPilot(scores, pilot, ref);
      for (ScoreBins b : bins) {
        merged.merge(b);
      }
    }
    if (failure.get() != null) {
      throw new InputException(
          "replication " + failedAt.get() + " (seed " + o.seed() + ")",
          failure.get(),
          "add a floor for geometric means (floor: 0.01 in the assumptions file, or --floor), or"
              + " drop the geometric/harmonic option; replay it with --replay "
              + failedAt.get());
    }
    return new Outcome(summarise(ci, o, scores, pilot, merged, hist, tierHist, tiers, ne), kept);
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
    parallel(ci, points, 0, runs, threads, progress, runs, sinks);
  }

  /**
   * Evaluates replications from .. to−1 as {@link #parallel(CompiledIndex, Sampler.Points, long,
   * int, Progress, java.util.function.Supplier)}; progress counts from {@code from} out of {@code
   * total}.
   */
  static void parallel(
      CompiledIndex ci,
      Sampler.Points points,
      long start,
      long runs,
      int threads,
      Progress progress,
      long total,
      java.util.function.Supplier<Sink> sinks) {
    AtomicLong next = new AtomicLong(start);
    AtomicLong done = new AtomicLong(start);
    AtomicReference<Throwable> error = new AtomicReference<>();
    Runnable work =
        () -> {
          try {
            Sink sink = sinks.get();
            Evaluator ev = ci.evaluator();
            Sampler.Points cursor = points.cursor();
            double[] u = new double[points.dimension()];
            long from;
            while ((from = next.getAndAdd(CHUNK)) < runs && error.get() == null) {
              long to = Math.min(runs, from + CHUNK);
              for (long r = from; r < to; r++) {
                cursor.point(r, u);
                ev.evaluate(u);
                sink.accept(r, ev);
              }
              sink.endChunk(from, to);
              done.addAndGet(to - from);
            }
          } catch (Throwable t) {
            error.compareAndSet(null, t);
          }
        };
    Thread[] ts = new Thread[threads - 1];
    for (int t = 0; t < ts.length; t++) {
      ts[t] = new Thread(work, "aidx-mc-" + t);
      ts[t].setDaemon(true);
      ts[t].start();
    }
    if (progress == null) {
      work.run();
    } else {
      Thread last = new Thread(work, "aidx-mc-" + ts.length);
      last.setDaemon(true);
      last.start();
      try {
        while (last.isAlive()) {
          last.join(100);
          progress.update(done.get(), total);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    for (Thread t : ts) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    if (progress != null) {
      progress.update(done.get(), total);
    }
    if (error.get() != null) {
      if (error.get() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(error.get());
    }
  }

  private static UncertaintySummary summarise(
      CompiledIndex ci,
      Options o,
      float[] scores,
      int pilot,
      ScoreBins bins,
      int[][][] hist,
      int[][][] tierHist,
      boolean tiers,
      int ne) {
    var nom = ci.nominal();
    int ref = ci.reference();
    int k = tiers ? ci.tierCount() : 0;
    UncertaintySummary.EconomyStats[] stats = new UncertaintySummary.EconomyStats[ne];
    // economies are independent: summarise them in parallel, each into its own slot
    java.util.stream.IntStream.range(0, ne)
        .parallel()
        .forEach(
            e -> stats[e] = economy(ci, o, scores, pilot, bins, hist, tierHist, k, ne, e, ref));
    List<UncertaintySummary.EconomyStats> out = new ArrayList<>(List.of(stats));
    out.sort(
        Comparator.comparingDouble(
                (UncertaintySummary.EconomyStats s) ->
                    Double.isNaN(s.rank().nominal()) ? Double.MAX_VALUE : s.rank().nominal())
            .thenComparing(UncertaintySummary.EconomyStats::iso3));
    List<String> notes = new ArrayList<>();
    if (!tiers && o.tiers()) {
      notes.add(
          ne > MAX_TIER_UNITS
              ? "tier probabilities not computed: "
                  + ne
                  + " units is more than "
                  + MAX_TIER_UNITS
                  + " (Jenks breaks cost O(k·n²) per replication)"
              : "tier probabilities not computed: the nominal result has no tiers");
    }
    if (bins != null) {
      notes.add(bins.note(pilot));
      String outside = bins.outside(ci.economies());
      if (outside != null) {
        notes.add(outside);
      }
    }
    return new UncertaintySummary(
        o.runs(),
        o.seed(),
        o.sampler(),
        ci.assumptions().describe(),
        nom.reference(),
        k,
        out,
        notes);
  }

  private static UncertaintySummary.EconomyStats economy(
      CompiledIndex ci,
      Options o,
      float[] scores,
      int pilot,
      ScoreBins bins,
      int[][][] hist,
      int[][][] tierHist,
      int k,
      int ne,
      int e,
      int ref) {
    var nom = ci.nominal();
    int[] h = new int[2 * ne + 2];
    for (int[][] th : hist) {
      for (int b = 0; b < h.length; b++) {
        h[b] += th[e][b];
      }
    }
    int missing = h[0];
    int present = o.runs() - missing;
    double nominalRank = ci.nominalRank(e);
    double shift = 0;
    for (int b = 1; b < h.length; b++) {
      shift += h[b] * Math.abs(b / 2.0 - nominalRank);
    }
    var rank =
        new UncertaintySummary.Spread(
            nominalRank,
            histQuantile(h, present, 0.5),
            histQuantile(h, present, 0.05),
            histQuantile(h, present, 0.95));
    UncertaintySummary.Spread index;
    UncertaintySummary.Spread gap;
    double nominalGap = ref >= 0 ? nom.index(ref) - nom.index(e) : Double.NaN;
    if (bins != null) {
      index = bins.spread(e, false, nom.index(e));
      gap =
          ref >= 0
              ? bins.spread(e, true, nominalGap)
              : new UncertaintySummary.Spread(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    } else {
      float[] tmp = new float[pilot];
      int m = 0;
      for (int r = 0; r < pilot; r++) {
        float x = scores[e * pilot + r];
        if (x == x) {
          tmp[m++] = x;
        }
      }
      index = spread(nom.index(e), tmp, m);
      if (ref >= 0) {
        m = 0;
        for (int r = 0; r < pilot; r++) {
          float g = scores[ref * pilot + r] - scores[e * pilot + r];
          if (g == g) {
            tmp[m++] = g;
          }
        }
        gap = spread(nominalGap, tmp, m);
      } else {
        gap = new UncertaintySummary.Spread(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
      }
    }
    List<Double> tp = new ArrayList<>();
    for (int t = 1; t <= k; t++) {
      long c = 0;
      for (int[][] th : tierHist) {
        c += th[e][t];
      }
      tp.add(present == 0 ? Double.NaN : (double) c / present);
    }
    return new UncertaintySummary.EconomyStats(
        ci.economies().get(e),
        nom.name(e),
        rank,
        present == 0 ? Double.NaN : shift / present,
        index,
        gap,
        tp,
        missing);
  }

  /** Nearest-rank quantile of doubled ranks held as a histogram. */
  static double histQuantile(int[] h, int n, double p) {
    if (n == 0) {
      return Double.NaN;
    }
    long target = Math.max(1, (long) Math.ceil(p * n));
    long c = 0;
    for (int b = 1; b < h.length; b++) {
      c += h[b];
      if (c >= target) {
        return b / 2.0;
      }
    }
    return Double.NaN;
  }

  private static UncertaintySummary.Spread spread(double nominal, float[] v, int m) {
    if (m == 0) {
      return new UncertaintySummary.Spread(nominal, Double.NaN, Double.NaN, Double.NaN);
    }
    double[] q = quantiles(v, m, new int[] {index(m, 0.5), index(m, 0.05), index(m, 0.95)});
    return new UncertaintySummary.Spread(nominal, q[0], q[1], q[2]);
  }

  private static final int BUCKET_BITS = 14;

  /**
   * The ks[t]-th smallest of v[0..m) for each t, by a radix select: one pass counts the values per
   * bucket of their 14 leading order-preserving bits, a second gathers the values of each target's
   * bucket, and a quickselect among those few finds the target.
   */
  static double[] quantiles(float[] v, int m, int[] ks) {
    int[] hist = new int[1 << BUCKET_BITS];
    for (int i = 0; i < m; i++) {
      hist[bucket(v[i])]++;
    }
    int nk = ks.length;
    int[] bk = new int[nk];
    int[] before = new int[nk];
    java.util.Arrays.fill(bk, -1);
    int cum = 0;
    for (int b = 0; b < hist.length; b++) {
      for (int t = 0; t < nk; t++) {
        if (bk[t] < 0 && cum + hist[b] > ks[t]) {
          bk[t] = b;
          before[t] = cum;
        }
      }
      cum += hist[b];
    }
    float[][] g = new float[nk][];
    int[] fill = new int[nk];
    for (int t = 0; t < nk; t++) {
      g[t] = new float[hist[bk[t]]];
    }
    for (int i = 0; i < m; i++) {
      int b = bucket(v[i]);
      for (int t = 0; t < nk; t++) {
        if (b == bk[t]) {
          g[t][fill[t]++] = v[i];
        }
      }
    }
    double[] out = new double[nk];
    for (int t = 0; t < nk; t++) {
      out[t] = select(g[t], 0, g[t].length - 1, ks[t] - before[t]);
    }
    return out;
  }

  private static int bucket(float x) {
    int b = Float.floatToRawIntBits(x);
    b ^= (b >> 31) & 0x7fffffff;
    return (b >>> (32 - BUCKET_BITS)) ^ (1 << (BUCKET_BITS - 1));
  }

  /** 0-based position of the nearest-rank p-quantile among m values. */
  private static int index(int m, double p) {
    return (int) Math.max(0, Math.ceil(p * m) - 1);
  }

  /** The k-th smallest of v[from..to] by quickselect (reorders that range). */
  static double select(float[] v, int from, int to, int k) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      float pivot = median3(v[lo], v[(lo + hi) >>> 1], v[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (v[i] < pivot) {
          i++;
        }
        while (v[j] > pivot) {
          j--;
        }
        if (i <= j) {
          float t = v[i];
          v[i] = v[j];
          v[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        break;
      }
    }
    return v[k];
  }

  private static float median3(float a, float b, float c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
}
