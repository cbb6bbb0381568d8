/**
 * The statistical rules every layer shares, each in one place: the quantile definition ({@link
 * org.aidx.model.stats.Quantile}, nearest rank through Hipparchus' Percentile) and fractional
 * ranking ({@link org.aidx.model.stats.FractionalRanking}).
 */
package org.aidx.model.stats;
