package org.aidx.store;

import java.util.Arrays;
import java.util.Locale;

/** What an uploaded item is; the store keeps all three as bytes with a name. */
public enum Kind {
  /** A data file (long, wide or COINr CSV), validated like {@code aidx data check}. */
  DATASET,
  /** A framework YAML file, validated like {@code --framework}. */
  FRAMEWORK,
  /** A saved scenario, kept as the text the client sent. */
  SCENARIO;

  /** The lower-case label used in URLs and JSON, e.g. {@code dataset}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Kind parse(String s) {
    return Arrays.stream(values())
        .filter(k -> k.label().equals(s))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + s + "'"));
  }
}
