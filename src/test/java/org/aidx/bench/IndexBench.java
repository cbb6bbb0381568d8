package org.aidx.bench;

import java.util.concurrent.TimeUnit;
import org.aidx.analysis.uncertainty.CompiledIndex;
import org.aidx.analysis.uncertainty.Evaluator;
import org.aidx.analysis.uncertainty.Sampler;
import org.aidx.analysis.uncertainty.SyntheticIndex;
import org.aidx.method.impute.Imputation;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
import org.aidx.pipeline.treat.Treatment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time of one evaluation of a synthetic index of {@code size} = UNITSxINDICATORS: the full pipeline
 * (select → impute (mean) → treat (winsorise) → normalise → aggregate → rank → tier) and one
 * compiled Monte Carlo replication (pick a data variant, draw weights, aggregate, rank).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IndexBench {
  @Param({"51x49", "200x60"})
  public String size;

  private SyntheticIndex index;
  private PipelineSpec spec;
  private Evaluator evaluator;
  private Sampler.Points points;
  private Sampler.Points cursor;
  private double[] u;
  private long r;

  @Setup
  public void setup() {
    index = SyntheticIndex.parse(size, 1);
    spec =
        PipelineSpec.defaults()
            .withImpute(new Imputation(Imputation.Kind.MEAN, null))
            .withTreat(Treatment.winsorise(5));
    CompiledIndex ci =
        CompiledIndex.compile(
            index.framework(),
            index.dataset(),
            Methodology.of(index.framework(), spec),
            index.assumptions());
    evaluator = ci.evaluator();
    points = Sampler.SOBOL.points(ci.dimension(), 1);
    cursor = points.cursor();
    u = new double[ci.dimension()];
  }

  @Benchmark
  public IndexResult fullPipeline() {
    return Pipeline.run(
        index.framework(), index.dataset(), Methodology.of(index.framework(), spec));
  }

  @Benchmark
  public double replication() {
    cursor.point(r++ & 0xFFFF, u);
    evaluator.evaluate(u);
    return evaluator.index(0);
  }
}
