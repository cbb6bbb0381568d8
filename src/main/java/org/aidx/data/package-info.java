/**
 * Datasets: immutable collections of observations per (economy, indicator, year) with provenance,
 * economy names and group labels, and the selection of one value per economy and indicator.
 */
package org.aidx.data;
