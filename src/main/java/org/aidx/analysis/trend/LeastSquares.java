package org.aidx.analysis.trend;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer.Optimum;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * Nonlinear least squares by Levenberg–Marquardt (Hipparchus) on a box of parameters, with a
 * central-difference Jacobian. It remembers the best point it evaluated, so that a fit that does
 * not converge can still show how far it got instead of failing silently.
 */
final class LeastSquares {
  /** A model's prediction for observation {@code i} at parameters {@code theta}. */
  interface Model {
    double value(double[] theta, int i);
  }

  /**
   * The outcome of one fit.
   *
   * @param atBound a parameter ended on the edge of its box: the data do not pin it down
   */
  record Outcome(double[] theta, double sse, boolean converged, boolean atBound, int evaluations) {}

  private LeastSquares() {}

  static Outcome fit(Model m, double[] y, double[] start, double[] lo, double[] hi, int maxEval) {
    int n = y.length;
    int k = start.length;
    double[] best = clamp(start.clone(), lo, hi);
    double[] bestSse = {sse(m, y, best)};
    int[] evals = {0};
    LeastSquaresBuilder b =
        new LeastSquaresBuilder()
            .start(best.clone())
            .target(y)
            .maxEvaluations(maxEval)
            .maxIterations(maxEval)
            .parameterValidator(v -> new ArrayRealVector(clamp(v.toArray(), lo, hi), false))
            .model(
                (RealVector point) -> {
                  double[] th = point.toArray();
                  double[] f = new double[n];
                  double s = 0;
                  for (int i = 0; i < n; i++) {
                    f[i] = m.value(th, i);
                    double r = y[i] - f[i];
                    s += r * r;
                  }
                  evals[0]++;
                  if (Double.isFinite(s) && s < bestSse[0]) {
                    bestSse[0] = s;
                    System.arraycopy(th, 0, best, 0, k);
                  }
                  double[][] jac = new double[n][k];
                  for (int j = 0; j < k; j++) {
                    double h = 1e-6 * Math.max(1, Math.abs(th[j]));
                    double[] up = th.clone();
                    double[] dn = th.clone();
                    up[j] += h;
                    dn[j] -= h;
                    for (int i = 0; i < n; i++) {
                      jac[i][j] = (m.value(up, i) - m.value(dn, i)) / (2 * h);
                    }
                  }
                  return new Pair<>(
                      new ArrayRealVector(f, false), new Array2DRowRealMatrix(jac, false));
                });
    try {
      Optimum o = new LevenbergMarquardtOptimizer().optimize(b.build());
      double[] th = o.getPoint().toArray();
      double s = sse(m, y, th);
      if (!Double.isFinite(s)) {
        return new Outcome(best, bestSse[0], false, false, evals[0]);
      }
      return new Outcome(th, s, true, atBound(th, lo, hi), o.getEvaluations());
    } catch (MathIllegalStateException e) {
      // too many evaluations or iterations: report the best point seen
      return new Outcome(best, bestSse[0], false, atBound(best, lo, hi), evals[0]);
    }
  }

  static double sse(Model m, double[] y, double[] theta) {
    double s = 0;
    for (int i = 0; i < y.length; i++) {
      double r = y[i] - m.value(theta, i);
      s += r * r;
    }
    return Double.isNaN(s) ? Double.POSITIVE_INFINITY : s;
  }

  private static double[] clamp(double[] v, double[] lo, double[] hi) {
    for (int j = 0; j < v.length; j++) {
      v[j] = Math.max(lo[j], Math.min(hi[j], v[j]));
    }
    return v;
  }

  private static boolean atBound(double[] v, double[] lo, double[] hi) {
    for (int j = 0; j < v.length; j++) {
      double tol = 1e-6 * Math.max(1, hi[j] - lo[j]);
      if (v[j] - lo[j] < tol || hi[j] - v[j] < tol) {
        return true;
      }
    }
    return false;
  }
}
