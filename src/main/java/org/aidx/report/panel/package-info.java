/**
 * The outputs of the index over time ({@code org.aidx.analysis.panel}): the panel and catching-up
 * tables as CSV, JSON and text ({@link org.aidx.report.panel.PanelWriter}), its charts and its
 * report section.
 */
package org.aidx.report.panel;
