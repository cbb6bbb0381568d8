package org.aidx.analysis.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.aidx.model.InputException;
import org.junit.jupiter.api.Test;

class PowerLawTest {
  @Test
  void exactDataGiveTheExactLaw() {
    PowerLawFit f =
        PowerLaw.of()
            .withBootstrap(20, 1)
            .fit("x", "y", new double[] {1, 10, 100, 1000}, new double[] {2, 20, 200, 2000});
    assertThat(f.a().value()).isCloseTo(2, within(1e-9));
    assertThat(f.b().value()).isCloseTo(1, within(1e-12));
    assertThat(f.r2()).isCloseTo(1, within(1e-12));
  }

  @Test
  void recoversTheExponentFromNoisyData() {
    SplittableRandom r = new SplittableRandom(4);
    int n = 200;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.pow(10, 6 + 6 * r.nextDouble());
      y[i] = 3 * Math.pow(x[i], 0.5) * Math.exp(0.3 * (r.nextDouble() - 0.5) * 2);
    }
    PowerLawFit f = PowerLaw.of().withBootstrap(200, 2).fit("x", "y", x, y);
    assertThat(f.b().value()).isCloseTo(0.5, within(0.02));
    assertThat(f.b().lo()).isLessThan(f.b().value());
    assertThat(f.b().hi()).isGreaterThan(f.b().value());
  }

  @Test
  void recoversAnIrreducibleTerm() {
    // a loss-like curve: y = 5·x^−0.3 + 1.5 with 1% multiplicative noise
    SplittableRandom r = new SplittableRandom(8);
    int n = 60;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.pow(10, 8.0 * i / (n - 1));
      y[i] = (5 * Math.pow(x[i], -0.3) + 1.5) * (1 + 0.01 * (r.nextDouble() - 0.5) * 2);
    }
    PowerLawFit f = PowerLaw.of().withIrreducible(true).withBootstrap(100, 2).fit("C", "L", x, y);
    assertThat(f.c().value()).isCloseTo(1.5, within(0.05));
    assertThat(f.b().value()).isCloseTo(-0.3, within(0.02));
    assertThat(f.a().value()).isCloseTo(5, within(0.3));
  }

  @Test
  void nonPositiveValuesCannotBeLogged() {
    assertThatThrownBy(
            () ->
                PowerLaw.of()
                    .fit("x", "y", new double[] {1, 2, 0, 4, 5}, new double[] {1, 2, 3, 4, 5}))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("point 3")
        .hasMessageContaining("log-log fit needs x > 0");
  }

  @Test
  void tooFewPointsSaysHowManyAreNeeded() {
    assertThatThrownBy(
            () ->
                PowerLaw.of()
                    .withIrreducible(true)
                    .fit("x", "y", new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4}))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("needs at least 5");
  }
}
