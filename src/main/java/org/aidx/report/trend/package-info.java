/**
 * The outputs of the trend analyses ({@code org.aidx.analysis.trend}, {@code aidx trend}): the
 * charts of S-curve, growth and scaling fits ({@link org.aidx.report.trend.TrendCharts}).
 */
package org.aidx.report.trend;
