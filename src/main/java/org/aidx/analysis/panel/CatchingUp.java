package org.aidx.analysis.panel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aidx.analysis.uncertainty.Assumptions;
import org.aidx.analysis.uncertainty.CompiledIndex;
import org.aidx.analysis.uncertainty.IntervalPolicy;
import org.aidx.analysis.uncertainty.Sampler;
import org.aidx.analysis.uncertainty.Uncertainty;
import org.aidx.model.stats.Quantile;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;

/**
 * Who is catching up: per economy, the average annual change of its index relative to the reference
 * over the panel's window, r = index / index of the reference, g = (r_to / r_from)^(1 / (to −
 * from)) − 1, and, when the gap is closing at that pace, the years to close it: ln(1 / r_to) / ln(1
 * + g) for an economy behind the reference (g > 0), ln(r_to) / −ln(1 + g) for one ahead of it (g <
 * 0).
 *
 * <p>Example: r = 0.5 in 2020 and 0.605 in 2022 give g = 1.1 − 1 = +10% a year, and ln(1 / 0.605) /
 * ln(1.1) = 5.27 years to close the gap.
 *
 * <p>The interval comes from the robustness machinery, restricted to the judgment calls that keep
 * the index's scale ({@link #intervalAssumptions}): the weights and the imputation of {@link
 * Assumptions#defaults}. It is run on the first and on the last year with the same seed, so
 * replication k draws the same weights and imputation in both years; g_k from each pair gives the
 * 5–95% interval. The other defaults (min-max normalisation, arithmetic means, leaving out an
 * indicator, winsorisation) are not sampled here: each changes what "0.5 of the reference" means,
 * so the rate they give measures a different index, not the uncertainty of this one's change; with
 * them the interval often excluded the nominal change (DEU −3.3% a year, interval −2.4% to +5.6%).
 *
 * <p><b>Like for like.</b> An indicator that has data in the last year but not in the first (on the
 * shipped data TOP500, the Oxford Insights scores, the IMF AIPI, the cloud regions) changes what
 * the index is made of, so the all-indicators rate mixes catching up with composition. The same
 * rule is therefore also computed on the index restricted to the indicators without composition
 * change ({@link LikeForLike}: one common set for every economy), with the same methodology and the
 * same Monte Carlo; the verdict (gap closing in N years, widening, no clear change) comes from that
 * reading, and the all-indicators rate is given beside it, labelled with the indicators arriving
 * and leaving. When no indicator is kept, there is no like-for-like reading and no verdict.
 *
 * @param readings every economy on all indicators
 * @param basis the like-for-like indicator set, or null (tests that build readings by hand)
 * @param likeForLike every economy on {@code basis}, in the order of {@code readings}; empty when
 *     no like-for-like reading is possible
 * @param likeForLikeNote why there is no like-for-like reading or interval, or null
 * @param composition per economy, the indicators it has data for in {@code to} only and in {@code
 *     from} only
 */
