package org.aidx.analysis.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which 5–95% intervals a Monte Carlo run may print: one rule for the robustness command, the
 * report, the workbook, the dashboard, the profile and the panel.
 *
 * <ol>
 *   <li><b>Index and gap intervals need scale-preserving assumptions.</b> Sampling the weights or
 *       the imputation keeps what an index value means (0.5 = half the reference under the
 *       framework's own normalisation and means). Sampling the normalisation (min-max onto [1,
 *       100]), the means (arithmetic for geometric), outlier treatment, leaving out an indicator,
 *       alternative indicators or another year measures a different index on a different scale: the
 *       spread of such values says nothing about this index's uncertainty, and on the CICC data it
 *       excluded 17 of 19 nominal values. With any such assumption sampled, index and gap medians
 *       and intervals are withheld (the nominal stays) and a note names the assumptions. Ranks are
 *       comparable across scales, so rank intervals are kept.
 *   <li><b>No interval that excludes its own nominal value.</b> An interval (rank, index or gap)
 *       that still does not contain the nominal result is withheld for that economy and named in a
 *       note: it would read as an uncertainty band around a value it does not contain.
 * </ol>
 *
 * <p>Example: {@code weights:indicator=±25%; imputation=relative|none|mean|median} keeps every
 * interval; adding {@code normalisation=ratio|minmax:1,100} withholds the index and gap intervals.
 * The panel's catching-up interval samples {@link #scalePreserving} only.
 */
public final class IntervalPolicy {
  /**
   * Relative slack when checking that an interval contains its nominal value: index and gap
   * replications are held as floats (and, beyond {@link Uncertainty#PILOT} runs, in bins).
   */
  static final double TOLERANCE = 1e-4;

  private IntervalPolicy() {}

  /** Whether sampling this assumption keeps the meaning (scale) of an index value. */
  public static boolean keepsScale(Assumption a) {
    // one option only: every replication uses it; if it is not the nominal method, the intervals
    // exclude their nominal values and the second rule withholds them
    // (leave-one-out lists "none" and its indicators; "all" is an empty list, so one label)
    return (a.labels().size() == 1 && !(a instanceof Assumption.LeaveOneOut))
        || a instanceof Assumption.UniformWeights
        || a instanceof Assumption.DirichletWeights
        || a instanceof Assumption.Imputations;
  }

  /** The keys of the sampled assumptions that change the index's scale, in order. */
  public static List<String> scaleChanging(Assumptions a) {
    return a.items().stream().filter(x -> !keepsScale(x)).map(Assumption::key).toList();
  }

  /** The scale-preserving part of a set of assumptions (weights, imputation), same floor. */
  public static Assumptions scalePreserving(Assumptions a) {
    return new Assumptions(
        a.items().stream().filter(IntervalPolicy::keepsScale).toList(), a.floor());
  }

  /** Whether a spread's 5–95% interval contains its nominal value (true when either is NaN). */
  public static boolean contains(UncertaintySummary.Spread s) {
    if (Double.isNaN(s.nominal()) || Double.isNaN(s.q05()) || Double.isNaN(s.q95())) {
      return true;
    }
    double slack = TOLERANCE * Math.max(1, Math.abs(s.nominal()));
    return s.q05() - slack <= s.nominal() && s.nominal() <= s.q95() + slack;
  }

  /**
   * What a surface shows of a Monte Carlo run: the summary with the withheld medians and intervals
   * set to NaN and the notes saying why first. The engine ({@link Uncertainty#run}) keeps every
   * quantile; each surface prints this.
   */
  public static UncertaintySummary apply(UncertaintySummary s, Assumptions assumptions) {
    Applied p = apply(s.economies(), assumptions);
    List<String> notes = new ArrayList<>(p.notes());
    notes.addAll(s.notes());
    return new UncertaintySummary(
        s.runs(),
        s.seed(),
        s.sampler(),
        s.assumptions(),
        s.reference(),
        s.tierCount(),
        p.economies(),
        notes);
  }

  /** The economies' statistics with the withheld intervals removed, and the notes saying why. */
  record Applied(List<UncertaintySummary.EconomyStats> economies, List<String> notes) {}

  static Applied apply(List<UncertaintySummary.EconomyStats> stats, Assumptions assumptions) {
    List<String> changing = scaleChanging(assumptions);
    boolean scores = changing.isEmpty();
    List<UncertaintySummary.EconomyStats> out = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    for (UncertaintySummary.EconomyStats e : stats) {
      UncertaintySummary.Spread rank = e.rank();
      UncertaintySummary.Spread index = scores ? e.index() : nominalOnly(e.index());
      UncertaintySummary.Spread gap = scores ? e.gap() : nominalOnly(e.gap());
      List<String> which = new ArrayList<>();
      if (!contains(rank)) {
        which.add("rank " + num(rank.nominal()) + " outside " + range(rank));
        rank = withheld(rank);
      }
      if (!contains(index)) {
        which.add("index " + num(index.nominal()) + " outside " + range(index));
        index = withheld(index);
      }
      if (!contains(gap)) {
        gap = withheld(gap);
      }
      if (!which.isEmpty()) {
        outside.add(e.iso3() + " (" + String.join(", ", which) + ")");
      }
      out.add(
          new UncertaintySummary.EconomyStats(
              e.iso3(),
              e.name(),
              rank,
              e.meanAbsRankShift(),
              index,
              gap,
              e.tierProbabilities(),
              e.missing()));
    }
    List<String> notes = new ArrayList<>();
    if (!scores) {
      notes.add(
          "index and gap medians and intervals withheld: the sampled "
              + String.join(", ", changing)
              + " change the index's scale, so those replications measure a different index;"
              + " rank intervals compare like with like (index intervals need only weights and"
              + " imputation sampled)");
    }
    if (!outside.isEmpty()) {
      notes.add(
          "intervals withheld where they exclude the nominal result: "
              + String.join("; ", outside)
              + " (the sampled methods move these economies systematically; see the median)");
    }
    return new Applied(out, notes);
  }

  private static UncertaintySummary.Spread withheld(UncertaintySummary.Spread s) {
    return new UncertaintySummary.Spread(s.nominal(), s.median(), Double.NaN, Double.NaN);
  }

  private static UncertaintySummary.Spread nominalOnly(UncertaintySummary.Spread s) {
    return new UncertaintySummary.Spread(s.nominal(), Double.NaN, Double.NaN, Double.NaN);
  }

  private static String range(UncertaintySummary.Spread s) {
    return num(s.q05()) + "–" + num(s.q95());
  }

  /** A whole number as such (a rank), else four significant figures. */
  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9
        ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.4g", v);
  }
}
