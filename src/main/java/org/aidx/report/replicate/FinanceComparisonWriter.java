package org.aidx.report.replicate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aidx.analysis.replicate.FinanceComparison;
import org.aidx.output.TextTable;

/**
 * aidx's finance beside OECD.AI's as a table (text or CSV): {@code
 * iso3,oecd_usd_million,oecd_ratio,aidx_finance_ratio,aidx_amounts_ratio,amounts_over_oecd}, one
 * row per economy the OECD.AI series covers, every ratio relative to the United States.
 */
public final class FinanceComparisonWriter {
  public static final List<String> HEADER =
      List.of(
          "iso3",
          "oecd_usd_million",
          "oecd_ratio",
          "aidx_finance_ratio",
          "aidx_amounts_ratio",
          "amounts_over_oecd");

  private FinanceComparisonWriter() {}

  public static TextTable table(FinanceComparison f) {
    TextTable t = new TextTable(HEADER, Set.of(0));
    for (FinanceComparison.Line l : f.lines()) {
      t.add(
          List.of(
              l.iso3(),
              String.format(Locale.ROOT, "%.1f", l.publishedUsdMillion()),
              fmt(l.published()),
              fmt(l.finance()),
              fmt(l.amounts()),
              fmt(l.amounts() / l.published())));
    }
    return t;
  }

  /** One sentence that says what the table compares, with the source and its terms. */
  public static String caption(FinanceComparison f) {
    return "Finance beside the study's source: OECD.AI venture capital in AI (data from Preqin, series "
        + f.series()
        + "), deal value summed over "
        + f.from()
        + "-"
        + f.to()
        + ", for the "
        + f.lines().size()
        + " economies it covers, against aidx's finance dimension and its amounts ("
        + (f.amountsMeasure().isEmpty() ? "none in this framework" : f.amountsMeasure())
        + "); every ratio relative to "
        + f.versus()
        + ". OECD.AI/Preqin is shown for comparison only (redistribution terms unclear).";
  }

  static String fmt(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
  }
}
