package org.aidx.analysis.sensitivity;

import org.aidx.analysis.uncertainty.Sampler;

/**
 * The sample design of Saltelli (2002, 2010) for first- and total-order Sobol indices of k groups
 * of inputs: two independent N × d matrices A and B (the two halves of 2d-dimensional points) and,
 * for each group i, the matrix A_B^(i): A with the columns of group i taken from B. Evaluation r is
 * row r / (k + 2) of A (slot 0), B (slot 1) or A_B^(slot − 2). N(k + 2) evaluations in all.
 *
 * <p>The points are independent uniforms by default. The two halves of one Sobol point are not
 * independent enough: on the CICC index at N = 8192 they biased the first-order index of the layer
 * weights to −0.12 (95% bootstrap interval −0.16 to −0.09), where independent points give 0.03
 * (−0.00 to 0.06).
 *
 * <p>Example: 3 inputs in 3 groups and N = 4 give 20 points; point 7 is row 1 of A_B^(0), i.e. A's
 * row 1 with coordinate 0 from B's row 1.
 */
public final class SaltelliDesign implements Sampler.Points {
  private final int d;
  private final int k;
  private final int n;
  private final int[] groupOf;
  private final double[][] base;

  private SaltelliDesign(int d, int[][] groups, int n, long seed, Sampler sampler) {
    if (n < 2) {
      throw new IllegalArgumentException("a Saltelli design needs N >= 2, got " + n);
    }
    this.d = d;
    this.k = groups.length;
    this.n = n;
    this.groupOf = new int[d];
    java.util.Arrays.fill(groupOf, -1);
    for (int g = 0; g < k; g++) {
      for (int c : groups[g]) {
        if (c < 0 || c >= d || groupOf[c] >= 0) {
          throw new IllegalArgumentException(
              "coordinate " + c + " is outside 0.." + (d - 1) + " or in two groups");
        }
        groupOf[c] = g;
      }
    }
    Sampler.Points p = sampler.points(2 * d, seed);
    base = new double[n][2 * d];
    for (int j = 0; j < n; j++) {
      p.point(j, base[j]);
    }
  }

  /**
   * @param dimension coordinates of a point
   * @param groups the coordinates of each group (factor); coordinates in no group stay at A's
   *     values
   * @param n base sample size N
   */
  public static SaltelliDesign of(int dimension, int[][] groups, int n, long seed) {
    return new SaltelliDesign(dimension, groups, n, seed, Sampler.RANDOM);
  }

  /** As {@link #of(int, int[][], int, long)} with points from the given sampler. */
  public static SaltelliDesign of(
      int dimension, int[][] groups, int n, long seed, Sampler sampler) {
    return new SaltelliDesign(dimension, groups, n, seed, sampler);
  }

  public int groups() {
    return k;
  }

  public int baseSize() {
    return n;
  }

  /** N(k + 2). */
  public long evaluations() {
    return (long) n * (k + 2);
  }

  @Override
  public int dimension() {
    return d;
  }

  @Override
  public void point(long r, double[] out) {
    int row = (int) (r / (k + 2));
    int slot = (int) (r % (k + 2));
    double[] b = base[row];
    if (slot == 1) {
      System.arraycopy(b, d, out, 0, d);
      return;
    }
    System.arraycopy(b, 0, out, 0, d);
    if (slot >= 2) {
      int g = slot - 2;
      for (int c = 0; c < d; c++) {
        if (groupOf[c] == g) {
          out[c] = b[d + c];
        }
      }
    }
  }
}
