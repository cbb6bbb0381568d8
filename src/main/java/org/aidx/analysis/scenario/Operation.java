package org.aidx.analysis.scenario;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a change does to one value. Every operation reads the baseline value x (and, for a gap, the
 * source economy's baseline value s) and gives the scenario value:
 *
 * <ul>
 *   <li>{@code set(v)}: v (also where x is missing);
 *   <li>{@code scale(k)}: k·x, e.g. scale(2) of 150 → 300;
 *   <li>{@code add(d)}: x + d;
 *   <li>{@code gap(ISO3, f)}: x + f·(s − x), closing the fraction f of the gap to ISO3, e.g.
 *       gap(USA, 0.5) with x = 20, s = 100 → 60; {@code copy(ISO3)} is gap(ISO3, 1) and gives s
 *       even where x is missing.
 * </ul>
 */
public sealed interface Operation {
  /** The scenario value from the baseline value (NaN if missing) and the source's value. */
  double apply(double current, double source);

  /** Whether the operation needs the economy's own baseline value. */
  boolean needsCurrent();

  /** The economy whose values this operation reads, if any. */
  default Optional<String> from() {
    return Optional.empty();
  }

  /**
   * The inline spelling, e.g. {@code gap(USA,0.5)}; parsed back by {@link
   * Scenarios#parseOperation}.
   */
  String label();

  static Operation set(double v) {
    return new Set(v);
  }

  static Operation scale(double k) {
    return new Scale(k);
  }

  static Operation add(double d) {
    return new Add(d);
  }

  static Operation copy(String from) {
    return new Gap(from, 1);
  }

  static Operation gap(String from, double fraction) {
    return new Gap(from, fraction);
  }

  /** Sets the value. */
  record Set(double value) implements Operation {
    public Set {
      finite(value, "set");
    }

    @Override
    public double apply(double current, double source) {
      return value;
    }

    @Override
    public boolean needsCurrent() {
      return false;
    }

    @Override
    public String label() {
      return "set(" + num(value) + ")";
    }
  }

  /** Multiplies the value by a factor. */
  record Scale(double factor) implements Operation {
    public Scale {
      finite(factor, "scale");
    }

    @Override
    public double apply(double current, double source) {
      return factor * current;
    }

    @Override
    public boolean needsCurrent() {
      return true;
    }

    @Override
    public String label() {
      return "scale(" + num(factor) + ")";
    }
  }

  /** Adds to the value. */
  record Add(double delta) implements Operation {
    public Add {
      finite(delta, "add");
    }

    @Override
    public double apply(double current, double source) {
      return current + delta;
    }

    @Override
    public boolean needsCurrent() {
      return true;
    }

    @Override
    public String label() {
      return "add(" + num(delta) + ")";
    }
  }

  /**
   * Closes a fraction of the gap to another economy's value; fraction 1 copies it.
   *
   * @param fraction in [0, 1]
   */
  record Gap(String source, double fraction) implements Operation {
    public Gap {
      Objects.requireNonNull(source, "source");
      source = source.trim().toUpperCase(Locale.ROOT);
      if (!(fraction >= 0 && fraction <= 1)) {
        throw new IllegalArgumentException(
            "gap(" + source + ", " + fraction + "): the fraction of the gap must be in [0, 1]");
      }
    }

    @Override
    public double apply(double current, double s) {
      return fraction == 1 ? s : current + fraction * (s - current);
    }

    @Override
    public boolean needsCurrent() {
      return fraction != 1;
    }

    @Override
    public Optional<String> from() {
      return Optional.of(source);
    }

    @Override
    public String label() {
      return fraction == 1 ? "copy(" + source + ")" : "gap(" + source + "," + num(fraction) + ")";
    }
  }

  private static void finite(double v, String op) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(op + "(" + v + "): the number must be finite");
    }
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
