package org.aidx.model;

/**
 * One thing wrong with user input: where it is, what was found, and how to fix it.
 *
 * @param where file and line/column, or a framework node path, e.g. {@code data.csv line 4, column
 *     'value'}
 * @param what what is wrong and what was expected
 * @param fix what the user can do about it
 */
public record Problem(String where, String what, String fix) {
  @Override
  public String toString() {
    return where + ": " + what + (fix == null || fix.isEmpty() ? "" : ". Fix: " + fix);
  }
}
