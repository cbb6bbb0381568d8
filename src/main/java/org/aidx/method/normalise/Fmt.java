package org.aidx.method.normalise;

/** Shortest plain spelling of a method parameter, so labels parse back to equal values. */
final class Fmt {
  private Fmt() {}

  static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
