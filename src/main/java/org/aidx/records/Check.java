package org.aidx.records;

/**
 * A query whose rows ({@code item}, {@code amount}) are listed in the run's notes, e.g. country
 * names with no ISO3 code. A failing check ({@code fail}) stops the run with exit code 2 when it
 * returns rows, unless the user allows it ({@code --allow ID}); its rows are then notes too.
 */
public record Check(String id, String description, boolean fail, SqlBlock sql) {}
