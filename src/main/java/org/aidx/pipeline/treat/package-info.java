/** Outlier treatment: skewness- and kurtosis-driven winsorisation, with a log fallback. */
package org.aidx.pipeline.treat;
