package org.aidx.model;

import java.util.Locale;

/** Whether a higher indicator value means a better (positive) or worse (negative) position. */
public enum Direction {
  POSITIVE(1),
  NEGATIVE(-1);

  private final int sign;

  Direction(int sign) {
    this.sign = sign;
  }

  public int sign() {
    return sign;
  }

  /**
   * Reads the spellings used in frameworks and in COINr's iMeta: {@code +}, {@code 1}, {@code
   * positive}; {@code -}, {@code -1}, {@code negative}.
   *
   * @throws IllegalArgumentException naming the accepted spellings
   */
  public static Direction parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "+":
      case "1":
      case "+1":
      case "1.0":
      case "positive":
      case "pos":
        return POSITIVE;
      case "-":
      case "-1":
      case "-1.0":
      case "negative":
      case "neg":
        return NEGATIVE;
      default:
        throw new IllegalArgumentException(
            "direction '" + text + "' is not one of +, -, 1, -1, positive, negative");
    }
  }
}
