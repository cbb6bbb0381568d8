package org.aidx.analysis.uncertainty;

import java.util.Locale;
import org.hipparchus.random.SobolSequenceGenerator;

/**
 * How replications draw their points of the unit hypercube. Point {@code r} is a pure function of
 * (sampler, dimension, seed, r), so any replication can be re-run alone and the results do not
 * depend on how replications are spread over threads.
 *
 * <ul>
 *   <li>{@code SOBOL}: the Sobol low-discrepancy sequence (Joe–Kuo direction numbers, as in
 *       Hipparchus' {@link SobolSequenceGenerator}), point r + 1 for replication r (the all-zero
 *       first point is skipped), with a random digital shift: every coordinate's 52 bits are XORed
 *       with a mask drawn from the seed, which keeps the sequence's equidistribution while making
 *       the seed matter.
 *   <li>{@code RANDOM}: independent uniforms from a SplitMix64 stream keyed by (seed, r,
 *       coordinate).
 * </ul>
 */
public enum Sampler {
  SOBOL,
  RANDOM;

  /** Parses {@code sobol|random}. */
  public static Sampler parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "sobol":
        return SOBOL;
      case "random":
      case "mc":
        return RANDOM;
      default:
        throw new IllegalArgumentException("sampler '" + text + "' is not one of sobol, random");
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A source of points of the given dimension. */
  public Points points(int dimension, long seed) {
    return this == SOBOL ? new Sobol(dimension, seed, true) : new Random(dimension, seed);
  }

  /** Points of the unit hypercube, indexed by replication; thread-safe, allocation-free. */
  public interface Points {
    int dimension();

    /** Writes point {@code r} (0-based) into {@code out[0 .. dimension)}. */
    void point(long r, double[] out);

    /**
     * A per-thread reader of the same points that may keep state between calls: consecutive indices
     * are then cheaper (a Sobol point differs from the previous one by one XOR per coordinate). Its
     * points equal {@link #point}'s bit for bit.
     */
    default Points cursor() {
      return this;
    }
  }

  private static final int BITS = 52;
  private static final double SCALE = 0x1.0p-52;

  /** Sobol points computed directly from the Gray code of the index. */
  static final class Sobol implements Points {
    /** Highest index bit supported: Hipparchus' skipTo takes an int. */
    private static final int MAX_BITS = 30;

    private final int d;
    private final long[][] direction;
    private final long[] shift;

    Sobol(int dimension, long seed, boolean shifted) {
      if (dimension < 1 || dimension > 21201) {
        throw new IllegalArgumentException(
            "a Sobol sequence has 1 to 21201 dimensions, asked for " + dimension);
      }
      this.d = dimension;
      // The direction numbers are those of Hipparchus: its point at index 2^(b+1) − 1 (Gray code
      // 2^b) is exactly direction number b of each coordinate.
      SobolSequenceGenerator g = new SobolSequenceGenerator(dimension);
      direction = new long[dimension][MAX_BITS + 1];
      for (int b = 0; b <= MAX_BITS; b++) {
        double[] v = g.skipTo((int) ((1L << (b + 1)) - 1));
        for (int j = 0; j < dimension; j++) {
          direction[j][b] = Math.round(v[j] / SCALE);
        }
      }
      shift = new long[dimension];
      if (shifted) {
        long s = seed;
        for (int j = 0; j < dimension; j++) {
          s += GOLDEN;
          shift[j] = mix(s) >>> (64 - BITS);
        }
      }
    }

    @Override
    public int dimension() {
      return d;
    }

    @Override
    public void point(long r, double[] out) {
      long n = r + 1;
      if (n >= (1L << (MAX_BITS + 1))) {
        throw new IllegalArgumentException("Sobol points are available up to index 2^31 - 2");
      }
      long gray = n ^ (n >>> 1);
      for (int j = 0; j < d; j++) {
        long x = shift[j];
        long[] v = direction[j];
        for (long g = gray; g != 0; g &= g - 1) {
          x ^= v[Long.numberOfTrailingZeros(g)];
        }
        out[j] = x * SCALE;
      }
    }

    /** The 52-bit integer coordinates of point r. */
    void bits(long r, long[] out) {
      long n = r + 1;
      if (n >= (1L << (MAX_BITS + 1))) {
        throw new IllegalArgumentException("Sobol points are available up to index 2^31 - 2");
      }
      long gray = n ^ (n >>> 1);
      for (int j = 0; j < d; j++) {
        long x = shift[j];
        long[] v = direction[j];
        for (long g = gray; g != 0; g &= g - 1) {
          x ^= v[Long.numberOfTrailingZeros(g)];
        }
        out[j] = x;
      }
    }

    @Override
    public Points cursor() {
      return new SobolCursor(this);
    }
  }

  /**
   * Sobol points read in order: point n's Gray code differs from point n − 1's in bit ctz(n), so
   * each coordinate changes by one XOR with that direction number. Not thread-safe.
   */
  static final class SobolCursor implements Points {
    private final Sobol sobol;
    private final long[] x;
    private long last = Long.MIN_VALUE;

    SobolCursor(Sobol sobol) {
      this.sobol = sobol;
      this.x = new long[sobol.d];
    }

    @Override
    public int dimension() {
      return sobol.d;
    }

    @Override
    public void point(long r, double[] out) {
      int d = sobol.d;
      if (r != last + 1 || last == Long.MIN_VALUE) {
        sobol.bits(r, x);
      } else {
        int b = Long.numberOfTrailingZeros(r + 1);
        if (b > Sobol.MAX_BITS) {
          throw new IllegalArgumentException("Sobol points are available up to index 2^31 - 2");
        }
        long[][] v = sobol.direction;
        for (int j = 0; j < d; j++) {
          x[j] ^= v[j][b];
        }
      }
      last = r;
      for (int j = 0; j < d; j++) {
        out[j] = x[j] * SCALE;
      }
    }
  }

  /** Independent uniforms, U[0, 1) with 53 random bits. */
  static final class Random implements Points {
    private final int d;
    private final long seed;

    Random(int dimension, long seed) {
      this.d = dimension;
      this.seed = mix(seed ^ 0x5DEECE66DL);
    }

    @Override
    public int dimension() {
      return d;
    }

    @Override
    public void point(long r, double[] out) {
      long s = mix(seed + r * 0xD1B54A32D192ED03L);
      for (int j = 0; j < d; j++) {
        s += GOLDEN;
        out[j] = (mix(s) >>> 11) * 0x1.0p-53;
      }
    }
  }

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /** SplitMix64's finaliser (Steele, Lea and Flood 2014). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
