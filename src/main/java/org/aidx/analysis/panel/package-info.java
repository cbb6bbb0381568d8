/**
 * The index over time: one index per year under an explicit panel rule ({@link PanelRule}), each
 * year computed exactly as {@code aidx index --year Y --max-age A} (the same selection through
 * {@link org.aidx.pipeline.PipelineSpec#select}), and the catching-up of every economy relative to
 * the reference, with an interval from the Monte Carlo over weights and imputation run per year
 * ({@link CatchingUp}).
 */
package org.aidx.analysis.panel;
