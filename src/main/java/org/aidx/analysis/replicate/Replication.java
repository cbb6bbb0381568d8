package org.aidx.analysis.replicate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aidx.analysis.explain.ComparativeAdvantage;
import org.aidx.analysis.replicate.PublishedClaim.Kind;
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
 *   <li>a number (value, mean, share of total, ratio, implied value): <b>agrees</b> within 10% of
 *       the published figure (|aidx / published − 1| ≤ 0.10), <b>close</b> within 25%, else
 *       <b>misses</b>. Relative error treats 0.31 and 0.76 alike and is unit-free. An implied value
 *       is judged at the value the published figures give; the interval their rounding allows is
 *       shown beside it (it is narrower than the 10% tolerance);
 *   <li>a rank: agrees when equal, close when one place apart;
 *   <li>a tier claim, an order claim ("follows", "higher", "lower") or a class: agrees when it
 *       holds for every economy named, close when it holds for at least half of them (or, for
 *       "follows", when the economy ranks below the group but not right after it; for a whole tier,
 *       when the economies share a tier that also holds others), else misses;
 *   <li>top k: agrees when the economies named are exactly the top k, close when at least half of
 *       them are among the top k;
 *   <li>a ratio below a bound: agrees when it holds, close when the ratio exceeds the bound by at
 *       most 25% of it, else misses;
 *   <li><b>not measured</b>: none of the claim's measures is in the result (a framework without
 *       that node or indicator), or an economy named has no value; the line says why.
 * </ul>
 *
 * <p>A line that agrees agrees <b>trivially</b> when the same claim about a uniformly random choice
 * of as many distinct economies of the result (subject and group drawn together) would agree with
 * probability above {@link #TRIVIAL}: then agreement is no evidence that aidx reproduces the study.
 * Example: with tiers of 1, 1 and 18 economies, three economies share a tier with probability
 * C(18,3) / C(20,3) = 816 / 1140 = 0.72.
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

  /** The chance above which a line that agrees agrees trivially (better than a coin toss). */
  public static final double TRIVIAL = 0.5;

  /** Above this many random choices the chance is not enumerated (NaN). */
  static final long MAX_CHOICES = 200_000;

  public Replication {
    exposure = List.copyOf(exposure);
  }

  /** One line per claim, in the order given, each with its chance of agreeing at random. */
  public List<ScorecardLine> scorecard(List<PublishedClaim> claims) {
    Judge j = new Judge();
    List<ScorecardLine> out = new ArrayList<>();
    for (PublishedClaim c : claims) {
      ScorecardLine l = j.judge(c);
      out.add(l.verdict() == Verdict.NOT_MEASURED ? l : l.withChance(j.chance(c)));
    }
    return out;
  }

  /** A node's score, an indicator's value as read, {@code exposed_share}, or {@code va_share:G}. */
  double value(String iso3, String measure) {
    return new Judge().value(iso3, measure);
  }

  /** The chance of a claim by enumerating every choice of economies (for differential tests). */
  double chanceByEnumeration(PublishedClaim c) {
    return new Judge().chanceByEnumeration(c);
  }

  /** The chance of a claim as {@link #scorecard} computes it. */
  double chance(PublishedClaim c) {
    return new Judge().chance(c);
  }

  /** Judges claims against the result, caching what is costly (classes, measure values). */
  private final class Judge {
    private Map<String, ComparativeAdvantage.Lead> leads;
    private final Map<String, double[]> values = new LinkedHashMap<>();

    ScorecardLine judge(PublishedClaim c) {
      if (c.kind() == Kind.CLASS) {
        return judgeClass(c);
      }
      Optional<String> m = measureOf(c);
      if (m.isEmpty()) {
        return notMeasured(
            c,
            "not in this framework: "
                + String.join(" / ", c.measures())
                + " (framework "
                + result.framework().id()
                + ")");
      }
      String measure = m.get();
      for (String e : c.kind() == Kind.MEAN ? List.<String>of() : named(c)) {
        if (result.economyIndex(e) < 0) {
          return notMeasured(c, "economy " + e + " is not in the result");
        }
        if (c.kind() != Kind.SAME_TIER
            && c.kind() != Kind.WHOLE_TIER
            && c.kind() != Kind.TIER_BELOW
            && Double.isNaN(value(e, measure))) {
          return notMeasured(c, e + " has no value on " + measure);
        }
      }
      String on = c.measures().size() > 1 ? " [" + measure + "]" : "";
      return judgeOn(c, measure, on);
    }

    private ScorecardLine judgeOn(PublishedClaim c, String measure, String on) {
      List<String> group = groupOf(c);
      switch (c.kind()) {
        case VALUE:
          return number(c, value(c.economies().get(0), measure), on);
        case IMPLIED_VALUE:
          {
            double aidx = value(c.economies().get(0), measure);
            ScorecardLine l = number(c, aidx, on);
            return new ScorecardLine(
                c,
                fmt(c.published()) + " (rounding: " + fmt(c.low()) + "–" + fmt(c.high()) + ")",
                l.aidx(),
                l.difference(),
                l.verdict());
          }
        case MEAN:
          {
            double s = 0;
            int n = 0;
            for (String e : result.economies()) {
              double v = value(e, measure);
              if (!Double.isNaN(v)) {
                s += v;
                n++;
              }
            }
            return number(c, s / n, " (mean of " + n + ")" + on);
          }
        case SHARE_OF_TOTAL:
          {
            double s = 0;
            int n = 0;
            for (String e : result.economies()) {
              double v = value(e, measure);
              if (!Double.isNaN(v)) {
                s += v;
                n++;
              }
            }
            return number(
                c, value(c.economies().get(0), measure) / s, " (of the sum over " + n + ")" + on);
          }
        case RATIO:
          {
            String b = group.get(0);
            return number(c, value(c.economies().get(0), measure) / value(b, measure), on);
          }
        case RATIO_BELOW:
          {
            String a = c.economies().get(0);
            String b = group.get(0);
            double r = value(a, measure) / value(b, measure);
            Verdict v =
                r < c.published()
                    ? Verdict.AGREES
                    : r <= c.published() * (1 + CLOSE) ? Verdict.CLOSE : Verdict.MISSES;
            return new ScorecardLine(
                c,
                a + "/" + b + " below " + fmt(c.published()),
                a + "/" + b + " " + fmt(r) + on,
                r - c.published(),
                v);
          }
        case RANK:
          {
            String e = c.economies().get(0);
            int rank = rank(e, measure);
            int want = (int) c.published();
            Verdict v =
                rank == want
                    ? Verdict.AGREES
                    : Math.abs(rank - want) == 1 ? Verdict.CLOSE : Verdict.MISSES;
            return new ScorecardLine(
                c, e + " rank " + want, e + " rank " + rank + on, rank - want, v);
          }
        case TOP_K:
          {
            int k = c.economies().size();
            List<String> top = order(measure).subList(0, Math.min(k, result.economies().size()));
            long in = c.economies().stream().filter(top::contains).count();
            Verdict v = in == k ? Verdict.AGREES : 2 * in >= k ? Verdict.CLOSE : Verdict.MISSES;
            return new ScorecardLine(
                c,
                "top " + k + ": " + String.join(", ", c.economies()),
                "top " + k + ": " + String.join(", ", top) + on,
                Double.NaN,
                v);
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
        case WHOLE_TIER:
          {
            Map<String, Integer> tiers = tiers(c.economies());
            boolean same = tiers.values().stream().distinct().count() == 1;
            int t = tiers.values().iterator().next();
            List<String> members =
                result.economies().stream().filter(e -> tier(e) == t).sorted().toList();
            Verdict v =
                same && members.size() == c.economies().size()
                    ? Verdict.AGREES
                    : same ? Verdict.CLOSE : Verdict.MISSES;
            return new ScorecardLine(
                c,
                String.join(", ", c.economies()) + " form a tier",
                describeTiers(tiers)
                    + (same ? "; tier " + t + " holds " + String.join(", ", members) : ""),
                Double.NaN,
                v);
          }
        case TIER_BELOW:
          {
            String a = c.economies().get(0);
            int ta = tier(a);
            Map<String, Integer> tiers = tiers(group);
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
            int ra = rank(a, measure);
            int last = group.stream().mapToInt(g -> rank(g, measure)).max().orElseThrow();
            Verdict v =
                ra == last + 1 ? Verdict.AGREES : ra > last ? Verdict.CLOSE : Verdict.MISSES;
            return new ScorecardLine(
                c,
                a + " right after " + String.join(", ", c.group()),
                a + " rank " + ra + ", last of the group rank " + last + on,
                Double.NaN,
                v);
          }
        case HIGHER:
        case LOWER:
          {
            boolean higher = c.kind() == Kind.HIGHER;
            String a = c.economies().get(0);
            double va = value(a, measure);
            long holds =
                group.stream()
                    .filter(g -> higher ? va > value(g, measure) : va < value(g, measure))
                    .count();
            String others =
                c.groupIsAll()
                    ? holds + " of the other " + group.size()
                    : group.stream()
                        .map(g -> g + " " + fmt(value(g, measure)))
                        .collect(Collectors.joining(", "));
            return new ScorecardLine(
                c,
                a
                    + (higher ? " above " : " below ")
                    + (c.groupIsAll() ? "every other economy" : String.join(", ", c.group()))
                    + " on "
                    + measure,
                a + " " + fmt(va) + "; " + others,
                Double.NaN,
                share(holds, group.size()));
          }
        default:
          throw new IllegalStateException("unhandled kind " + c.kind());
      }
    }

    private ScorecardLine judgeClass(PublishedClaim c) {
      if (leads == null) {
        leads =
            advantage.classify(result).stream()
                .collect(
                    Collectors.toMap(
                        ComparativeAdvantage.Position::iso3, ComparativeAdvantage.Position::lead));
      }
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

    /**
     * The share of random choices of economies for which the claim agrees: every set of as many
     * distinct economies as the claim names, subject and group together (a group of {@code ALL}
     * stays every other economy).
     */
    double chance(PublishedClaim c) {
      if (c.kind() == Kind.MEAN) {
        return Double.NaN;
      }
      if ((c.kind() == Kind.HIGHER || c.kind() == Kind.LOWER) && !c.groupIsAll()) {
        return orderChance(c);
      }
      return chanceByEnumeration(c);
    }

    /**
     * The chance for "higher" or "lower" in closed form, the same count as the enumeration: a
     * random subject e and m others agree when all m lie strictly below (above) e, which C(b_e, m)
     * of the C(n − 1, m) groups do, b_e being how many economies lie strictly below (above) e.
     */
    double orderChance(PublishedClaim c) {
      String measure = measureOf(c).orElseThrow();
      List<Double> v =
          result.economies().stream()
              .map(e -> value(e, measure))
              .filter(x -> !Double.isNaN(x))
              .toList();
      int n = v.size();
      int m = c.group().size();
      double agree = 0;
      for (double x : v) {
        long b = v.stream().filter(y -> c.kind() == Kind.HIGHER ? y < x : y > x).count();
        agree += binomial((int) b, m);
      }
      double all = n * binomial(n - 1, m);
      return all == 0 ? Double.NaN : agree / all;
    }

    /** The chance by judging every choice of economies (the reference for the closed forms). */
    double chanceByEnumeration(PublishedClaim c) {
      List<String> all = result.economies();
      int k = c.economies().size();
      int m = c.groupIsAll() ? 0 : c.group().size();
      if (binomial(all.size(), k) * binomial(all.size() - k, m) > MAX_CHOICES) {
        return Double.NaN;
      }
      long[] counts = new long[2];
      forEachChoice(
          all,
          k,
          List.of(),
          subject -> {
            List<String> rest = all.stream().filter(e -> !subject.contains(e)).toList();
            if (c.groupIsAll()) {
              count(c.withEconomies(subject, c.group()), counts);
            } else {
              forEachChoice(rest, m, List.of(), g -> count(c.withEconomies(subject, g), counts));
            }
          });
      return counts[1] == 0 ? Double.NaN : (double) counts[0] / counts[1];
    }

    private void count(PublishedClaim c, long[] counts) {
      ScorecardLine l = judge(c);
      if (l.verdict() != Verdict.NOT_MEASURED) {
        counts[1]++;
        if (l.verdict() == Verdict.AGREES) {
          counts[0]++;
        }
      }
    }

    private Optional<String> measureOf(PublishedClaim c) {
      return c.measures().stream().filter(this::known).findFirst();
    }

    private boolean known(String measure) {
      if (measure.equals(EconomyExposure.EXPOSED_SHARE) || measure.startsWith("va_share:")) {
        return !exposure.isEmpty();
      }
      return result.aggregates().contains(measure) || result.indicators().contains(measure);
    }

    private List<String> named(PublishedClaim c) {
      List<String> out = new ArrayList<>(c.economies());
      if (!c.groupIsAll()) {
        out.addAll(c.group());
      }
      return out;
    }

    private List<String> groupOf(PublishedClaim c) {
      if (!c.groupIsAll()) {
        return c.group();
      }
      return result.economies().stream().filter(e -> !c.economies().contains(e)).toList();
    }

    double value(String iso3, String measure) {
      double[] v =
          values.computeIfAbsent(
              measure,
              m -> {
                double[] x = new double[result.economies().size()];
                for (int e = 0; e < x.length; e++) {
                  x[e] = compute(result.economies().get(e), m);
                }
                return x;
              });
      return v[result.requireEconomy(iso3)];
    }

    private double compute(String iso3, String measure) {
      if (measure.equals(EconomyExposure.EXPOSED_SHARE)) {
        return exposureOf(iso3).map(EconomyExposure::exposedShare).orElse(Double.NaN);
      }
      if (measure.startsWith("va_share:")) {
        String g = measure.substring("va_share:".length());
        Optional<EconomyExposure> x = exposureOf(iso3);
        if (x.isEmpty()) {
          return Double.NaN;
        }
        return x.get().groups().stream()
            .filter(r -> r.group().equals(g))
            .mapToDouble(GroupResult::share)
            .findFirst()
            .orElseThrow(() -> unknown("industry group '" + g + "'", measure));
      }
      int e = result.requireEconomy(iso3);
      if (result.aggregates().contains(measure)) {
        return result.score(measure, e);
      }
      int i = result.indicators().indexOf(measure);
      if (i < 0) {
        throw unknown("index node or indicator '" + measure + "'", measure);
      }
      // an indicator's value as read (a ratio scale: shares and ratios of it mean something)
      var o = result.observation(i, e);
      return o == null ? Double.NaN : o.value();
    }

    private List<String> order(String measure) {
      return result.economies().stream()
          .filter(e -> !Double.isNaN(value(e, measure)))
          .sorted(Comparator.comparingDouble((String e) -> value(e, measure)).reversed())
          .toList();
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
              Collectors.toMap(Function.identity(), this::tier, (a, b) -> a, LinkedHashMap::new));
    }
  }

  private ScorecardLine number(PublishedClaim c, double aidx, String note) {
    double rel = aidx / c.published() - 1;
    Verdict v =
        Math.abs(rel) <= AGREES
            ? Verdict.AGREES
            : Math.abs(rel) <= CLOSE ? Verdict.CLOSE : Verdict.MISSES;
    return new ScorecardLine(c, fmt(c.published()), fmt(aidx) + note, aidx - c.published(), v);
  }

  private static ScorecardLine notMeasured(PublishedClaim c, String why) {
    String pub =
        c.kind() == Kind.RANK
            ? c.economies().get(0) + " rank " + (int) c.published()
            : Double.isNaN(c.published()) ? String.join(", ", c.economies()) : fmt(c.published());
    return new ScorecardLine(c, pub, why, Double.NaN, Verdict.NOT_MEASURED);
  }

  private static Verdict share(long holds, long of) {
    return holds == of ? Verdict.AGREES : 2 * holds >= of ? Verdict.CLOSE : Verdict.MISSES;
  }

  private static void forEachChoice(
      List<String> from,
      int k,
      List<String> chosen,
      java.util.function.Consumer<List<String>> action) {
    choose(from, 0, k, new ArrayList<>(chosen), action);
  }

  private static void choose(
      List<String> from,
      int start,
      int k,
      List<String> acc,
      java.util.function.Consumer<List<String>> action) {
    if (k == 0) {
      action.accept(List.copyOf(acc));
      return;
    }
    for (int i = start; i <= from.size() - k; i++) {
      acc.add(from.get(i));
      choose(from, i + 1, k - 1, acc, action);
      acc.remove(acc.size() - 1);
    }
  }

  static double binomial(int n, int k) {
    if (k < 0 || k > n) {
      return 0;
    }
    double b = 1;
    for (int i = 1; i <= k; i++) {
      b = b * (n - k + i) / i;
    }
    return b;
  }

  private static String describeTiers(Map<String, Integer> tiers) {
    return tiers.entrySet().stream()
        .map(t -> t.getKey() + " tier " + t.getValue())
        .collect(Collectors.joining(", "));
  }

  private Optional<EconomyExposure> exposureOf(String iso3) {
    return exposure.stream().filter(x -> x.iso3().equals(iso3)).findFirst();
  }

  private static InputException unknown(String what, String measure) {
    return new InputException(
        "published claim, measure '" + measure + "'",
        what + " is not in aidx's result",
        "use an index node id, an indicator id, exposed_share or va_share:GROUP");
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
