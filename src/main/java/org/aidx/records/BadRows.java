package org.aidx.records;

/** What a run does with a record the engine cannot parse (wrong field count, text in a number). */
public enum BadRows {
  /** Stop with exit code 2, naming the file and line of the first bad rows. */
  STOP,
  /** Leave the bad rows out, count them and list the first ones in the notes. */
  SKIP
}
