package org.aidx.cli;

import java.util.function.IntFunction;
import org.aidx.analysis.panel.Panel;
import org.aidx.analysis.panel.PanelRule;
import org.aidx.data.Dataset;
import org.aidx.input.Inputs;
import org.aidx.model.InputException;
import picocli.CommandLine.Option;

/** The year range and coverage rule of a panel, shared by {@code aidx panel} and the report. */
final class PanelOptions {
  @Option(
      names = "--from",
      paramLabel = "Y1",
      description = "First year of the panel (default: 4 years before --to).")
  Integer from;

  @Option(
      names = "--to",
      paramLabel = "Y2",
      description = "Last year of the panel (default: the latest year of the framework's data).")
  Integer to;

  @Option(
      names = "--min-coverage",
      paramLabel = "SHARE",
      description =
          "Flag an economy in a year when it has values for fewer than this share of the indicators (default: 0.5).")
  Double minCoverage;

  /**
   * Builds the panel of the run's inputs and methods: each year Y is {@code aidx index --year Y
   * --max-age A} on the same options.
   */
  Panel build(RunOptions run) {
    if (run.year != null) {
      throw new InputException(
          "--year " + run.year,
          "a panel covers a range of years",
          "use --from Y1 --to Y2 (the panel's year Y equals 'aidx index --year Y')");
    }
    return build(run, to);
  }

  /**
   * As {@link #build(RunOptions)}, with {@code lastYear} as the last year when {@code --to} is not
   * given (the report's {@code --year}).
   */
  Panel build(RunOptions run, Integer lastYear) {
    PanelRule rule =
        new PanelRule(
            run.maxAge, minCoverage == null ? PanelRule.DEFAULT_MIN_COVERAGE : minCoverage);
    Inputs latest = run.inputs(null);
    boolean embedded = run.data.isEmpty() && run.coinr.isEmpty();
    // The embedded data derive their exposure indicators per year, exactly as --year does;
    // user files are the same every year.
    IntFunction<Dataset> dataFor = embedded ? y -> run.inputs(y).dataset() : y -> latest.dataset();
    return Panel.build(
        latest.framework(),
        dataFor,
        latest.dataset(),
        org.aidx.pipeline.Methodology.of(latest.framework(), run.methods()),
        from,
        to != null ? to : lastYear,
        rule);
  }
}
