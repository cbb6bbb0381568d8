/**
 * Publication outputs: charts in one house style ({@link org.aidx.report.Charts}), and the report
 * of a run ({@link org.aidx.report.ReportFiles}): a self-contained HTML page, an XLSX workbook with
 * one sheet per table, the charts as PNG and SVG, and the manifest. Optional analyses plug into the
 * HTML page as {@link org.aidx.report.ReportSection}s.
 */
package org.aidx.report;
