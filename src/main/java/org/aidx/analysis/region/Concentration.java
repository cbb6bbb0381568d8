package org.aidx.analysis.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How concentrated an amount (AI users, papers, postings) is across regions.
 *
 * <p>Shares are of the <em>national</em> total (all regions of the country, not only those listed),
 * as in Brookings' "47% in just six metros". With amounts x and populations p:
 *
 * <ul>
 *   <li>top-k share = Σ of the k largest xᵢ / X_nation;
 *   <li>HHI = Σ sᵢ², sᵢ = xᵢ / Σ x over the regions listed (1/n when equal, 1 when one holds all);
 *   <li>Gini = Σᵢ Σⱼ wᵢwⱼ|rᵢ − rⱼ| / (2 W² r̄) and Theil T = Σ (wᵢ/W)(rᵢ/r̄) ln(rᵢ/r̄), with r̄ = Σ
 *       wᵢrᵢ / W. On the {@link Basis#ABSOLUTE absolute} basis rᵢ = xᵢ and wᵢ = 1 (regions count
 *       alike); {@link Basis#PER_CAPITA per capita} rᵢ = xᵢ/pᵢ and wᵢ = pᵢ (people count alike);
 *   <li>location quotient LQᵢ = (xᵢ / X_nation) / (pᵢ / P_nation): above 1, the region holds more
 *       than its population share.
 * </ul>
 *
 * <p>Worked example: x = (1, 2, 3, 4), absolute: Gini = 20 / (2·16·2.5) = 0.25, HHI = (1+4+9+16) /
 * 100 = 0.30.
 */
public final class Concentration {
  private Concentration() {}

  /** Equal regions (absolute) or equal people (per capita) in Gini, Theil and the Lorenz curve. */
  public enum Basis {
    ABSOLUTE,
    PER_CAPITA
  }

  /** One region's figures. */
  public record Row(
      Region region, double amount, double population, double share, double perCapita, double lq) {}

  /**
   * A point of the Lorenz curve: cumulative share of units (regions or people) and of the amount.
   */
  public record LorenzPoint(double units, double amount) {}

  /**
   * The measures for one amount.
   *
   * @param rows regions by amount, largest first
   * @param topShares the top-k shares, in the order of {@code ks}
   * @param covered the regions' combined share of the national total
   */
  public record Result(
      String indicator,
      Basis basis,
      List<Row> rows,
      List<Integer> ks,
      List<Double> topShares,
      double nationalAmount,
      double nationalPopulation,
      double covered,
      double hhi,
      double gini,
      double theil,
      List<LorenzPoint> lorenz) {
    public Result {
      rows = List.copyOf(rows);
      ks = List.copyOf(ks);
      topShares = List.copyOf(topShares);
      lorenz = List.copyOf(lorenz);
    }
  }

  /**
   * Computes every measure. Regions with a missing amount or population are left out (the caller
   * lists them); amounts must be non-negative and populations positive.
   */
  public static Result of(
      String indicator,
      List<Region> regions,
      double[] amount,
      double[] population,
      double nationalAmount,
      double nationalPopulation,
      List<Integer> ks,
      Basis basis) {
    if (regions.size() != amount.length || amount.length != population.length) {
      throw new IllegalArgumentException("regions, amounts and populations differ in length");
    }
    for (int k : ks) {
      if (k < 1 || k > regions.size()) {
        throw new IllegalArgumentException(
            "k = " + k + " is not between 1 and the number of regions, " + regions.size());
      }
    }
    double total = Arrays.stream(amount).sum();
    Integer[] order =
        IntStream.range(0, amount.length)
            .boxed()
            .sorted(Comparator.comparingDouble((Integer i) -> -amount[i]))
            .toArray(Integer[]::new);
    List<Row> rows = new ArrayList<>();
    for (int i : order) {
      double share = amount[i] / nationalAmount;
      rows.add(
          new Row(
              regions.get(i),
              amount[i],
              population[i],
              share,
              amount[i] / population[i],
              share / (population[i] / nationalPopulation)));
    }
    List<Double> top = new ArrayList<>();
    for (int k : ks) {
      double s = 0;
      for (int r = 0; r < k; r++) {
        s += amount[order[r]];
      }
      top.add(s / nationalAmount);
    }
    double[] r = new double[amount.length];
    double[] w = new double[amount.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = basis == Basis.ABSOLUTE ? amount[i] : amount[i] / population[i];
      w[i] = basis == Basis.ABSOLUTE ? 1 : population[i];
    }
    return new Result(
        indicator,
        basis,
        rows,
        ks,
        top,
        nationalAmount,
        nationalPopulation,
        total / nationalAmount,
        hhi(amount),
        gini(r, w),
        theil(r, w),
        lorenz(r, w));
  }

  /** Σ sᵢ² with sᵢ = xᵢ / Σx. */
  public static double hhi(double[] x) {
    double t = Arrays.stream(x).sum();
    double h = 0;
    for (double v : x) {
      h += (v / t) * (v / t);
    }
    return h;
  }

  /** Weighted Gini of values r with weights w (all 1: the ordinary Gini); 0 = all equal. */
  public static double gini(double[] r, double[] w) {
    double wsum = 0;
    double mean = 0;
    for (int i = 0; i < r.length; i++) {
      wsum += w[i];
      mean += w[i] * r[i];
    }
    mean /= wsum;
    // sorted form of Σᵢ Σⱼ wᵢwⱼ|rᵢ − rⱼ|: each value times its weight times (weight below − above)
    Integer[] o = sortedIndex(r);
    double below = 0;
    double sum = 0;
    for (int i : o) {
      double above = wsum - below - w[i];
      sum += w[i] * r[i] * (below - above);
      below += w[i];
    }
    return sum / (wsum * wsum * mean);
  }

  /** Weighted Theil T index; 0 = all equal, ln n = one region holds everything (equal weights). */
  public static double theil(double[] r, double[] w) {
    double wsum = 0;
    double mean = 0;
    for (int i = 0; i < r.length; i++) {
      wsum += w[i];
      mean += w[i] * r[i];
    }
    mean /= wsum;
    double t = 0;
    for (int i = 0; i < r.length; i++) {
      double q = r[i] / mean;
      if (q > 0) {
        t += w[i] / wsum * q * Math.log(q);
      }
    }
    return t;
  }

  /** The Lorenz curve from (0, 0) to (1, 1): units sorted by value, smallest first. */
  public static List<LorenzPoint> lorenz(double[] r, double[] w) {
    double wsum = Arrays.stream(w).sum();
    double tot = 0;
    for (int i = 0; i < r.length; i++) {
      tot += w[i] * r[i];
    }
    List<LorenzPoint> pts = new ArrayList<>();
    pts.add(new LorenzPoint(0, 0));
    double cw = 0;
    double ca = 0;
    for (int i : sortedIndex(r)) {
      cw += w[i];
      ca += w[i] * r[i];
      pts.add(new LorenzPoint(cw / wsum, ca / tot));
    }
    return pts;
  }

  private static Integer[] sortedIndex(double[] r) {
    return IntStream.range(0, r.length)
        .boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> r[i]))
        .toArray(Integer[]::new);
  }
}
