package org.aidx.pipeline.rank;

import org.aidx.model.stats.FractionalRanking;

/**
 * The index's ranking: {@link FractionalRanking} with the highest score first, into preallocated
 * buffers. The ranking rule lives there (low enough for the rank normalisation to use it too); this
 * type fixes the order the pipeline and the Monte Carlo rank index scores in. Example: (0.9, 0.5,
 * 0.9, NaN) → doubled ranks (3, 6, 3, 0), i.e. ranks (1.5, 3, 1.5, missing). Not thread-safe; one
 * per thread. {@link #rank(double[])} allocates nothing.
 */
public final class FractionalRanks {
  private final FractionalRanking kernel;

  public FractionalRanks(int n) {
    kernel = new FractionalRanking(n);
  }

  /**
   * Ranks {@code scores} (length n), the highest first.
   *
   * @return the number of scores present
   */
  public int rank(double[] scores) {
    return kernel.rank(scores, FractionalRanking.Order.DESCENDING);
  }

  /** Twice the rank of economy e in the last call, 0 when its score is missing. */
  public int doubledRank(int e) {
    return kernel.doubledRank(e);
  }

  /** The rank of economy e in the last call, NaN when its score is missing. */
  public double rank(int e) {
    return kernel.rank(e);
  }

  /** Number of scores present in the last call. */
  public int present() {
    return kernel.present();
  }

  /** The k-th highest score present in the last call (k from 0). */
  public double descending(int k) {
    return kernel.descending(k);
  }

  /** Copies the present scores of the last call, ascending, into {@code out}. */
  public void ascending(double[] out) {
    kernel.ascending(out);
  }
}
