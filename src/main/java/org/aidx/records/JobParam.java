package org.aidx.records;

import java.util.List;

/**
 * A job parameter, written {@code ${name}} in the job's SQL and set with {@code --param
 * name=value}. Values are substituted as text, so they are restricted: one of {@code allowed} when
 * given, else letters, digits, {@code _ . -} only.
 */
public record JobParam(String name, String defaultValue, List<String> allowed, String description) {
  public JobParam {
    allowed = List.copyOf(allowed);
    if (!allowed.isEmpty() && !allowed.contains(defaultValue)) {
      throw new IllegalArgumentException(
          "parameter " + name + ": default " + defaultValue + " is not one of " + allowed);
    }
  }

  /** Why {@code value} is not accepted, or null when it is. */
  public String reject(String value) {
    if (!allowed.isEmpty()) {
      return allowed.contains(value)
          ? null
          : "expected one of " + allowed + ", found '" + value + "'";
    }
    return value.matches("[A-Za-z0-9_.-]+")
        ? null
        : "expected letters, digits, '_', '.' or '-', found '" + value + "'";
  }
}
