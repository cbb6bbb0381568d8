/**
 * The outputs of comparing two versions of the index ({@code org.aidx.analysis.compare}): the rank
 * against rank scatter ({@link org.aidx.report.compare.CompareScatter}).
 */
package org.aidx.report.compare;
