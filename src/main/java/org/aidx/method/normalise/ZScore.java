package org.aidx.method.normalise;

import org.aidx.model.Direction;
import org.aidx.model.Finite;
import org.aidx.model.InputException;

/**
 * Standardisation: mean + sd·(x − x̄)/s, with s the sample standard deviation (n − 1) of the
 * present values; a negative direction flips the sign of the deviation.
 *
 * <p>Example: (2, 4, 6) with mean 0 and sd 1 → (−1, 0, 1). Zero spread is an error.
 */
public record ZScore(double mean, double sd) implements Normalisation {
  public ZScore {
    if (!(Double.isFinite(mean) && sd > 0 && Double.isFinite(sd))) {
      throw new IllegalArgumentException(
          "z-score needs a finite mean and SD > 0, got " + mean + "," + sd);
    }
  }

  public static ZScore of(double mean, double sd) {
    return new ZScore(mean, sd);
  }

  @Override
  public void apply(
      String indicator,
      String[] economies,
      double[] raw,
      Direction direction,
      int reference,
      double[] out) {
    int n = 0;
    double sum = 0;
    for (double x : raw) {
      if (!Double.isNaN(x)) {
        n++;
        sum += x;
      }
    }
    double m = sum / n;
    double ss = 0;
    for (double x : raw) {
      if (!Double.isNaN(x)) {
        ss += (x - m) * (x - m);
      }
    }
    double s = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
    // a sum or a sum of squares beyond 1.8e308 would make every score 0 or NaN without a word
    Finite.check(m, "z-score normalisation (mean)", null, "indicator '" + indicator + "'");
    Finite.check(
        s, "z-score normalisation (standard deviation)", null, "indicator '" + indicator + "'");
    if (!(s > 0)) {
      throw new InputException(
          "indicator '" + indicator + "'",
          "z-score normalisation needs at least two different values",
          "drop the indicator from the framework or use --normalise ratio");
    }
    for (int i = 0; i < raw.length; i++) {
      double x = raw[i];
      out[i] = Double.isNaN(x) ? Double.NaN : mean + sd * direction.sign() * (x - m) / s;
    }
  }

  @Override
  public String label() {
    return "zscore:" + Fmt.num(mean) + "," + Fmt.num(sd);
  }
}
