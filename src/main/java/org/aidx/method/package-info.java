/**
 * The methods an index can be built with, as values that the framework (its declared defaults) and
 * the pipeline (which applies them) both use: normalisations ({@code normalise/}) and imputations
 * ({@code impute/}). Nothing here imports the pipeline, so the framework can name a method without
 * depending on the code that runs it.
 */
package org.aidx.method;
