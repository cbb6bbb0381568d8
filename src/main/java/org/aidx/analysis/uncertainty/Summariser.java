package org.aidx.analysis.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.aidx.analysis.uncertainty.Uncertainty.Options;

/**
 * The summary of a Monte Carlo run per economy: nominal, median and 5–95% ranks from the merged
 * rank histograms, the mean absolute rank shift, index and gap quantiles (exact from the pilot's
 * scores, else from {@link ScoreBins}), tier probabilities, and the notes a reader needs.
 */
final class Summariser {
  private Summariser() {}

  static UncertaintySummary summarise(
      CompiledIndex ci,
      Options o,
      float[] scores,
      int pilot,
      ScoreBins bins,
      int[][] hist,
      int[][][] tierHist,
      boolean tiers,
      int ne) {
    var nom = ci.nominal();
    int ref = ci.reference();
    int k = tiers ? ci.tierCount() : 0;
    UncertaintySummary.EconomyStats[] stats = new UncertaintySummary.EconomyStats[ne];
    // economies are independent: summarise them in parallel, each into its own slot
    IntStream.range(0, ne)
        .parallel()
        .forEach(
            e -> stats[e] = economy(ci, o, scores, pilot, bins, hist, tierHist, k, ne, e, ref));
    List<UncertaintySummary.EconomyStats> out = new ArrayList<>(List.of(stats));
    out.sort(
        Comparator.comparingDouble(
                (UncertaintySummary.EconomyStats s) ->
                    Double.isNaN(s.rank().nominal()) ? Double.MAX_VALUE : s.rank().nominal())
            .thenComparing(UncertaintySummary.EconomyStats::iso3));
    List<String> notes = new ArrayList<>();
    if (!tiers && o.tiers()) {
      notes.add(
          ne > Uncertainty.MAX_TIER_UNITS
              ? "tier probabilities not computed: "
                  + ne
                  + " units is more than "
                  + Uncertainty.MAX_TIER_UNITS
                  + " (Jenks breaks cost O(k·n²) per replication)"
              : "tier probabilities not computed: the nominal result has no tiers");
    }
    if (bins != null) {
      notes.add(bins.note(pilot));
      String outside = bins.outside(ci.economies());
      if (outside != null) {
        notes.add(outside);
      }
    }
    return new UncertaintySummary(
        o.runs(),
        o.seed(),
        o.sampler(),
        ci.assumptions().describe(),
        nom.reference(),
        k,
        out,
        notes);
  }

  private static UncertaintySummary.EconomyStats economy(
      CompiledIndex ci,
      Options o,
      float[] scores,
      int pilot,
      ScoreBins bins,
      int[][] hist,
      int[][][] tierHist,
      int k,
      int ne,
      int e,
      int ref) {
    var nom = ci.nominal();
    int[] h = new int[2 * ne + 2];
    for (int[] th : hist) {
      for (int b = 0, at = e * h.length; b < h.length; b++) {
        h[b] += th[at + b];
      }
    }
    int missing = h[0];
    int present = o.runs() - missing;
    double nominalRank = ci.nominalRank(e);
    double shift = 0;
    for (int b = 1; b < h.length; b++) {
      shift += h[b] * Math.abs(b / 2.0 - nominalRank);
    }
    var rank =
        new UncertaintySummary.Spread(
            nominalRank,
            OrderStatistics.doubledRank(h, 0.5),
            OrderStatistics.doubledRank(h, 0.05),
            OrderStatistics.doubledRank(h, 0.95));
    UncertaintySummary.Spread index;
    UncertaintySummary.Spread gap;
    double nominalGap = ref >= 0 ? nom.index(ref) - nom.index(e) : Double.NaN;
    if (bins != null) {
      index = bins.spread(e, false, nom.index(e));
      gap =
          ref >= 0
              ? bins.spread(e, true, nominalGap)
              : new UncertaintySummary.Spread(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    } else {
      float[] tmp = new float[pilot];
      int m = 0;
      for (int r = 0; r < pilot; r++) {
        float x = scores[e * pilot + r];
        if (x == x) {
          tmp[m++] = x;
        }
      }
      index = Uncertainty.spread(nom.index(e), tmp, m);
      if (ref >= 0) {
        m = 0;
        for (int r = 0; r < pilot; r++) {
          float g = scores[ref * pilot + r] - scores[e * pilot + r];
          if (g == g) {
            tmp[m++] = g;
          }
        }
        gap = Uncertainty.spread(nominalGap, tmp, m);
      } else {
        gap = new UncertaintySummary.Spread(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
      }
    }
    List<Double> tp = new ArrayList<>();
    for (int t = 1; t <= k; t++) {
      long c = 0;
      for (int[][] th : tierHist) {
        c += th[e][t];
      }
      tp.add(present == 0 ? Double.NaN : (double) c / present);
    }
    return new UncertaintySummary.EconomyStats(
        ci.economies().get(e),
        nom.name(e),
        rank,
        present == 0 ? Double.NaN : shift / present,
        index,
        gap,
        tp,
        missing);
  }
}
