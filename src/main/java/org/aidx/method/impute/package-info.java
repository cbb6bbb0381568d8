/**
 * Imputation of missing values as a method value; the pipeline fills the cells and flags them (the
 * cross-indicator {@code relative} method is filled by {@code pipeline/impute}).
 */
package org.aidx.method.impute;
