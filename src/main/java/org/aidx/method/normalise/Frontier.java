package org.aidx.method.normalise;

import org.aidx.model.Direction;
import org.aidx.model.InputException;

/**
 * Distance to the frontier as a ratio to the best performer: x / max for a positive indicator, min
 * / x for a negative one, so the frontier scores 1 and the others how far they have come.
 *
 * <p>Example: (2, 4, 8) → (0.25, 0.5, 1); negative direction → (1, 0.5, 0.25). The best value must
 * be positive (and, for a negative direction, every value).
 */
public record Frontier() implements Normalisation {
  @Override
  public void apply(
      String indicator,
      String[] economies,
      double[] raw,
      Direction direction,
      int reference,
      double[] out) {
    double[] r = Normalisation.range(raw);
    double best = direction == Direction.POSITIVE ? r[1] : r[0];
    if (!(best > 0)) {
      throw new InputException(
          "indicator '" + indicator + "'",
          "frontier normalisation divides by the best value, which is "
              + best
              + "; it must be positive",
          "use --normalise minmax for indicators that can be zero or negative");
    }
    for (int i = 0; i < raw.length; i++) {
      double x = raw[i];
      out[i] = Double.isNaN(x) ? Double.NaN : direction == Direction.POSITIVE ? x / best : best / x;
    }
  }

  @Override
  public String label() {
    return "frontier";
  }
}
