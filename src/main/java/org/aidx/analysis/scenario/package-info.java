/**
 * What-if analysis: typed changes to one economy's data ({@link
 * org.aidx.analysis.scenario.Change}), named scenarios of changes, running them against the
 * baseline, and the search for the smallest change of one dimension that reaches a target rank or
 * tier.
 */
package org.aidx.analysis.scenario;
