package org.aidx.analysis.replicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aidx.analysis.explain.ComparativeAdvantage;
import org.aidx.analysis.replicate.ScorecardLine.Verdict;
import org.aidx.exposure.EconomyExposure;
import org.aidx.exposure.GroupResult;
import org.aidx.model.InputException;
import org.aidx.pipeline.IndexResult;

/**
 * Sets each published claim beside aidx's result and judges it.
 *
 * <p>The verdict rules were fixed before any comparison and are the same for every line:
 *
 * <ul>
 *   <li>a number (index, layer, share): <b>agrees</b> within 10% of the published figure (|aidx /
 *       published − 1| ≤ 0.10), <b>close</b> within 25%, else <b>misses</b>. Relative error treats
 *       0.31 and 0.76 alike and is unit-free (scores and shares of output);
 *   <li>a rank: agrees when equal, close when one place apart;
 *   <li>a tier claim, an order claim ("follows", "higher") or a class: agrees when it holds for
 *       every economy named, close when it holds for at least half of them (or, for "follows", when
 *       the economy ranks below the group but not right after it), else misses.
 * </ul>
 *
 * @param result the index as aidx computes it
 * @param exposure the exposure results behind it (for shares of output)
 * @param advantage the comparative-advantage rule used for class claims
 */
public record Replication(
    IndexResult result, List<EconomyExposure> exposure, ComparativeAdvantage advantage) {

  /** Relative error within which a number agrees. */
  public static final double AGREES = 0.10;

  /** Relative error within which a number is close. */
  public static final double CLOSE = 0.25;

  public Replication {
    exposure = List.copyOf(exposure);
  }

  /** One line per claim, in the order given. */
  public List<ScorecardLine> scorecard(List<PublishedClaim> claims) {
    List<ScorecardLine> out = new ArrayList<>();
    for (PublishedClaim c : claims) {
      out.add(judge(c));
    }
    return out;
  }

  private ScorecardLine judge(PublishedClaim c) {
    switch (c.kind()) {
      case VALUE:
        {
          String e = c.economies().get(0);
          return number(c, value(e, c.measure()), e);
        }
      case MEAN:
        {
          double s = 0;
          for (String e : result.economies()) {
            s += value(e, c.measure());
          }
          return number(c, s / result.economies().size(), "mean of " + result.economies().size());
        }
      case RANK:
        {
          String e = c.economies().get(0);
          int rank = rank(e, c.measure());
          int want = (int) c.published();
          Verdict v =
              rank == want
                  ? Verdict.AGREES
                  : Math.abs(rank - want) == 1 ? Verdict.CLOSE : Verdict.MISSES;
          return new ScorecardLine(c, e + " rank " + want, e + " rank " + rank, rank - want, v);
        }
      case SAME_TIER:
        {
          Map<String, Integer> tiers = tiers(c.economies());
          boolean same = tiers.values().stream().distinct().count() == 1;
          return new ScorecardLine(
              c,
              String.join(", ", c.economies()) + " in one tier",
              describeTiers(tiers),
              Double.NaN,
              same ? Verdict.AGREES : Verdict.MISSES);
        }
      case TIER_BELOW:
        {
          String a = c.economies().get(0);
          int ta = tier(a);
          Map<String, Integer> tiers = tiers(c.group());
          long below = tiers.values().stream().filter(t -> t > ta).count();
          return new ScorecardLine(
              c,
              String.join(", ", c.group()) + " in a tier below " + a + "'s",
              a + " tier " + ta + "; " + describeTiers(tiers),
              Double.NaN,
              share(below, tiers.size()));
        }
      case FOLLOWS:
        {
          String a = c.economies().get(0);
          int ra = rank(a, c.measure());
          int last = c.group().stream().mapToInt(g -> rank(g, c.measure())).max().orElseThrow();
          Verdict v = ra == last + 1 ? Verdict.AGREES : ra > last ? Verdict.CLOSE : Verdict.MISSES;
          return new ScorecardLine(
              c,
              a + " right after " + String.join(", ", c.group()),
              a + " rank " + ra + ", last of the group rank " + last,
              Double.NaN,
              v);
        }
      case HIGHER:
        {
          String a = c.economies().get(0);
          double va = value(a, c.measure());
          long beaten = c.group().stream().filter(g -> va > value(g, c.measure())).count();
          String others =
              c.group().stream()
                  .map(g -> g + " " + fmt(value(g, c.measure())))
                  .collect(Collectors.joining(", "));
          return new ScorecardLine(
              c,
              a + " above " + String.join(", ", c.group()) + " on " + c.measure(),
              a + " " + fmt(va) + "; " + others,
              Double.NaN,
              share(beaten, c.group().size()));
        }
      case CLASS:
        {
          Map<String, ComparativeAdvantage.Lead> leads =
              advantage.classify(result).stream()
                  .collect(
                      Collectors.toMap(
                          ComparativeAdvantage.Position::iso3,
                          ComparativeAdvantage.Position::lead));
          long in =
              c.economies().stream()
                  .filter(e -> leads.get(e) != null && leads.get(e).label().equals(c.measure()))
                  .count();
          String found =
              c.economies().stream()
                  .map(e -> e + " " + (leads.get(e) == null ? "n/a" : leads.get(e).label()))
                  .collect(Collectors.joining(", "));
          return new ScorecardLine(
              c,
              String.join(", ", c.economies()) + " " + c.measure(),
              found,
              Double.NaN,
              share(in, c.economies().size()));
        }
      default:
        throw new IllegalStateException("unhandled kind " + c.kind());
    }
  }

  private ScorecardLine number(PublishedClaim c, double aidx, String who) {
    double rel = aidx / c.published() - 1;
    Verdict v =
        Math.abs(rel) <= AGREES
            ? Verdict.AGREES
            : Math.abs(rel) <= CLOSE ? Verdict.CLOSE : Verdict.MISSES;
    return new ScorecardLine(c, fmt(c.published()), fmt(aidx), aidx - c.published(), v);
  }

  private static Verdict share(long holds, long of) {
    return holds == of ? Verdict.AGREES : 2 * holds >= of ? Verdict.CLOSE : Verdict.MISSES;
  }

  /** A node's score, {@code exposed_share}, or {@code va_share:GROUP} (a fraction of output). */
  double value(String iso3, String measure) {
    if (measure.equals(EconomyExposure.EXPOSED_SHARE)) {
      return exposureOf(iso3).exposedShare();
    }
    if (measure.startsWith("va_share:")) {
      String g = measure.substring("va_share:".length());
      return exposureOf(iso3).groups().stream()
          .filter(x -> x.group().equals(g))
          .mapToDouble(GroupResult::share)
          .findFirst()
          .orElseThrow(() -> unknown("industry group '" + g + "'", measure));
    }
    if (!result.aggregates().contains(measure)) {
      throw unknown("index node '" + measure + "'", measure);
    }
    return result.score(measure, result.requireEconomy(iso3));
  }

  private int rank(String iso3, String measure) {
    int e = result.requireEconomy(iso3);
    if (measure.equals(result.aggregates().get(0))) {
      return (int) Math.round(result.rank(e));
    }
    double v = value(iso3, measure);
    int better = 0;
    for (String o : result.economies()) {
      if (value(o, measure) > v) {
        better++;
      }
    }
    return better + 1;
  }

  private int tier(String iso3) {
    return result.tier(result.requireEconomy(iso3));
  }

  private Map<String, Integer> tiers(List<String> economies) {
    return economies.stream()
        .collect(
            Collectors.toMap(
                Function.identity(), this::tier, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static String describeTiers(Map<String, Integer> tiers) {
    return tiers.entrySet().stream()
        .map(t -> t.getKey() + " tier " + t.getValue())
        .collect(Collectors.joining(", "));
  }

  private EconomyExposure exposureOf(String iso3) {
    return exposure.stream()
        .filter(x -> x.iso3().equals(iso3))
        .findFirst()
        .orElseThrow(
            () ->
                new InputException(
                    "economy " + iso3,
                    "has no exposure result",
                    "add its industry structure and GDP at PPP"));
  }

  private static InputException unknown(String what, String measure) {
    return new InputException(
        "published claim, measure '" + measure + "'",
        what + " is not in aidx's result",
        "use an index node id, exposed_share or va_share:GROUP");
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
