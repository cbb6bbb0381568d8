/**
 * The outputs of the coherence analysis ({@code org.aidx.analysis.coherence}): its CSV, JSON and
 * text tables ({@link org.aidx.report.coherence.CoherenceWriter}) and its report section ({@link
 * org.aidx.report.coherence.CoherenceSection}).
 */
package org.aidx.report.coherence;
