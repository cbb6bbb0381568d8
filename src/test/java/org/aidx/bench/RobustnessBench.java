package org.aidx.bench;

import java.util.concurrent.TimeUnit;
import org.aidx.analysis.uncertainty.CompiledIndex;
import org.aidx.analysis.uncertainty.Evaluator;
import org.aidx.analysis.uncertainty.Sampler;
import org.aidx.analysis.uncertainty.SyntheticIndex;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.PipelineSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The steady state of {@code aidx robustness --synthetic SIZE} on one thread: one replication as
 * the runner does it after the pilot (the next Sobol point, the evaluation under the synthetic
 * index's own assumptions and the default methodology, its doubled ranks counted into a flat rank
 * histogram), without the score bins.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RobustnessBench {
  @Param({"200x60"})
  public String size;

  private Evaluator evaluator;
  private Sampler.Points cursor;
  private double[] u;
  private int[] hist;
  private int ne;
  private long r;

  @Setup
  public void setup() {
    SyntheticIndex s = SyntheticIndex.parse(size, 1);
    CompiledIndex ci =
        CompiledIndex.compile(
            s.framework(),
            s.dataset(),
            Methodology.of(s.framework(), PipelineSpec.defaults()),
            s.assumptions());
    evaluator = ci.evaluator();
    cursor = Sampler.SOBOL.points(ci.dimension(), 1).cursor();
    u = new double[ci.dimension()];
    ne = ci.economies().size();
    hist = new int[ne * (2 * ne + 2)];
  }

  @Benchmark
  public int replication() {
    // consecutive points (the cursor's cheap path), wrapping after 2^20
    cursor.point(r++ & 0xFFFFF, u);
    evaluator.evaluate(u);
    int stride = 2 * ne + 2;
    for (int e = 0, at = 0; e < ne; e++, at += stride) {
      hist[at + evaluator.doubledRank(e)]++;
    }
    return hist[0];
  }
}
