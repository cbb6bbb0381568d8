package org.aidx.analysis.replicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.aidx.pipeline.IndexResult;

/**
 * aidx's finance beside the study's own source: for each economy the published venture-capital
 * series covers, its deal value summed over a window, relative to the reference economy's, set
 * beside aidx's finance score relative to the same economy.
 *
 * <p>Both sides are ratios to one economy (the United States for the study), so they are comparable
 * whatever the index's reference. Example: OECD.AI/Preqin gives China 25,078.5 + 21,182.6 and the
 * United States 76,731.2 + 71,776.4 USD million for 2022 and 2023, a ratio of 46,261.1 / 148,507.5
 * = 0.312; aidx's finance score for China relative to the United States' stands beside it.
 *
 * @param series the published series compared (e.g. {@code vc_ai_all_industries})
 * @param from the first year of the window
 * @param to the last year
 * @param versus the economy both sides are relative to
 * @param amountsMeasure the node or indicator aidx's amounts come from (empty if none is in the
 *     framework)
 * @param lines one per economy covered by both, in the order of the published ratio (largest first)
 */
public record FinanceComparison(
    String series, int from, int to, String versus, String amountsMeasure, List<Line> lines) {

  /** The finance dimension's node id. */
  public static final String FINANCE = "finance";

  /** aidx's measures of VC amounts, tried in order (the sub-item, then the single indicator). */
  public static final List<String> AMOUNTS = List.of("finance_amounts", "private_ai_investment_5y");

  public FinanceComparison {
    lines = List.copyOf(lines);
  }

  /**
   * One economy.
   *
   * @param iso3 the economy
   * @param publishedUsdMillion its deal value summed over the window
   * @param published that sum relative to the {@code versus} economy's
   * @param finance aidx's finance score relative to the {@code versus} economy's (NaN if the
   *     framework has no finance node)
   * @param amounts aidx's amounts measure likewise (NaN if none)
   */
  public record Line(
      String iso3, double publishedUsdMillion, double published, double finance, double amounts) {}

  /**
   * Compares a result with a published series over the years {@code from..to}; an economy counts
   * only when the series has every year of the window for it and the result holds it.
   *
   * @throws IllegalArgumentException if the series lacks a year of the window for {@code versus}
   */
  public static FinanceComparison of(
      IndexResult r, List<VentureCapital> published, String series, int from, int to) {
    if (from > to) {
      throw new IllegalArgumentException("window " + from + "-" + to + " is empty");
    }
    String versus = "USA";
    Map<String, double[]> sums = new TreeMap<>();
    Map<String, Integer> years = new TreeMap<>();
    for (VentureCapital v : published) {
      if (v.series().equals(series) && v.year() >= from && v.year() <= to) {
        sums.computeIfAbsent(v.iso3(), k -> new double[1])[0] += v.usdMillion();
        years.merge(v.iso3(), 1, Integer::sum);
      }
    }
    int n = to - from + 1;
    if (years.getOrDefault(versus, 0) != n) {
      throw new IllegalArgumentException(
          "series " + series + " lacks a year of " + from + "-" + to + " for " + versus);
    }
    double base = sums.get(versus)[0];
    Optional<String> amounts = AMOUNTS.stream().filter(m -> has(r, m)).findFirst();
    List<Line> out = new ArrayList<>();
    for (var e : sums.entrySet()) {
      if (years.get(e.getKey()) != n || r.economyIndex(e.getKey()) < 0) {
        continue;
      }
      String iso3 = e.getKey();
      out.add(
          new Line(
              iso3,
              e.getValue()[0],
              e.getValue()[0] / base,
              has(r, FINANCE) ? ratio(r, FINANCE, iso3, versus) : Double.NaN,
              amounts.map(m -> ratio(r, m, iso3, versus)).orElse(Double.NaN)));
    }
    out.sort((a, b) -> Double.compare(b.published(), a.published()));
    return new FinanceComparison(series, from, to, versus, amounts.orElse(""), out);
  }

  private static boolean has(IndexResult r, String m) {
    return r.aggregates().contains(m) || r.indicators().contains(m);
  }

  private static double ratio(IndexResult r, String m, String a, String b) {
    return value(r, m, a) / value(r, m, b);
  }

  private static double value(IndexResult r, String m, String iso3) {
    int e = r.requireEconomy(iso3);
    if (r.aggregates().contains(m)) {
      return r.score(m, e);
    }
    var o = r.observation(r.indicators().indexOf(m), e);
    return o == null ? Double.NaN : o.value();
  }
}
