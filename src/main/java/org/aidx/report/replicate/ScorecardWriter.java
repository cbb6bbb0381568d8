package org.aidx.report.replicate;

import java.util.List;
import java.util.Set;
import org.aidx.analysis.replicate.ScorecardLine;
import org.aidx.output.TextTable;

/**
 * The scorecard of {@code aidx replicate} as a table (text or CSV): {@code
 * id,claim,published,aidx,difference,verdict,chance,trivial}, one row per published figure or
 * claim; {@code chance} is the probability that the claim agrees about a random choice of economies
 * and {@code trivial} says "yes" for a line that agrees with a chance above 0.5.
 */
public final class ScorecardWriter {
  private ScorecardWriter() {}

  public static TextTable table(List<ScorecardLine> lines) {
    TextTable t =
        new TextTable(
            List.of(
                "id", "claim", "published", "aidx", "difference", "verdict", "chance", "trivial"),
            Set.of(0, 1, 2, 3, 5, 7));
    for (ScorecardLine l : lines) {
      t.add(
          List.of(
              l.claim().id(),
              l.claim().claim(),
              ScorecardSection.NAMES.named(l.published()),
              ScorecardSection.NAMES.named(l.aidx()),
              l.differenceText(),
              l.verdict().label(),
              l.chanceText(),
              l.trivial() ? "yes" : ""));
    }
    return t;
  }
}
