package org.aidx.analysis.region;

/**
 * A region: a code (a county FIPS code, a CBSA code, or any code of the user's) and a name.
 *
 * @param code unique within a table, never blank
 * @param name for people; the code when no name is known
 */
public record Region(String code, String name) {
  public Region {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("a region needs a code");
    }
    name = name == null || name.isBlank() ? code : name;
  }
}
