/**
 * Imputation across indicators (relative position); the per-indicator methods are {@link
 * org.aidx.method.impute.Imputation} values.
 */
package org.aidx.pipeline.impute;
