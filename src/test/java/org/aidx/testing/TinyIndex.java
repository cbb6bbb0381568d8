package org.aidx.testing;

/**
 * A two-indicator index and its data for tests that need a valid upload or run but not the shipped
 * index: x (higher is better) and y (lower is better) under a geometric mean of two arithmetic
 * dimensions, ratio-normalised to the USA.
 */
public final class TinyIndex {
  private TinyIndex() {}

  public static final String FRAMEWORK =
      String.join(
          "\n",
          "id: tiny",
          "reference: USA",
          "relative_to_reference: true",
          "normalisation: ratio",
          "root:",
          "  id: index",
          "  aggregation: geometric",
          "  children:",
          "    - id: one",
          "      aggregation: arithmetic",
          "      children:",
          "        - indicator: x",
          "    - id: two",
          "      aggregation: arithmetic",
          "      children:",
          "        - indicator: y",
          "          direction: \"-\"",
          "");

  /** The data of {@link #FRAMEWORK} with the USA's x as given. */
  public static String data(String usaX) {
    return "iso3,indicator,year,value\nUSA,x,2020,"
        + usaX
        + "\nUSA,y,2020,2\nDEU,x,2020,3\nDEU,y,2020,4\nJPN,x,2020,5\nJPN,y,2020,1\n";
  }
}
