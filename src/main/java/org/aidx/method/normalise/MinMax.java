package org.aidx.method.normalise;

import org.aidx.model.Direction;
import org.aidx.model.Finite;
import org.aidx.model.InputException;

/**
 * Min-max onto [lo, hi]: lo + (x − min)/(max − min)·(hi − lo); a negative direction maps the
 * maximum to lo.
 *
 * <p>Example: (2, 4, 6) onto [0, 1] → (0, 0.5, 1); negative direction → (1, 0.5, 0). A zero range
 * (every value equal) is an error, not a column of NaN.
 */
public record MinMax(double lo, double hi) implements Normalisation {
  public MinMax {
    if (!(Double.isFinite(lo) && Double.isFinite(hi) && lo < hi)) {
      throw new IllegalArgumentException(
          "min-max bounds must be finite with LO < HI, got " + lo + "," + hi);
    }
  }

  public static MinMax of(double lo, double hi) {
    return new MinMax(lo, hi);
  }

  @Override
  public void apply(
      String indicator,
      String[] economies,
      double[] raw,
      Direction direction,
      int reference,
      double[] out) {
    double[] r = Normalisation.range(raw);
    double span = r[1] - r[0];
    // max − min beyond 1.8e308 would map every value but the extremes to lo without a word
    Finite.check(span, "min-max normalisation (max − min)", null, "indicator '" + indicator + "'");
    if (!(span > 0)) {
      throw new InputException(
          "indicator '" + indicator + "'",
          "min-max normalisation needs at least two different values, but every present value is "
              + r[0],
          "drop the indicator from the framework or use --normalise ratio");
    }
    for (int i = 0; i < raw.length; i++) {
      double x = raw[i];
      double u = direction == Direction.POSITIVE ? (x - r[0]) / span : (r[1] - x) / span;
      out[i] = Double.isNaN(x) ? Double.NaN : lo + u * (hi - lo);
    }
  }

  @Override
  public String label() {
    return "minmax:" + Fmt.num(lo) + "," + Fmt.num(hi);
  }
}
