package org.aidx.records;

/**
 * One row of a check: e.g. check {@code unattributed}, item {@code (empty)}, amount {@code 1234.5}
 * (fractional papers without a country).
 */
public record Note(String check, String item, double amount) {}
