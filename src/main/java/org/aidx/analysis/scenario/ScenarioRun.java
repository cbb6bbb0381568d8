package org.aidx.analysis.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aidx.data.Dataset;
import org.aidx.framework.Framework;
import org.aidx.model.Observation;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;

/**
 * One scenario run next to its baseline: the same framework and method on the baseline data and on
 * the data with the scenario's changes.
 *
 * @param baseline the index on the unchanged data
 * @param result the index on the changed data
 * @param changed the scenario-made observations
 * @param notes values skipped by a change (see {@link Scenarios.Applied#notes()})
 * @param tierRule how {@link #scenarioTier} places the scenario's economies
 */
public record ScenarioRun(
    Scenario scenario,
    IndexResult baseline,
    IndexResult result,
    List<Observation> changed,
    List<String> notes,
    TierRule tierRule) {
  public ScenarioRun {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(result, "result");
    changed = List.copyOf(changed);
    notes = List.copyOf(notes);
    Objects.requireNonNull(tierRule, "tierRule");
  }

  /** Runs the baseline and one scenario, tiers under the baseline's breaks. */
  public static ScenarioRun run(Framework fw, Dataset data, Methodology method, Scenario s) {
    return runAll(fw, data, method, List.of(s), TierRule.BASELINE_BREAKS).get(0);
  }

  /** Runs the baseline once and every scenario against it. */
  public static List<ScenarioRun> runAll(
      Framework fw, Dataset data, Methodology method, List<Scenario> scenarios, TierRule rule) {
    IndexResult baseline = Pipeline.run(fw, data, method);
    List<ScenarioRun> out = new ArrayList<>();
    for (Scenario s : scenarios) {
      Scenarios.Applied a = Scenarios.apply(fw, data, baseline.methodology(), s);
      IndexResult r = Pipeline.run(fw, a.data(), method);
      out.add(new ScenarioRun(s, baseline, r, a.changed(), a.notes(), rule));
    }
    return out;
  }

  /** Economy codes of the baseline, in the baseline's rank order. */
  public List<String> economies() {
    List<String> out = new ArrayList<>();
    for (int e : baseline.order()) {
      out.add(baseline.economies().get(e));
    }
    return out;
  }

  /** The baseline index of an economy, NaN if absent. */
  public double baselineIndex(String iso3) {
    int e = baseline.economyIndex(iso3);
    return e < 0 ? Double.NaN : baseline.index(e);
  }

  public double scenarioIndex(String iso3) {
    int e = result.economyIndex(iso3);
    return e < 0 ? Double.NaN : result.index(e);
  }

  /** A node's score (the index for the root) in the baseline. */
  public double baselineScore(String node, String iso3) {
    int e = baseline.economyIndex(iso3);
    return e < 0 ? Double.NaN : baseline.score(node, e);
  }

  public double scenarioScore(String node, String iso3) {
    int e = result.economyIndex(iso3);
    return e < 0 ? Double.NaN : result.score(node, e);
  }

  public double baselineRank(String iso3) {
    int e = baseline.economyIndex(iso3);
    return e < 0 ? Double.NaN : baseline.rank(e);
  }

  public double scenarioRank(String iso3) {
    int e = result.economyIndex(iso3);
    return e < 0 ? Double.NaN : result.rank(e);
  }

  public int baselineTier(String iso3) {
    int e = baseline.economyIndex(iso3);
    return e < 0 ? 0 : baseline.tier(e);
  }

  /** The scenario tier under the run's {@link TierRule}. */
  public int scenarioTier(String iso3) {
    int e = result.economyIndex(iso3);
    if (e < 0) {
      return 0;
    }
    return tierRule == TierRule.RECOMPUTED
        ? result.tier(e)
        : TierRule.tierUnder(baseline.tiering().breaks(), result.index(e));
  }
}
