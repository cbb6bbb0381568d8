package org.aidx.model;

/**
 * Where one value comes from.
 *
 * @param source the publisher and dataset, as given in the input file (may be empty)
 * @param unit the unit of measurement (may be empty)
 * @param location the file and line the value was read from, e.g. {@code macro.csv:12}
 * @param note anything a reader must know, e.g. "derived" or "imputed by median"
 */
public record Provenance(String source, String unit, String location, String note) {
  public Provenance {
    source = source == null ? "" : source;
    unit = unit == null ? "" : unit;
    location = location == null ? "" : location;
    note = note == null ? "" : note;
  }

  public Provenance withNote(String extra) {
    return new Provenance(source, unit, location, note.isEmpty() ? extra : note + "; " + extra);
  }
}
