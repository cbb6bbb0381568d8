/**
 * What a run reads, and nothing else: every parser of a user's or a shipped input file turns text
 * into the core's values or into a problem naming file, line, column and fix. Data tables in their
 * layouts ({@link org.aidx.input.DataFiles}, {@link org.aidx.input.CsvTable}, {@link
 * org.aidx.input.Layout}) and data added to the shipped data ({@link org.aidx.input.DataAddition});
 * framework, assumption, scenario and records-job YAML with one key check ({@link
 * org.aidx.input.StrictKeys}); exposure, region, trend and published-figure tables; the map
 * topology; and {@link org.aidx.input.Inputs}, the framework and dataset of a run with the files
 * they came from. {@link org.aidx.input.DataExport} writes a dataset back in the long layout that
 * {@link org.aidx.input.DataFiles} reads, so the two are kept together. Readers only read: deriving
 * values (such as the exposure indicators) is a step of its own in {@code org.aidx.exposure}.
 */
package org.aidx.input;
