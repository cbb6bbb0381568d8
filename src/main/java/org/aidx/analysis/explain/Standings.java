package org.aidx.analysis.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.aidx.framework.Levels;
import org.aidx.framework.Node;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.rank.Ranking;

/**
 * An economy's strengths and weaknesses: its rank on each dimension compared with its overall rank.
 * A dimension is a strength when the economy ranks better on it than on the index, a weakness when
 * it ranks worse. Example: overall rank 7, compute rank 15, policy rank 3 → policy is a strength
 * (+4 places), compute a weakness (−8 places).
 */
public final class Standings {
  private Standings() {}

  /**
   * One dimension of one economy.
   *
   * @param rank the economy's rank among all economies on this dimension (ties share the average)
   * @param advantage overall rank − dimension rank: positive for a strength
   */
  public record Standing(
      String dimension, String name, double score, double rank, double advantage) {}

  /** Every dimension, the largest advantage first. */
  public static List<Standing> of(IndexResult r, int e) {
    List<Standing> out = new ArrayList<>();
    int n = r.economies().size();
    for (Node.Aggregate d : Levels.dimensions(r.framework())) {
      double[] s = new double[n];
      for (int k = 0; k < n; k++) {
        s[k] = r.score(d.id(), k);
      }
      double[] ranks = new double[n];
      Ranking.descending(s, ranks);
      out.add(new Standing(d.id(), d.name(), s[e], ranks[e], r.rank(e) - ranks[e]));
    }
    out.sort(Comparator.comparingDouble(Standing::advantage).reversed());
    return out;
  }

  public static List<Standing> strengths(IndexResult r, int e) {
    return of(r, e).stream().filter(s -> s.advantage() > 0).toList();
  }

  /** Dimensions ranked worse than the index, the largest shortfall first. */
  public static List<Standing> weaknesses(IndexResult r, int e) {
    List<Standing> w = new ArrayList<>(of(r, e).stream().filter(s -> s.advantage() < 0).toList());
    w.sort(Comparator.comparingDouble(Standing::advantage));
    return w;
  }
}
