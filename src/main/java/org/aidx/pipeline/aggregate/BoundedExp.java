package org.aidx.pipeline.aggregate;

/**
 * exp over a known, bounded range of arguments, in plain multiplies and adds that the JIT
 * vectorises: for x in [c − h, c + h], exp(x) = exp(c) · P((x − c) / 2^m)^(2^m), where P is the
 * Taylor polynomial of degree 9 and m the least integer with h / 2^m ≤ 1/16. P's truncation error
 * on [−1/16, 1/16] is below 3·10⁻¹⁹ and its rounding about 2 ulp; the m squarings multiply the
 * relative error by 2^m. With h ≤ {@value #MAX_HALF_RANGE} (m ≤ 7) the relative error is below
 * {@value #ERROR_BOUND}, as a differential test against {@link Math#exp} checks.
 *
 * <p>Example: the mean logarithms of indicators min-max normalised onto [1, 100] lie in [0, ln 100]
 * = [0, 4.61], so h = 2.30, m = 6, and each result is within 64 × 3.3·10⁻¹⁶ ≈ 2·10⁻¹⁴ of exp.
 *
 * <p>Where the processor multiplies and adds in one rounding ({@link Math#fma} compiled to one
 * instruction: {@link #FUSED}), the same scheme runs with fewer operations per element: the Taylor
 * polynomial of degree 11 by Horner's rule in fused multiply-adds, and m the least integer with h /
 * 2^m ≤ 1/4 (truncation below 1.6·10⁻¹⁶ on [−1/4, 1/4], about 1 ulp of rounding; m ≤ 5 for h ≤
 * {@value #MAX_HALF_RANGE}), 18 operations instead of 27 for h = 2.30 (m = 4). Its results differ
 * from the other path's by a few ulp and are within the same {@link #ERROR_BOUND}. Without such an
 * instruction {@link Math#fma} is computed in software, a hundred times slower, so that path is not
 * taken.
 */
public final class BoundedExp {
  /** The widest half-range served; wider ranges would need more squarings and lose accuracy. */
  public static final double MAX_HALF_RANGE = 8;

  /** Relative error bound for half-ranges up to {@link #MAX_HALF_RANGE}. */
  public static final double ERROR_BOUND = 5e-14;

  private static final double C2 = 1.0 / 2;
  private static final double C3 = 1.0 / 6;
  private static final double C4 = 1.0 / 24;
  private static final double C5 = 1.0 / 120;
  private static final double C6 = 1.0 / 720;
  private static final double C7 = 1.0 / 5040;
  private static final double C8 = 1.0 / 40320;
  private static final double C9 = 1.0 / 362880;
  private static final double C10 = 1.0 / 3628800;
  private static final double C11 = 1.0 / 39916800;

  private BoundedExp() {}

  /** Whether {@link #exp} serves arguments in [lo, hi]. */
  public static boolean serves(double lo, double hi) {
    return lo <= hi && (hi - lo) / 2 <= MAX_HALF_RANGE;
  }

  /**
   * Replaces x[0..n) by exp(x), every x[e] in [lo, hi] (see {@link #serves}); an argument outside
   * the range or NaN gives a result that is not accurate (NaN stays NaN).
   */
  public static void exp(double[] x, int n, double lo, double hi) {
    exp(x, n, lo, hi, base(lo, hi));
  }

  /**
   * As {@link #exp(double[], int, double, double)} with {@code base} = {@link #base}(lo, hi) given,
   * so that a caller that meets the same range again need not compute it again.
   */
  public static void exp(double[] x, int n, double lo, double hi, double base) {
    scaled(x, n, lo, hi, base, FUSED);
  }

  /** exp of the centre of [lo, hi], by which {@link #exp} scales its results. */
  public static double base(double lo, double hi) {
    return Math.exp((lo + hi) / 2);
  }

  /**
   * Whether {@link #exp} uses fused multiply-adds: when the processor has them (Linux: the {@code
   * fma} flag of {@code /proc/cpuinfo}; aarch64 always) and the system property {@code aidx.fma} is
   * not {@code false}. Elsewhere (another system, or a flag that cannot be read) the plain path,
   * which is correct everywhere.
   */
  public static final boolean FUSED = Fma.available();

