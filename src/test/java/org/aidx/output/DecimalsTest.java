package org.aidx.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Differential: {@link Decimals} against the Formatter calls it replaces. */
class DecimalsTest {
  private static String formatted(double x, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", x);
  }

  private static String formattedCompact(double x) {
    if (Double.isNaN(x)) {
      return "";
    }
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return new BigDecimal(String.format(Locale.ROOT, "%.6g", x))
        .stripTrailingZeros()
        .toPlainString();
  }

  /** Random doubles of every magnitude and sign, decimal halves, and the awkward values. */
  private static double[] values(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] v = new double[20_000];
    double[] special = {
      0.0,
      -0.0,
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      0.15,
      0.125,
      1.0005,
      2.675,
      -0.0001,
      -0.0004,
      999.9995,
      999_999.5,
      0.00001,
      1e20,
      Double.MIN_VALUE,
      Double.MAX_VALUE,
      41.2865,
      3.5,
      0.995,
      0.005
    };
    System.arraycopy(special, 0, v, 0, special.length);
    for (int i = special.length; i < v.length; i++) {
      int kind = rnd.nextInt(4);
      double x =
          kind == 0
              ? rnd.nextDouble() * Math.pow(10, rnd.nextInt(-8, 12))
              : kind == 1
                  ? rnd.nextInt(2_000_000) / Math.pow(10, rnd.nextInt(1, 9)) // short decimals
                  : kind == 2 ? rnd.nextInt(100_000) / 2.0 + 0.0005 : rnd.nextInt(401) / 2.0;
      v[i] = rnd.nextInt(5) == 0 ? -x : x;
    }
    return v;
  }

  @Test
  void fixed_spells_what_the_formatter_spells() {
    for (double x : values(1)) {
      for (int digits = 0; digits <= 6; digits++) {
        assertThat(Decimals.fixed(x, digits))
            .as("%s, %d digits", x, digits)
            .isEqualTo(formatted(x, digits));
      }
    }
  }

  @Test
  void compact_spells_what_the_formatter_and_big_decimal_spelt() {
    for (double x : values(2)) {
      if (Double.isInfinite(x)) {
        assertThatThrownBy(() -> Decimals.compact(x)).isInstanceOf(NumberFormatException.class);
      } else {
        assertThat(Decimals.compact(x)).as("%s", x).isEqualTo(formattedCompact(x));
      }
    }
  }

  @Test
  void examples_round_the_shortest_decimal_half_up() {
    assertThat(Decimals.fixed(0.15, 1)).isEqualTo("0.2");
    assertThat(Decimals.fixed(2.0, 3)).isEqualTo("2.000");
    assertThat(Decimals.fixed(-0.0001, 3)).isEqualTo("-0.000");
    assertThat(Decimals.compact(1234.56789)).isEqualTo("1234.57");
    assertThat(Decimals.compact(0.123456789)).isEqualTo("0.123457");
    assertThat(Decimals.compact(3.0)).isEqualTo("3");
    assertThat(Decimals.compact(Double.NaN)).isEmpty();
  }

  @Test
  void padding_counts_characters_as_the_formatter_does() {
    StringBuilder b = new StringBuilder();
    Decimals.right(b, "1–2", 7).append('|');
    Decimals.left(b, "Unit…", 7).append('|');
    Decimals.right(b, "toolongvalue", 3);
    assertThat(b.toString())
        .isEqualTo(String.format(Locale.ROOT, "%7s|%-7s|%3s", "1–2", "Unit…", "toolongvalue"));
  }
}
