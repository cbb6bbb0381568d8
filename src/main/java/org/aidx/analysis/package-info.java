/** Analyses built on index results: explanations, and later uncertainty, scenarios and trends. */
package org.aidx.analysis;