  /** The plain path: degree 9, h / 2^m ≤ 1/16, separate multiplies and adds. */
  static void plain(double[] x, int n, double lo, double hi) {
    scaled(x, n, lo, hi, base(lo, hi), false);
  }

  /** The fused path: degree 11 in fused multiply-adds, h / 2^m ≤ 1/4 (see the class comment). */
  static void fused(double[] x, int n, double lo, double hi) {
    scaled(x, n, lo, hi, base(lo, hi), true);
  }

  /**
   * exp(c) · P((x − c) / 2^m)^(2^m) of each x, P the fused or the plain polynomial ({@code fma},
   * the same for every element: the JIT compiles each loop once per value) and m the least with h /
   * 2^m within its interval.
   */
  private static void scaled(double[] x, int n, double lo, double hi, double base, boolean fma) {
    double c = (lo + hi) / 2;
    double h = (hi - lo) / 2;
    double reach = fma ? 0x1.0p-2 : 0x1.0p-4;
    int m = 0;
    while (h > reach * (1 << m)) {
      m++;
    }
    double scale = 1.0 / (1 << m);
    // one pass per element, the squarings unrolled per m so that the loop stays a straight line
    // the JIT vectorises: the same operations in the same order as polynomial, squarings, base
    switch (m) {
      case 0:
        for (int e = 0; e < n; e++) {
          x[e] = poly((x[e] - c) * scale, fma) * base;
        }
        break;
      case 1:
        for (int e = 0; e < n; e++) {
          double p = poly((x[e] - c) * scale, fma);
          x[e] = (p * p) * base;
        }
        break;
      case 2:
        for (int e = 0; e < n; e++) {
          double p = poly((x[e] - c) * scale, fma);
          p *= p;
          x[e] = (p * p) * base;
        }
        break;
      case 3:
        for (int e = 0; e < n; e++) {
          double p = poly((x[e] - c) * scale, fma);
          p *= p;
          p *= p;
          x[e] = (p * p) * base;
        }
        break;
      case 4:
        for (int e = 0; e < n; e++) {
          double p = poly((x[e] - c) * scale, fma);
          p *= p;
          p *= p;
          p *= p;
          x[e] = (p * p) * base;
        }
        break;
      case 5:
        for (int e = 0; e < n; e++) {
          double p = poly((x[e] - c) * scale, fma);
          p *= p;
          p *= p;
          p *= p;
          p *= p;
          x[e] = (p * p) * base;
        }
        break;
      case 6:
        for (int e = 0; e < n; e++) {
          double p = poly((x[e] - c) * scale, fma);
          p *= p;
          p *= p;
          p *= p;
          p *= p;
          p *= p;
          x[e] = (p * p) * base;
        }
        break;
      default:
        for (int e = 0; e < n; e++) {
          double p = poly((x[e] - c) * scale, fma);
          for (int s = 0; s < m; s++) {
            p *= p;
          }
          x[e] = p * base;
        }
    }
  }

  private static double poly(double y, boolean fma) {
    return fma ? fusedPoly(y) : poly(y);
  }

  /** The Taylor polynomial of degree 11 of exp at y, by Horner's rule in fused multiply-adds. */
  private static double fusedPoly(double y) {
    double p = Math.fma(C11, y, C10);
    p = Math.fma(p, y, C9);
    p = Math.fma(p, y, C8);
    p = Math.fma(p, y, C7);
    p = Math.fma(p, y, C6);
    p = Math.fma(p, y, C5);
    p = Math.fma(p, y, C4);
    p = Math.fma(p, y, C3);
    p = Math.fma(p, y, C2);
    p = Math.fma(p, y, 1);
    return Math.fma(p, y, 1);
  }

  /** The Taylor polynomial of degree 9 of exp at y, by Horner's rule. */
  private static double poly(double y) {
    return 1
        + y
            * (1
                + y
                    * (C2
                        + y
                            * (C3
                                + y * (C4 + y * (C5 + y * (C6 + y * (C7 + y * (C8 + y * C9))))))));
  }
}