public record CatchingUp(
    int from,
    int to,
    String reference,
    int runs,
    long seed,
    List<Reading> readings,
    String note,
    LikeForLike basis,
    List<Reading> likeForLike,
    String likeForLikeNote,
    Map<String, Composition> composition) {
  public CatchingUp {
    readings = List.copyOf(readings);
    likeForLike = List.copyOf(likeForLike);
    composition = Map.copyOf(composition);
  }

  /** Readings without a like-for-like basis (no composition known). */
  public CatchingUp(
      int from,
      int to,
      String reference,
      int runs,
      long seed,
      List<Reading> readings,
      String note) {
    this(from, to, reference, runs, seed, readings, note, null, List.of(), null, Map.of());
  }

  /** Indicators an economy has data for in the last year only ({@code arrived}) or first only. */
  public record Composition(int arrived, int left) {
    public boolean changed() {
      return arrived > 0 || left > 0;
    }
  }

  /** Where an economy stands against the reference. */
  public enum Status {
    REFERENCE("reference"),
    CLOSING("closing"),
    NOT_CLOSING("not closing"),
    LEAD_SHRINKING("ahead, lead shrinking"),
    LEAD_GROWING("ahead, lead growing"),
    NO_INDEX("no index");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One economy.
   *
   * @param relativeFrom index / reference's index in the first year (NaN without an index)
   * @param relativeTo the same in the last year
   * @param annualChange g, the average annual change of the relative index (0.01 = +1% a year)
   * @param low 5% quantile of g over the Monte Carlo replications (NaN without runs)
   * @param high 95% quantile of g
   * @param yearsToClose years to close the gap at pace g, NaN when not closing
   */
  public record Reading(
      String iso3,
      String name,
      double relativeFrom,
      double relativeTo,
      double annualChange,
      double low,
      double high,
      double yearsToClose,
      Status status) {}

  /**
   * Measures every economy of the panel's last year.
   *
   * @param runs Monte Carlo replications per endpoint year; 0 for no interval
   */
  public static CatchingUp measure(Panel panel, int runs, long seed, int threads) {
    CatchingUp all = measureAll(panel, runs, seed, threads);
    if (all.reference() == null) {
      return all;
    }
    LikeForLike basis = LikeForLike.of(panel);
    Map<String, Composition> composition = new java.util.HashMap<>();
    IndexResult a = panel.at(panel.from());
    IndexResult b = panel.at(panel.to());
    for (String e : panel.economies()) {
      int arrived = 0;
      int left = 0;
      for (org.aidx.framework.Node.Indicator i : panel.framework().indicators()) {
        boolean x = LikeForLike.has(a, i.id(), e);
        boolean y = LikeForLike.has(b, i.id(), e);
        arrived += !x && y ? 1 : 0;
        left += x && !y ? 1 : 0;
      }
      composition.put(e, new Composition(arrived, left));
    }
    List<Reading> same = List.of();
    String why = null;
    try {
      CatchingUp restricted = measureAll(basis.panel(panel), runs, seed, threads);
      same = restricted.readings();
      why = restricted.note();
    } catch (org.aidx.model.InputException e) {
      // e.g. no indicator without composition change, or the restricted index cannot compute
      why = "no like-for-like reading: " + e.problems().get(0).what();
    }
    return new CatchingUp(
        all.from(),
        all.to(),
        all.reference(),
        runs,
        seed,
        all.readings(),
        all.note(),
        basis,
        same,
        why,
        composition);
  }

  /** The rule on all of the panel's indicators. */
  private static CatchingUp measureAll(Panel panel, int runs, long seed, int threads) {
    int from = panel.from();
    int to = panel.to();
    String ref = panel.reference();
    List<Reading> out = new ArrayList<>();
    if (ref == null) {
      return new CatchingUp(from, to, null, runs, seed, out, "no reference economy");
    }
    IndexResult a = panel.at(from);
    IndexResult b = panel.at(to);
    List<String> economies = panel.economies();
    double[][] gs = null;
    String note = null;
    if (runs > 0 && to > from) {
      try {
        gs = sampled(panel, economies, runs, seed, threads);
      } catch (org.aidx.model.InputException e) {
        // the nominal panel computes, but some method of the robustness assumptions cannot (e.g.
        // no imputation with the reference missing a value): no interval, and the reason
        note = "no interval: " + e.problems().get(0);
      }
    }
    for (int k = 0; k < economies.size(); k++) {
      String iso3 = economies.get(k);
      double r0 = relative(a, iso3, ref);
      double r1 = relative(b, iso3, ref);
      double g = to > from ? Math.pow(r1 / r0, 1.0 / (to - from)) - 1 : Double.NaN;
      double lo = Double.NaN;
      double hi = Double.NaN;
      if (gs != null) {
        // a replication where either year has no index gives no rate of change
        double[] v = Arrays.stream(gs[k]).filter(Double::isFinite).toArray();
        lo = Quantile.of(v, 0.05);
        hi = Quantile.of(v, 0.95);
      }
      Status status;
      double years = Double.NaN;
      if (iso3.equals(ref)) {
        status = Status.REFERENCE;
      } else if (!Double.isFinite(g) || !(r0 > 0) || !(r1 > 0)) {
        status = Status.NO_INDEX;
      } else if (r1 < 1) {
        status = g > 0 ? Status.CLOSING : Status.NOT_CLOSING;
        years = g > 0 ? Math.log(1 / r1) / Math.log1p(g) : Double.NaN;
      } else {
        status = g < 0 ? Status.LEAD_SHRINKING : Status.LEAD_GROWING;
        years = g < 0 ? Math.log(r1) / -Math.log1p(g) : Double.NaN;
      }
      out.add(new Reading(iso3, panel.name(iso3), r0, r1, g, lo, hi, years, status));
    }
    return new CatchingUp(from, to, ref, runs, seed, out, note);
  }

  /** index / reference's index of an economy in one year's result; NaN when either is missing. */
  static double relative(IndexResult r, String iso3, String ref) {
    int e = r.economyIndex(iso3);
    int f = r.economyIndex(ref);
    if (e < 0 || f < 0) {
      return Double.NaN;
    }
    return r.index(e) / r.index(f);
  }

  /** g of every economy in every replication: [economy][replication]. */
  private static double[][] sampled(
      Panel panel, List<String> economies, int runs, long seed, int threads) {
    double[][] rFrom = relatives(panel, panel.from(), economies, runs, seed, threads);
    double[][] rTo = relatives(panel, panel.to(), economies, runs, seed, threads);
    double span = panel.to() - panel.from();
    double[][] g = new double[economies.size()][runs];
    for (int k = 0; k < economies.size(); k++) {
      for (int r = 0; r < runs; r++) {
        g[k][r] = Math.pow(rTo[k][r] / rFrom[k][r], 1 / span) - 1;
      }
    }
    return g;
  }

  private static double[][] relatives(
      Panel panel, int year, List<String> economies, int runs, long seed, int threads) {
    Methodology s = panel.methodologyFor(year);
    CompiledIndex ci =
        CompiledIndex.compile(
            panel.framework(), panel.dataset(year), s, intervalAssumptions(panel, s));
    int[] at = new int[economies.size()];
    for (int k = 0; k < at.length; k++) {
      at[k] = ci.economies().indexOf(economies.get(k));
    }
    int ref = ci.reference();
    double[][] out = new double[economies.size()][runs];
    Sampler.Points points = Sampler.SOBOL.points(Math.max(ci.dimension(), 1), seed);
    Uncertainty.parallel(
        ci,
        points,
        runs,
        threads,
        null,
        () ->
            (r, ev) -> {
              for (int k = 0; k < at.length; k++) {
                out[k][(int) r] =
                    ev.failure() != null || at[k] < 0 || ref < 0
                        ? Double.NaN
                        : ev.index(at[k]) / ev.index(ref);
              }
            });
    return out;
  }

  /**
   * The assumptions the interval samples: the weights (±25% at every level with siblings) and the
   * imputation options of {@link Assumptions#defaults}, with its floor.
   */
  static Assumptions intervalAssumptions(Panel panel, Methodology s) {
    return IntervalPolicy.scalePreserving(Assumptions.defaults(panel.framework(), s));
  }

  /** A one-line reading, e.g. "JPN: 0.412 of USA in 2024, +1.2% a year since 2020 (…)". */
  public String sentence(Reading r) {
    if (r.status() == Status.REFERENCE) {
      return r.iso3() + " (" + r.name() + ") is the reference (= 1).";
    }
    return r.iso3() + " (" + r.name() + "): " + body(r);
  }

  /**
   * The reading of one economy as printed everywhere: without composition change, {@link
   * #sentence}; otherwise the like-for-like reading first, with the verdict, then the
   * all-indicators rate labelled with the indicators arriving and leaving, e.g. "AUS (Australia):
   * like for like, 0.150 of USA in 2025, +5.0% a year … ; at this pace the gap closes in 30 years.
   * All indicators, including composition change: 0.178 of USA in 2025, +18.9% a year (…), of which
   * part is 7 indicator(s) arriving."
   */
  public String reading(Reading all) {
    if (basis == null || basis.complete() || all.status() == Status.REFERENCE) {
      return sentence(all);
    }
    Reading same = likeForLike(all.iso3());
    StringBuilder s = new StringBuilder(all.iso3() + " (" + all.name() + "): ");
    if (same != null && same.status() != Status.NO_INDEX) {
      s.append("like for like, ").append(body(same));
    } else {
      s.append("no like-for-like reading (")
          .append(
              likeForLikeNote != null && same == null
                  ? likeForLikeNote.replaceFirst("^no like-for-like reading: ", "")
                  : "no index on the indicators without composition change")
          .append("), so no verdict.");
    }
    Composition c = composition.get(all.iso3());
    boolean changed = c != null && c.changed();
    s.append(changed ? " All indicators, including composition change: " : " All indicators: ");
    if (all.status() == Status.NO_INDEX) {
      s.append("no index in both years");
    } else {
      s.append(
          String.format(
              Locale.ROOT,
              "%.3f of %s in %d, %s a year",
              all.relativeTo(),
              reference,
              to,
              pct(all.annualChange())));
      if (Double.isFinite(all.low())) {
        s.append(" (90% interval ")
            .append(pct(all.low()))
            .append(" to ")
            .append(pct(all.high()))
            .append(')');
      }
    }
    if (changed) {
      List<String> parts = new ArrayList<>();
      if (c.arrived() > 0) {
        parts.add(c.arrived() + " indicator(s) arriving");
      }
      if (c.left() > 0) {
        parts.add(c.left() + (parts.isEmpty() ? " indicator(s)" : "") + " leaving");
      }
      s.append(", of which part is ").append(String.join(" and ", parts));
    }
    return s.append('.').toString();
  }

  /** The like-for-like reading of an economy, or null when it has none. */
  public Reading likeForLike(String iso3) {
    return likeForLike.stream().filter(r -> r.iso3().equals(iso3)).findFirst().orElse(null);
  }

  /** What the like-for-like reading rests on, e.g. "9 of 15 indicators; Compute, Data left out". */
  public String basisText() {
    if (basis == null) {
      return "";
    }
    int total = basis.indicators().size() + basis.leftOut().size();
    if (basis.complete()) {
      return "all "
          + total
          + " indicators have data for the same economies in "
          + from
          + " and "
          + to
          + ": no composition change";
    }
    return basis.indicators().size()
        + " of "
        + total
        + " indicators have data for the same economies in "
        + from
        + " and "
        + to
        + (basis.leftOutNodes().isEmpty()
            ? ""
            : "; left out, without any of them: " + String.join(", ", basis.leftOutNodes()));
  }

  private String body(Reading r) {
    if (r.status() == Status.NO_INDEX) {
      return "no index in "
          + (Double.isFinite(r.relativeFrom()) ? to : from)
          + ", so no change can be measured.";
    }
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%.3f of %s in %d, %s a year relative to %s since %d",
                r.relativeTo(),
                reference,
                to,
                pct(r.annualChange()),
                reference,
                from));
    if (Double.isFinite(r.low())) {
      s.append(" (90% interval ")
          .append(pct(r.low()))
          .append(" to ")
          .append(pct(r.high()))
          .append(')');
    }
    if (Double.isFinite(r.low()) && r.low() <= 0 && r.high() >= 0) {
      return s.append("; no clear change: the interval includes no change.").toString();
    }
    switch (r.status()) {
      case CLOSING ->
          s.append(
              r.yearsToClose() > CENTURY
                  ? "; closing, but at this pace it takes more than a century."
                  : String.format(
                      Locale.ROOT,
                      "; at this pace the gap closes in %.0f years.",
                      r.yearsToClose()));
      case NOT_CLOSING -> s.append("; the gap is widening.");
      case LEAD_SHRINKING ->
          s.append(
              r.yearsToClose() > CENTURY
                  ? "; ahead, and the lead shrinks too slowly to vanish within a century."
                  : String.format(
                      Locale.ROOT,
                      "; ahead, and at this pace %s draws level in %.0f years.",
                      reference,
                      r.yearsToClose()));
      default -> s.append("; ahead, and the lead is growing.");
    }
    return s.toString();
  }

  /** Beyond this many years a closing date is not worth printing as a number. */
  static final double CENTURY = 100;

  /**
   * A rate in percent to one decimal; a rate that is not zero but rounds to ±0.0 gets as many
   * decimals (up to 3) as it needs to show its sign honestly: an interval bound of -0.04% is
   * "-0.04%", not "-0.0%", so that "the interval excludes no change" can be read from the numbers.
   */
  static String pct(double g) {
    if (!Double.isFinite(g)) {
      return "n/a";
    }
    double p = 100 * g;
    for (int d = 1; d < 3 && p != 0 && Math.abs(p) < 0.5 * Math.pow(10, -d); d++) {
      if (Math.abs(p) >= 0.5 * Math.pow(10, -d - 1)) {
        return String.format(Locale.ROOT, "%+." + (d + 1) + "f%%", p);
      }
    }
    if (p != 0 && Math.abs(p) < 0.0005) {
      return String.format(Locale.ROOT, "%+.1e%%", p);
    }
    return String.format(Locale.ROOT, "%+.1f%%", p);
  }
}
