/** Imputation of missing values, each imputed value flagged. */
package org.aidx.pipeline.impute;
