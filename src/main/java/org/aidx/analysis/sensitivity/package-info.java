/**
 * Variance-based sensitivity analysis: first- and total-order Sobol indices (Saltelli 2010 and
 * Jansen estimators) with bootstrap intervals, for any model and for the index's assumptions.
 */
package org.aidx.analysis.sensitivity;
