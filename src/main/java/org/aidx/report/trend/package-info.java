/**
 * The outputs of the trend analyses ({@code org.aidx.analysis.trend}, {@code aidx trend}): S-curve,
 * growth or decline and scaling fits as CSV, JSON and text ({@link
 * org.aidx.report.trend.SCurveWriter}, {@link org.aidx.report.trend.GrowthWriter}, {@link
 * org.aidx.report.trend.ScalingWriter}, with the number spelling of {@link
 * org.aidx.report.trend.TrendCells}) and their charts ({@link org.aidx.report.trend.TrendCharts}).
 */
package org.aidx.report.trend;
