package org.aidx.method.normalise;

import org.aidx.model.Direction;
import org.aidx.model.InputException;

/**
 * Ratio to the reference economy, the CICC convention: x / x_ref for a positive indicator and x_ref
 * / x for a negative one, so the reference scores exactly 1.
 *
 * <p>Example: (2, 4, 8) with the reference at 4 → (0.5, 1, 2); negative direction → (2, 1, 0.5).
 * The reference value must be positive, and under a negative direction every value must be
 * positive, otherwise an {@link InputException} names the economy.
 */
public record Ratio() implements Normalisation {
  @Override
  public void apply(
      String indicator,
      String[] economies,
      double[] raw,
      Direction direction,
      int reference,
      double[] out) {
    if (reference < 0) {
      throw new InputException(
          "indicator '" + indicator + "'",
          "ratio normalisation needs a reference economy and none is set",
          "pass --reference ISO3 or choose another normalisation");
    }
    double ref = raw[reference];
    if (!(ref > 0)) {
      throw new InputException(
          "indicator '" + indicator + "', economy " + economies[reference],
          "ratio normalisation divides by the reference value, which is "
              + (Double.isNaN(ref) ? "missing" : ref)
              + "; it must be positive",
          "choose another reference economy (--reference), impute the value, or use --normalise"
              + " minmax");
    }
    for (int i = 0; i < raw.length; i++) {
      double x = raw[i];
      if (Double.isNaN(x)) {
        out[i] = Double.NaN;
      } else if (direction == Direction.POSITIVE) {
        out[i] = x / ref;
      } else if (x > 0) {
        out[i] = ref / x;
      } else {
        throw new InputException(
            "indicator '" + indicator + "', economy " + economies[i],
            "ratio normalisation of a negative-direction indicator takes x_ref / x, and x is " + x,
            "use a positive measure or another normalisation (--normalise minmax)");
      }
    }
  }

  @Override
  public String label() {
    return "ratio";
  }
}
