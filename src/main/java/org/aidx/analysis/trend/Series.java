package org.aidx.analysis.trend;

import java.util.Arrays;
import java.util.Objects;

/**
 * A named series of (time, value) points, times as decimal years. It only checks that the arrays
 * match and hold finite numbers; each fit states its own further needs (order, positivity, size).
 *
 * <pre>{@code
 * Series s = Series.of("Internet", "% of US households", new double[] {1990, 1995}, new double[] {0, 9.2});
 * s.size(); // 2
 * }</pre>
 */
public final class Series {
  private final String name;
  private final String unit;
  private final double[] t;
  private final double[] y;

  private Series(String name, String unit, double[] t, double[] y) {
    this.name = Objects.requireNonNull(name, "name");
    this.unit = unit == null ? "" : unit;
    if (t.length != y.length) {
      throw new IllegalArgumentException(
          "series " + name + ": " + t.length + " times but " + y.length + " values");
    }
    for (int i = 0; i < t.length; i++) {
      if (!Double.isFinite(t[i]) || !Double.isFinite(y[i])) {
        throw new IllegalArgumentException(
            "series "
                + name
                + ": point "
                + (i + 1)
                + " is not finite ("
                + t[i]
                + ", "
                + y[i]
                + ")");
      }
    }
    this.t = t.clone();
    this.y = y.clone();
  }

  public static Series of(String name, String unit, double[] t, double[] y) {
    return new Series(name, unit, t, y);
  }

  public String name() {
    return name;
  }

  public String unit() {
    return unit;
  }

  public int size() {
    return t.length;
  }

  public double t(int i) {
    return t[i];
  }

  public double y(int i) {
    return y[i];
  }

  /** A copy of the times. */
  public double[] times() {
    return t.clone();
  }

  /** A copy of the values. */
  public double[] values() {
    return y.clone();
  }

  /** The points with {@code from <= t <= to}. */
  public Series between(double from, double to) {
    int[] keep =
        java.util.stream.IntStream.range(0, t.length)
            .filter(i -> t[i] >= from && t[i] <= to)
            .toArray();
    return new Series(
        name,
        unit,
        Arrays.stream(keep).mapToDouble(i -> t[i]).toArray(),
        Arrays.stream(keep).mapToDouble(i -> y[i]).toArray());
  }
}
