/**
 * The outputs of the replication of the published study ({@code org.aidx.analysis.replicate}): the
 * scorecard as a text or CSV table ({@link org.aidx.report.replicate.ScorecardWriter}) and as the
 * report's section ({@link org.aidx.report.replicate.ScorecardSection}).
 */
package org.aidx.report.replicate;
