package org.aidx.analysis.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.aidx.model.InputException;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * A data-driven typology of regions, as in Brookings' "geography of AI": indicators (counts divided
 * by population when {@link Scaling#PER_CAPITA}), z-scored over the regions, clustered by k-means++
 * or Ward; k from the data (the largest mean silhouette, or the gap statistic's rule) unless given;
 * each group's stability by bootstrap Jaccard; groups ranked by the mean of their indicator
 * z-scores (group 1 = highest) and named from their profile by {@link #name}.
 *
 * @param indicators the indicator ids to use
 * @param scaling how counts enter
 * @param weight the population indicator (for per-capita scaling)
 * @param method the clustering method
 * @param k a fixed number of groups, or 0 to choose it from the data
 * @param kmax the largest k tried when choosing
 * @param choice the rule that chooses k
 * @param references reference sets of the gap statistic
 * @param bootstrap bootstrap replicates for stability
 * @param seed seed of every random draw (k-means++ starts, gap references, bootstrap)
 */
public record Typology(
    List<String> indicators,
    Scaling scaling,
    String weight,
    Clusterer method,
    int k,
    int kmax,
    Choice choice,
    int references,
    int bootstrap,
    long seed) {

  /**
   * How counts enter: per person, as they are, or both (each count gives a scale column, the total,
   * and an intensity column, per resident, as Brookings benchmarks metros on both).
   */
  public enum Scaling {
    PER_CAPITA,
    NONE,
    BOTH
  }

  /** Per-resident values are shown per this many residents (z-scores do not depend on it). */
  public static final double PER_RESIDENTS = 100_000;

  /** The label suffix of a per-resident column. */
  public static final String PER_LABEL = " per 100k residents";

  /** The suffix of a count's per-resident column under {@link Scaling#BOTH}. */
  public static final String PER_CAPITA_SUFFIX = "_per_capita";

  /** How k is chosen from the data. */
  public enum Choice {
    SILHOUETTE,
    GAP
  }

  /** An indicator is used only when at least this share of the regions has a value. */
  public static final double MIN_COVERAGE = 0.5;

  /** A group's profile shows an indicator as high (low) when its mean z-score is ≥ 0.5 (≤ −0.5). */
  public static final double NAMING_THRESHOLD = 0.5;

  public Typology {
    indicators = List.copyOf(indicators);
    if (indicators.isEmpty()) {
      throw new IllegalArgumentException("a typology needs indicators");
    }
    if (k < 0 || kmax < 2 || references < 1 || bootstrap < 0) {
      throw new IllegalArgumentException(
          "k ≥ 0, kmax ≥ 2, references ≥ 1 and bootstrap ≥ 0 are required");
    }
  }

  /** One group, ranked by its mean z-score. */
  public record Group(
      int rank,
      String name,
      int size,
      List<Double> meanZ,
      List<Double> mean,
      double stability,
      List<Region> members) {
    public Group {
      meanZ = List.copyOf(meanZ);
      mean = List.copyOf(mean);
      members = List.copyOf(members);
    }
  }

  /** The figures behind the choice of k, per k = 1..kmax (silhouette NaN for k = 1). */
  public record KChoice(
      List<Integer> ks,
      List<Double> withinSumOfSquares,
      List<Double> silhouette,
      List<Double> gap,
      List<Double> gapSe,
      int bySilhouette,
      int byGap) {
    public KChoice {
      ks = List.copyOf(ks);
      withinSumOfSquares = List.copyOf(withinSumOfSquares);
      silhouette = List.copyOf(silhouette);
      gap = List.copyOf(gap);
      gapSe = List.copyOf(gapSe);
    }
  }

  /**
   * The typology.
   *
   * @param used the indicators used, in order (a per-resident column of a count ends in {@value
   *     #PER_CAPITA_SUFFIX} under {@link Scaling#BOTH})
   * @param labels the human names of {@code used}
   * @param notes why indicators or regions were left out
   * @param regions the regions clustered
   * @param group the group rank (1 = top) of each region in {@code regions}
   * @param k the number of groups
   * @param kRule how k was set ("given", "silhouette", "gap")
   * @param choice the figures per k (null when k was given)
   * @param silhouette the mean silhouette of the result
   */
  public record Result(
      Typology spec,
      List<String> used,
      List<String> labels,
      List<String> notes,
      List<Region> regions,
      List<Integer> group,
      int k,
      String kRule,
      KChoice choice,
      double silhouette,
      List<Group> groups) {
    public Result {
      used = List.copyOf(used);
      labels = List.copyOf(labels);
      notes = List.copyOf(notes);
      regions = List.copyOf(regions);
      group = List.copyOf(group);
      groups = List.copyOf(groups);
    }

    /** The group rank of a region code, or 0 when it was not clustered. */
    public int groupOf(String code) {
      for (int i = 0; i < regions.size(); i++) {
        if (regions.get(i).code().equals(code)) {
          return group.get(i);
        }
      }
      return 0;
    }
  }

  /** Builds the typology of the table's regions. */
  public Result run(RegionTable table) {
    List<String> notes = new ArrayList<>();
    List<String> missingIds = indicators.stream().filter(id -> !table.has(id)).toList();
    if (!missingIds.isEmpty()) {
      throw new InputException(
          "--indicators",
          "unknown indicator(s) " + missingIds,
          "choose from " + table.indicators().stream().map(RegionIndicator::id).toList());
    }
    int n = table.size();
    List<String> used = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<double[]> cols = new ArrayList<>();
    boolean perCapita = scaling != Scaling.NONE;
    if (perCapita && indicators.stream().anyMatch(id -> isScaled(table, id))) {
      double[] p = table.column(weight);
      List<String> noPop = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (!(Double.isFinite(p[i]) && p[i] > 0)) {
          noPop.add(table.regions().get(i).name());
        }
      }
      if (!noPop.isEmpty()) {
        notes.add(
            noPop.size()
                + " region(s) without a population, left out of the per-resident indicators: "
                + String.join("; ", noPop.subList(0, Math.min(10, noPop.size())))
                + (noPop.size() > 10 ? "; …" : ""));
      }
    }
    for (String id : indicators) {
      String label = table.indicator(id).label();
      List<String> ids = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<double[]> cs = new ArrayList<>();
      if (isScaled(table, id)) {
        if (scaling == Scaling.BOTH) {
          ids.add(id);
          names.add(label);
          cs.add(table.column(id));
        }
        double[] c = table.column(id);
        double[] p = table.column(weight);
        for (int i = 0; i < n; i++) {
          c[i] = p[i] > 0 ? c[i] / p[i] * PER_RESIDENTS : Double.NaN;
        }
        ids.add(scaling == Scaling.BOTH ? id + PER_CAPITA_SUFFIX : id);
        names.add(label + PER_LABEL);
        cs.add(c);
      } else {
        ids.add(id);
        names.add(label);
        cs.add(table.column(id));
      }
      for (int q = 0; q < ids.size(); q++) {
        double[] c = cs.get(q);
        long present = Arrays.stream(c).filter(Double::isFinite).count();
        double sd = sd(c);
        if (present < MIN_COVERAGE * n) {
          notes.add(
              ids.get(q)
                  + " left out: values for "
                  + present
                  + " of "
                  + n
                  + " regions (fewer than "
                  + Math.round(MIN_COVERAGE * 100)
                  + "%)");
        } else if (!(sd > 0)) {
          notes.add(
              ids.get(q)
                  + " left out: it is constant over the regions, so it cannot separate groups");
        } else {
          used.add(ids.get(q));
          labels.add(names.get(q));
          cols.add(c);
        }
      }
    }
    if (used.isEmpty()) {
      throw new InputException(
          "--indicators " + String.join(",", indicators),
          "no indicator can be used (" + String.join("; ", notes) + ")",
          "choose indicators that vary and have values for most regions");
    }
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      final int r = i;
      if (cols.stream().allMatch(c -> Double.isFinite(c[r]))) {
        rows.add(i);
      }
    }
    if (rows.size() < n) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (!rows.contains(i)) {
          out.add(table.regions().get(i).name());
        }
      }
      notes.add(
          (n - rows.size())
              + " region(s) left out for a missing value of "
              + labels
              + ": "
              + String.join("; ", out.subList(0, Math.min(12, out.size())))
              + (out.size() > 12 ? "; …" : ""));
    }
    int m = rows.size();
    int maxK = k > 0 ? k : kmax;
    if (maxK >= m) {
      throw new InputException(
          k > 0 ? "--k " + k : "--kmax " + kmax,
          "asks for " + maxK + " groups of " + m + " regions with complete values",
          "choose k below " + m);
    }
    double[][] raw = new double[m][used.size()];
    double[][] z = new double[m][used.size()];
    for (int j = 0; j < used.size(); j++) {
      double[] c = new double[m];
      for (int r = 0; r < m; r++) {
        c[r] = cols.get(j)[rows.get(r)];
      }
      double mu = Arrays.stream(c).average().orElse(0);
      double sd = sd(c);
      for (int r = 0; r < m; r++) {
        raw[r][j] = c[r];
        z[r][j] = (c[r] - mu) / sd;
      }
    }
    RandomGenerator random = new Well19937c(seed);
    KChoice kc = null;
    int chosen = k;
    String rule = "given";
    if (k == 0) {
      kc = chooseK(z, random);
      chosen = choice == Choice.SILHOUETTE ? kc.bySilhouette() : kc.byGap();
      rule = choice == Choice.SILHOUETTE ? "silhouette" : "gap";
    }
    Partition p = method.cluster(z, chosen, random);
    double[] stab = bootstrap > 0 ? Stability.jaccard(z, p, method, bootstrap, random) : nan(p.k());
    double sil = p.k() >= 2 ? Silhouette.mean(z, p) : Double.NaN;
    // rank groups by the mean of their indicator z-scores, highest first
    double[][] cz = p.centroids(z);
    double[][] cr = p.centroids(raw);
    Integer[] order = new Integer[p.k()];
    for (int c = 0; c < p.k(); c++) {
      order[c] = c;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer c) -> -Arrays.stream(cz[c]).sum()));
    int[] rankOf = new int[p.k()];
    for (int r = 0; r < order.length; r++) {
      rankOf[order[r]] = r + 1;
    }
    List<Region> regions = new ArrayList<>();
    List<Integer> group = new ArrayList<>();
    for (int r = 0; r < m; r++) {
      regions.add(table.regions().get(rows.get(r)));
      group.add(rankOf[p.label(r)]);
    }
    List<Group> groups = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int[] sizes = p.sizes();
    for (int r = 0; r < order.length; r++) {
      int c = order[r];
      // members from the highest sum of z-scores down, so the first are the group's leaders
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        if (p.label(i) == c) {
          idx.add(i);
        }
      }
      idx.sort(Comparator.comparingDouble((Integer i) -> -Arrays.stream(z[i]).sum()));
      List<Region> members = idx.stream().map(regions::get).toList();
      String name = name(labels, cz[c]);
      long same = names.stream().filter(s -> s.equals(name)).count();
      names.add(name);
      groups.add(
          new Group(
              r + 1,
              same == 0 ? name : name + " (" + (same + 1) + ")",
              sizes[c],
              box(cz[c]),
              box(cr[c]),
              stab[c],
              members));
    }
    return new Result(this, used, labels, notes, regions, group, p.k(), rule, kc, sil, groups);
  }

  /** True when an indicator enters per resident: a count other than the population itself. */
  private boolean isScaled(RegionTable table, String id) {
    return scaling != Scaling.NONE && table.indicator(id).isCount() && !id.equals(weight);
  }

  /**
   * The documented naming rule: the indicators whose group mean z-score is at least {@value
   * #NAMING_THRESHOLD} are listed after "high", those at most −{@value #NAMING_THRESHOLD} after
   * "low", in indicator order; a count high (or low) both as a total and per resident is named
   * once, "X (total and per 100k)"; "near average" when no indicator passes. (1.2, −0.7, 0.1) on
   * (a, b, c) → "high a; low b"; (0.9, 0.8) on (x, x per 100k residents) → "high x (total and per
   * 100k)".
   */
  public static String name(List<String> labels, double[] meanZ) {
    List<String> high = new ArrayList<>();
    List<String> low = new ArrayList<>();
    for (int j = 0; j < labels.size(); j++) {
      if (meanZ[j] >= NAMING_THRESHOLD) {
        high.add(labels.get(j));
      } else if (meanZ[j] <= -NAMING_THRESHOLD) {
        low.add(labels.get(j));
      }
    }
    List<String> parts = new ArrayList<>();
    if (!high.isEmpty()) {
      parts.add("high " + String.join(", ", merged(high)));
    }
    if (!low.isEmpty()) {
      parts.add("low " + String.join(", ", merged(low)));
    }
    return parts.isEmpty() ? "near average" : String.join("; ", parts);
  }

  /** Labels with a total and its per-resident column in the list named once. */
  private static List<String> merged(List<String> labels) {
    List<String> out = new ArrayList<>();
    for (String l : labels) {
      if (l.endsWith(PER_LABEL)
          && labels.contains(l.substring(0, l.length() - PER_LABEL.length()))) {
        continue;
      }
      out.add(labels.contains(l + PER_LABEL) ? l + " (total and per 100k)" : l);
    }
    return out;
  }

  private KChoice chooseK(double[][] z, RandomGenerator random) {
    List<Integer> ks = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    List<Double> sil = new ArrayList<>();
    int best = 2;
    double bestSil = Double.NEGATIVE_INFINITY;
    for (int kk = 1; kk <= kmax; kk++) {
      Partition p = method.cluster(z, kk, random);
      ks.add(kk);
      w.add(p.withinSumOfSquares(z));
      double s = kk >= 2 ? Silhouette.mean(z, p) : Double.NaN;
      sil.add(s);
      if (kk >= 2 && s > bestSil + 1e-12) {
        bestSil = s;
        best = kk;
      }
    }
    GapStatistic g = GapStatistic.of(z, kmax, method, references, random);
    int byGap = Math.max(2, g.chosen());
    return new KChoice(ks, w, sil, box(g.gap()), box(g.se()), best, byGap);
  }

  /** Sample standard deviation over the finite values (NaN when fewer than 2). */
  static double sd(double[] x) {
    double[] f = Arrays.stream(x).filter(Double::isFinite).toArray();
    if (f.length < 2) {
      return Double.NaN;
    }
    double mu = Arrays.stream(f).average().orElse(0);
    double s = 0;
    for (double v : f) {
      s += (v - mu) * (v - mu);
    }
    return Math.sqrt(s / (f.length - 1));
  }

  private static double[] nan(int k) {
    double[] d = new double[k];
    Arrays.fill(d, Double.NaN);
    return d;
  }

  private static List<Double> box(double[] v) {
    List<Double> l = new ArrayList<>();
    for (double x : v) {
      l.add(x);
    }
    return l;
  }

  /** A one-line description for manifests. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%s on z-scores of %s (%s), k %s, seed %d",
        method.describe(),
        indicators,
        scaling.name().toLowerCase(Locale.ROOT).replace('_', '-'),
        k > 0 ? "= " + k : "by " + choice.name().toLowerCase(Locale.ROOT) + " in 2.." + kmax,
        seed);
  }
}
