package org.aidx.input;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;

/**
 * The message of a YAML or CSV parser's error with the position the parser gives: {@code "line 3,
 * column 7: mapping values are not allowed here"}. The parsers put the position on a later line of
 * their message, or only in the exception's location, so keeping the first line of the message used
 * to drop it.
 */
final class ParseErrors {
  private ParseErrors() {}

  static String describe(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JacksonException j) {
        JsonLocation at = j.getLocation();
        String what = firstLine(j.getOriginalMessage());
        if (at != null && at.getLineNr() > 0) {
          return "line "
              + at.getLineNr()
              + (at.getColumnNr() > 0 ? ", column " + at.getColumnNr() : "")
              + ": "
              + what;
        }
        return what;
      }
    }
    return firstLine(e.getMessage());
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("").strip();
  }
}
