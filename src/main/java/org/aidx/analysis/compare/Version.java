package org.aidx.analysis.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aidx.analysis.explain.GapDecomposition;
import org.aidx.framework.Levels;
import org.aidx.framework.Node;
import org.aidx.pipeline.IndexResult;

/**
 * One version of an index as {@link Comparison} sees it: each economy's index and rank, and the
 * split of its log gap to another economy into the contributions of the dimensions. A version is a
 * result computed now ({@link #of(IndexResult)}) or a run saved by {@code aidx index --out} ({@link
 * SavedRun}).
 */
public interface Version {
  /** The reference economy the scores are relative to, or null. */
  String reference();

  /** Economy codes, in the version's own order. */
  List<String> economies();

  String name(int e);

  /** The index score, NaN when the economy has none. */
  double index(int e);

  double rank(int e);

  /** The dimension ids (aggregates whose children are all indicators), in tree order. */
  List<String> dimensions();

  /**
   * The contributions of the dimensions to ln I_e − ln I_c (log points), exact: they sum to the
   * whole log gap. Dimensions with no value for either economy contribute nothing.
   */
  Map<String, Double> byDimension(int e, int c);

  /** The position of an economy, or −1 when the version has none. */
  default int economyIndex(String iso3) {
    return economies().indexOf(iso3);
  }

  /** The economy ranked first. */
  default String leader() {
    String best = null;
    double r = Double.POSITIVE_INFINITY;
    for (int e = 0; e < economies().size(); e++) {
      if (!Double.isNaN(index(e)) && rank(e) < r) {
        r = rank(e);
        best = economies().get(e);
      }
    }
    return best;
  }

  /** A result computed in this run: the split is {@link GapDecomposition}'s. */
  static Version of(IndexResult r) {
    List<String> dims = Levels.dimensions(r.framework()).stream().map(Node::id).toList();
    return new Version() {
      @Override
      public String reference() {
        return r.reference();
      }

      @Override
      public List<String> economies() {
        return r.economies();
      }

      @Override
      public String name(int e) {
        return r.name(e);
      }

      @Override
      public double index(int e) {
        return r.index(e);
      }

      @Override
      public double rank(int e) {
        return r.rank(e);
      }

      @Override
      public List<String> dimensions() {
        return dims;
      }

      @Override
      public int economyIndex(String iso3) {
        return r.economyIndex(iso3);
      }

      @Override
      public String leader() {
        return r.economies().get(r.order()[0]);
      }

      @Override
      public Map<String, Double> byDimension(int e, int c) {
        Map<String, Double> out = new HashMap<>();
        for (GapDecomposition.Contribution k : GapDecomposition.decompose(r, e, c)) {
          if (dims.contains(k.node()) && !Double.isNaN(k.logGap())) {
            out.put(k.node(), k.logGap());
          }
        }
        return out;
      }
    };
  }
}
