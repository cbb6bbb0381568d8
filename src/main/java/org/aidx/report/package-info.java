/**
 * The outputs of an index run and the frame every analysis plugs into: the result as CSV, JSON,
 * Markdown and a text table ({@link org.aidx.report.ResultWriter}), charts in one house style
 * ({@link org.aidx.report.Charts}), and the report of a run ({@link org.aidx.report.ReportFiles}):
 * a self-contained HTML page, an XLSX workbook with one sheet per table, the charts as PNG and SVG,
 * and the manifest. Each analysis's own outputs (writers, charts, report section) live in a
 * subpackage named after it ({@code report.uncertainty}, {@code report.coherence}, {@code
 * report.panel}, {@code report.region}, …) and plug into the HTML page as {@link
 * org.aidx.report.ReportSection}s.
 */
package org.aidx.report;
