package org.aidx.records;

import java.math.BigDecimal;

/** One row of a job's output table, its value already rounded. */
public record IndicatorRow(String key, String indicator, int year, BigDecimal value, String unit) {}
