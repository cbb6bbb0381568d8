package org.aidx.method.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.aidx.model.Direction;
import org.hipparchus.stat.ranking.NaNStrategy;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.hipparchus.stat.ranking.TiesStrategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rank normalisation gives Hipparchus' fractional ranking (ties averaged, NaN left in place) of
 * the values, or of their negatives for a negative direction, on random values with ties and
 * missing values.
 */
class RankScoreAgreesWithNaturalRankingTest {
  private static final NaturalRanking HIPPARCHUS =
      new NaturalRanking(NaNStrategy.FIXED, TiesStrategy.AVERAGE);

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void rank_scores_equal_natural_ranking(long seed) {
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
      assertThat(got).containsExactly(HIPPARCHUS.rank(v));
    }
  }
}
