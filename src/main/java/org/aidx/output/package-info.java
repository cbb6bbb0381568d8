/**
 * How every output is written, whatever the analysis: files replaced atomically ({@link
 * org.aidx.store.AtomicFiles}), the run manifest that makes a run repeatable ({@link
 * org.aidx.output.Manifest}), aligned text tables ({@link org.aidx.output.TextTable}) and the one
 * spelling of a number, rank or CSV cell and the JSON mapper shared by all writers ({@link
 * org.aidx.output.Cells}). What an analysis writes lives beside its report section in {@code
 * org.aidx.report.<analysis>}.
 */
package org.aidx.output;
