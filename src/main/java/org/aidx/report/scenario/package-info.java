/**
 * The outputs of scenarios ({@code org.aidx.analysis.scenario}): each scenario beside its baseline
 * as CSV, JSON and a terminal table ({@link org.aidx.report.scenario.ScenarioWriter}).
 */
package org.aidx.report.scenario;
