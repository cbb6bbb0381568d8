/**
 * Replication scorecard: the published figures and claims of the study an index implements, set
 * beside what aidx computes, with the difference and a verdict per line.
 */
package org.aidx.analysis.replicate;
