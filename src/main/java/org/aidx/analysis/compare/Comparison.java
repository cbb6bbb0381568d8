package org.aidx.analysis.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aidx.model.InputException;
import org.aidx.pipeline.IndexResult;

/**
 * Two versions of an index side by side, like COINr's {@code compare_coins}: for every economy in
 * both, its index and rank under each, the rank change, and the dimension that moved it.
 *
 * <p><b>Which dimension moved it.</b> Under each version the economy's log gap to a comparator
 * economy, ln I_e − ln I_c, is split into the contributions of the dimensions ({@link
 * GapDecomposition}: exact, the dimensions' shares sum to the gap). The driver is the dimension
 * whose contribution changed most between the versions; a dimension left out of one version
 * contributes 0 there. The comparator is the reference economy when both versions have the same
 * one, else the economy ranked first under version A. Example: with diffusion left out ({@code
 * --weight diffusion=0}) Indonesia, whose diffusion score is several times the USA's, loses the
 * positive contribution of diffusion and falls; its driver is {@code diffusion}.
 *
 * <p>The rank correlation is Spearman's ρ over the economies with an index in both versions,
 * computed as Pearson's correlation of the (tie-averaged) ranks.
 *
 * @param comparator the economy the log gaps are measured against
 * @param rows one per economy in both versions, in order of version B's rank
 * @param spearman Spearman's rank correlation between the two versions' indices
 */
public record Comparison(String comparator, List<Row> rows, double spearman) {
  public Comparison {
    rows = List.copyOf(rows);
  }

  /**
   * One economy under both versions.
   *
   * @param rankChange rank under A minus rank under B: positive when the economy rises in B
   * @param driver the dimension whose contribution to the log gap changed most, or empty when the
   *     gap cannot be split (the comparator itself, or a non-positive index) or no dimension's
   *     contribution changed
   * @param driverChange that dimension's contribution under B minus under A (log points)
   * @param gapChange the change of the whole log gap to the comparator, B minus A: the sum of every
   *     dimension's change. When its sign differs from the rank change's, the economy moved because
   *     others moved past it (or it past them), not because of its own scores
   */
  public record Row(
      String iso3,
      String name,
      double indexA,
      double indexB,
      double rankA,
      double rankB,
      double rankChange,
      String driver,
      double driverChange,
      double gapChange) {}

  /**
   * Compares two results. Each economy with an index in both is a row.
   *
   * @throws InputException when the two versions share no economy with an index
   */
  public static Comparison of(IndexResult a, IndexResult b) {
    return of(Version.of(a), Version.of(b));
  }

  /**
   * Compares two versions, computed or saved. Each economy with an index in both is a row.
   *
   * @throws InputException when the two versions share no economy with an index
   */
  public static Comparison of(Version a, Version b) {
    String comparator =
        a.reference() != null && a.reference().equals(b.reference()) ? a.reference() : a.leader();
    int ca = a.economyIndex(comparator);
    int cb = b.economyIndex(comparator);
    Set<String> dims = new LinkedHashSet<>(a.dimensions());
    dims.addAll(b.dimensions());
    List<Row> rows = new ArrayList<>();
    for (int ea = 0; ea < a.economies().size(); ea++) {
      String iso3 = a.economies().get(ea);
      int eb = b.economyIndex(iso3);
      if (eb < 0 || Double.isNaN(a.index(ea)) || Double.isNaN(b.index(eb))) {
        continue;
      }
      String driver = "";
      double change = Double.NaN;
      double total = Double.NaN;
      if (!iso3.equals(comparator)
          && ca >= 0
          && cb >= 0
          && splittable(a, ea, ca)
          && splittable(b, eb, cb)) {
        Map<String, Double> ga = a.byDimension(ea, ca);
        Map<String, Double> gb = b.byDimension(eb, cb);
        total = 0;
        for (String d : dims) {
          total += gb.getOrDefault(d, 0.0) - ga.getOrDefault(d, 0.0);
        }
        // the driver moves the gap the way it moved as a whole: the largest change of that sign;
        // when no dimension's contribution changed there is none
        double best = 0;
        for (String d : dims) {
          double delta = gb.getOrDefault(d, 0.0) - ga.getOrDefault(d, 0.0);
          double along = total >= 0 ? delta : -delta;
          if (along > best) {
            best = along;
            driver = d;
            change = delta;
          }
        }
      }
      rows.add(
          new Row(
              iso3,
              a.name(ea),
              a.index(ea),
              b.index(eb),
              a.rank(ea),
              b.rank(eb),
              a.rank(ea) - b.rank(eb),
              driver,
              change,
              total));
    }
    if (rows.isEmpty()) {
      throw new InputException(
          "compare",
          "the two versions have no economy with an index in common",
          "compare versions built on the same economies");
    }
    rows.sort(Comparator.comparingDouble(Row::rankB).thenComparing(Row::iso3));
    return new Comparison(comparator, rows, spearman(rows));
  }

  /** The rows with the largest rank changes, largest first (ties by the larger index change). */
  public List<Row> movers(int n) {
    return rows.stream()
        .filter(r -> r.rankChange() != 0)
        .sorted(
            Comparator.comparingDouble((Row r) -> -Math.abs(r.rankChange()))
                .thenComparing(Row::iso3))
        .limit(n)
        .toList();
  }

  private static boolean splittable(Version v, int e, int c) {
    return v.index(e) > 0 && v.index(c) > 0;
  }

  private static double spearman(List<Row> rows) {
    int n = rows.size();
    if (n < 2) {
      return Double.NaN;
    }
    double[] x = new double[n];
    double[] y = new double[n];
    for (int k = 0; k < n; k++) {
      x[k] = rows.get(k).indexA();
      y[k] = rows.get(k).indexB();
    }
    return new org.hipparchus.stat.correlation.SpearmansCorrelation().correlation(x, y);
  }
}
