package org.aidx.analysis.uncertainty;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.aidx.analysis.uncertainty.Uncertainty.Options;
import org.aidx.analysis.uncertainty.Uncertainty.Outcome;
import org.aidx.analysis.uncertainty.Uncertainty.Progress;
import org.aidx.analysis.uncertainty.Uncertainty.Sink;
import org.aidx.model.InputException;
import org.aidx.model.Limits;

/**
 * The Monte Carlo runner behind {@link Uncertainty#runKeeping}: replications in chunks on worker
 * threads, each with its own evaluator, into per-thread integer histograms merged exactly, so the
 * result does not depend on the thread count; the summary is {@link Summariser}'s.
 */
final class Runner {
  static final int CHUNK = 256;

  private static final int PILOT = Uncertainty.PILOT;

  private Runner() {}

  /**
   * Stops before allocating when a run would not fit: the first {@link Uncertainty#PILOT}
   * replications' index scores (4 bytes per economy each), every replication's ranks when kept, and
   * per thread a rank histogram (economies × (2 × economies + 2) counts), a tier histogram, a chunk
   * of scores and the score bins.
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

  /**
   * Runs and keeps, when asked, every replication's ranks in economy order of the compiled index.
   * Replications [0, {@link Uncertainty#PILOT}) run first on one thread and keep their index
   * scores; the rest run on every thread into integer histograms only (ranks, tiers, {@link
   * ScoreBins}), merged exactly, so the summary does not depend on the thread count.
   */
  static Outcome runKeeping(CompiledIndex ci, Options o, Progress progress) {
    int ne = ci.economies().size();
    int runs = o.runs();
    Sampler.Points points = o.sampler().points(Math.max(ci.dimension(), 1), o.seed());
    boolean tiers = o.tiers() && ne <= Uncertainty.MAX_TIER_UNITS && ci.tierCount() > 0;
    int k = tiers ? ci.tierCount() : 0;
    int threads = Math.min(o.threads(), Math.max(1, (runs + CHUNK - 1) / CHUNK));
    checkMemory(runs, ne, threads, k, o.keepRanks());
    int pilot = Math.min(runs, PILOT);
    // the pilot's index scores, economy-major: scores[e * pilot + r]
    float[] scores = new float[Math.multiplyExact(pilot, ne)];
    int[] kept = o.keepRanks() ? new int[Math.multiplyExact(runs, ne)] : null;
    // per thread, economy e's counts of doubled ranks at [e * (2 ne + 2), (e + 1) * (2 ne + 2)):
    // one
    // flat array, so that counting a replication's ranks reads no row pointers
    int[][] hist = new int[threads][Math.multiplyExact(ne, 2 * ne + 2)];
    int[][][] tierHist = new int[threads][ne][k + 1];
    AtomicLong failedAt = new AtomicLong(Long.MAX_VALUE);
    AtomicReference<String> failure = new AtomicReference<>();
    int ref = ci.reference();
    ScoreBins[] bins = new ScoreBins[threads];
    int[] slot = {0};
    Supplier<Sink> sinks =
        () -> {
          int t;
          synchronized (slot) {
            t = slot[0]++;
          }
          int[] h = hist[t];
          int stride = 2 * ne + 2;
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
              // each loop in a small method of its own, which the JIT compiles early and whole
              countRanks(h, stride, ev, ne);
              if (sb == null) {
                keepScores(chunk, (int) (r % CHUNK) * ne, ev, ne);
              } else {
                sb.add(ev.scores(), ref);
              }
              if (kept != null) {
                keepRanks(kept, (int) (r * ne), ev, ne);
              }
              if (tiers) {
                countTiers(th, ev.assignTiers(), ne);
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
    return new Outcome(
        Summariser.summarise(ci, o, scores, pilot, merged, hist, tierHist, tiers, ne), kept);
  }

  private static void countRanks(int[] h, int stride, Evaluator ev, int ne) {
    for (int e = 0, at = 0; e < ne; e++, at += stride) {
      h[at + ev.doubledRank(e)]++;
    }
  }

  private static void keepScores(float[] chunk, int base, Evaluator ev, int ne) {
    for (int e = 0; e < ne; e++) {
      chunk[base + e] = (float) ev.index(e);
    }
  }

  private static void keepRanks(int[] kept, int at, Evaluator ev, int ne) {
    for (int e = 0; e < ne; e++) {
      kept[at + e] = ev.doubledRank(e);
    }
  }

  private static void countTiers(int[][] th, int[] ts, int ne) {
    for (int e = 0; e < ne; e++) {
      th[e][ts[e]]++;
    }
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
      Supplier<Sink> sinks) {
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
}
