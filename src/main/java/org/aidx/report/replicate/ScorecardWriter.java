package org.aidx.report.replicate;

import java.util.List;
import java.util.Set;
import org.aidx.analysis.replicate.ScorecardLine;
import org.aidx.output.TextTable;

/**
 * The scorecard of {@code aidx replicate} as a table (text or CSV): {@code
 * id,claim,published,aidx,difference,verdict}, one row per published figure or claim.
 */
public final class ScorecardWriter {
  private ScorecardWriter() {}

  public static TextTable table(List<ScorecardLine> lines) {
    TextTable t =
        new TextTable(
            List.of("id", "claim", "published", "aidx", "difference", "verdict"),
            Set.of(0, 1, 2, 3, 5));
    for (ScorecardLine l : lines) {
      t.add(
          List.of(
              l.claim().id(),
              l.claim().claim(),
              l.published(),
              l.aidx(),
              l.differenceText(),
              l.verdict().label()));
    }
    return t;
  }
}
