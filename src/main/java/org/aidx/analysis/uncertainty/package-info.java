/**
 * Uncertainty analysis: the methodology's uncertain choices as typed {@link
 * org.aidx.analysis.uncertainty.Assumption}s, a compiled allocation-free evaluator of the index
 * ({@link org.aidx.analysis.uncertainty.CompiledIndex}), and the Monte Carlo run that summarises
 * how each economy's rank, score and tier move ({@link org.aidx.analysis.uncertainty.Uncertainty}).
 */
package org.aidx.analysis.uncertainty;
