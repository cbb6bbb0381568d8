/**
 * Aggregation: the framework tree compiled into int-indexed arrays ({@link
 * org.aidx.pipeline.aggregate.CompiledTree}) and the one kernel that combines normalised indicators
 * bottom-up into aggregate scores, used by {@link org.aidx.pipeline.Pipeline#run} and by every
 * Monte Carlo replication.
 */
package org.aidx.pipeline.aggregate;
