/**
 * The outputs of the uncertainty analysis ({@code org.aidx.analysis.uncertainty}, {@code aidx
 * robustness}): rank intervals as CSV, JSON and text ({@link
 * org.aidx.report.uncertainty.UncertaintyWriter}), the robustness and sensitivity charts and the
 * report's Robustness section.
 */
package org.aidx.report.uncertainty;
