/**
 * Two versions of an index side by side (two methods, weights or views): rank and score changes per
 * economy, the rank correlation, and the dimension behind each move.
 */
package org.aidx.analysis.compare;
