package org.aidx.pipeline.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.aidx.method.normalise.RankScore;
import org.aidx.model.Direction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rank normalisation (in the method package, which cannot use the pipeline's ranking kernel)
 * gives the ranks {@link Ranking#ascending} gives, on random values with ties and missing values.
 */
class RankScoreAgreesWithRankingTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void rank_scores_equal_the_ranking_kernel(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 1 + rnd.nextInt(40);
    double[] raw = new double[n];
    for (int i = 0; i < n; i++) {
      // few distinct values so that ties are common; some missing
      raw[i] = rnd.nextInt(8) == 0 ? Double.NaN : rnd.nextInt(6) - 2;
    }
    String[] eco = new String[n];
    java.util.Arrays.fill(eco, "X");
    for (Direction d : Direction.values()) {
      double[] got = new double[n];
      new RankScore().apply("i", eco, raw, d, -1, got);
      double[] v = raw.clone();
      if (d == Direction.NEGATIVE) {
        for (int i = 0; i < n; i++) {
          v[i] = -v[i];
        }
      }
      double[] want = new double[n];
      Ranking.ascending(v, want);
      assertThat(got).containsExactly(want);
    }
  }
}
