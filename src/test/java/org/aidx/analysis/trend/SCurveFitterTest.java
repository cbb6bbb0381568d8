package org.aidx.analysis.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.aidx.model.InputException;
import org.junit.jupiter.api.Test;

class SCurveFitterTest {
  /** Yearly points of a curve plus seeded Gaussian noise. */
  private static Series synthetic(CurveFamily f, double[] p, int from, int to, double sd) {
    SplittableRandom rnd = new SplittableRandom(7);
    int n = to - from + 1;
    double[] t = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = from + i;
      y[i] = Math.max(0, f.value(p, t[i]) + sd * gaussian(rnd));
    }
    return Series.of("synthetic " + f.id(), "%", t, y);
  }

  private static double gaussian(SplittableRandom r) {
    // Box–Muller from the seeded generator, so the data do not depend on global state
    return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
  }

  @Test
  void recoversLogisticParametersFromNoisyData() {
    double[] truth = {80, 0.3, 1990};
    SCurveFit f =
        SCurveFitter.of(CurveFamily.LOGISTIC)
            .withBootstrap(100, 1)
            .fit(synthetic(CurveFamily.LOGISTIC, truth, 1965, 2015, 1.0));

    assertThat(f.saturation().value()).isCloseTo(80, within(1.5));
    assertThat(f.parameters().get(1).value()).isCloseTo(0.3, within(0.02));
    assertThat(f.midpoint().value()).isCloseTo(1990, within(0.5));
    for (int j = 0; j < 3; j++) {
      Estimate e = f.parameters().get(j);
      // the 95% interval is honest in width: the truth lies within 3 half-widths of the estimate
      // (a simulation of 100 such series gave 87–94% coverage of the plain interval)
      assertThat(e.covers(e.value())).isTrue();
      assertThat(Math.abs(e.value() - truth[j])).as("%s", e).isLessThan(1.5 * (e.hi() - e.lo()));
    }
  }

  @Test
  void recoversGompertzParametersFromNoisyData() {
    double[] truth = {95, 0.15, 1950};
    SCurveFit f =
        SCurveFitter.of(CurveFamily.GOMPERTZ)
            .withBootstrap(100, 1)
            .fit(synthetic(CurveFamily.GOMPERTZ, truth, 1925, 2000, 1.0));

    assertThat(f.saturation().value()).isCloseTo(95, within(1.5));
    assertThat(f.rate()).isCloseTo(0.15, within(0.01));
    assertThat(f.midpoint().value()).isCloseTo(1950, within(0.7));
    Estimate r = f.parameters().get(1);
    assertThat(Math.abs(r.value() - 0.15)).isLessThan(1.5 * (r.hi() - r.lo()));
  }

  @Test
  void recoversBassParametersFromNoisyData() {
    double[] truth = {90, 0.01, 0.45, 1980};
    SCurveFit f =
        SCurveFitter.of(CurveFamily.BASS)
            .withBootstrap(100, 1)
            .fit(synthetic(CurveFamily.BASS, truth, 1981, 2010, 0.8));

    assertThat(f.saturation().value()).isCloseTo(90, within(2.0));
    assertThat(f.rate()).as("p + q").isCloseTo(0.46, within(0.03));
    double trueMid = CurveFamily.BASS.midpoint(truth);
    assertThat(f.midpoint().value()).isCloseTo(trueMid, within(0.7));
    Estimate q = f.parameters().get(2);
    assertThat(Math.abs(q.value() - 0.45)).as("q").isLessThan(1.5 * (q.hi() - q.lo()));
  }

  @Test
  void aFixedSaturationIsNotEstimatedAndLeavesOneParameterFewer() {
    SCurveFitter fitter = SCurveFitter.of(CurveFamily.LOGISTIC).withSaturation(80);
    SCurveFit f =
        fitter
            .withBootstrap(20, 1)
            .fit(synthetic(CurveFamily.LOGISTIC, new double[] {80, 0.3, 1990}, 1965, 2015, 1.0));

    assertThat(fitter.freeParameters()).isEqualTo(2);
    assertThat(fitter.minimumPoints()).isEqualTo(4);
    assertThat(f.saturation().value()).isEqualTo(80);
    assertThat(f.saturation().lo()).isEqualTo(80);
    assertThat(f.saturationFixed()).isTrue();
  }

  @Test
  void theLogisticKneesSitAt21And79PercentOfSaturation() {
    // (3 ∓ √3)/6 of K, from y'' extrema at t0 ∓ ln(2 + √3)/r
    double[] p = {100, 0.5, 1950};
    double[] k = CurveFamily.LOGISTIC.knees(p);

    assertThat(k[0]).isCloseTo(1950 - Math.log(2 + Math.sqrt(3)) / 0.5, within(1e-12));
    assertThat(CurveFamily.LOGISTIC.value(p, k[0]))
        .isCloseTo(100 * (3 - Math.sqrt(3)) / 6, within(1e-9));
    assertThat(CurveFamily.LOGISTIC.value(p, k[1]))
        .isCloseTo(100 * (3 + Math.sqrt(3)) / 6, within(1e-9));
  }

  @Test
  void kneeFormulasMatchTheExtremaOfANumericalSecondDerivative() {
    double[][] cases = {
      {100, 0.5, 1950}, // logistic
      {90, 0.2, 1960}, // Gompertz
      {80, 0.02, 0.5, 1970} // Bass
    };
    CurveFamily[] fams = CurveFamily.values();
    for (int c = 0; c < fams.length; c++) {
      CurveFamily f = fams[c];
      double[] p = cases[c];
      double[] knees = f.knees(p);
      double h = 1e-3;
      double argMax = Double.NaN;
      double argMin = Double.NaN;
      double max = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      for (double t = knees[0] - 30; t <= knees[1] + 30; t += 0.001) {
        if (f == CurveFamily.BASS && t < p[3]) {
          continue;
        }
        double d2 = (f.value(p, t + h) - 2 * f.value(p, t) + f.value(p, t - h)) / (h * h);
        if (d2 > max) {
          max = d2;
          argMax = t;
        }
        if (d2 < min) {
          min = d2;
          argMin = t;
        }
      }
      assertThat(knees[0]).as(f + " first knee").isCloseTo(argMax, within(0.01));
      assertThat(knees[1]).as(f + " second knee").isCloseTo(argMin, within(0.01));
    }
  }

  @Test
  void theStageComparesTheLastObservationWithTheKnees() {
    double[] truth = {80, 0.3, 1990};
    SCurveFit early =
        SCurveFitter.of(CurveFamily.LOGISTIC)
            .withSaturation(80)
            .withBootstrap(0, 1)
            .fit(synthetic(CurveFamily.LOGISTIC, truth, 1970, 1984, 0.2));
    SCurveFit late =
        SCurveFitter.of(CurveFamily.LOGISTIC)
            .withBootstrap(0, 1)
            .fit(synthetic(CurveFamily.LOGISTIC, truth, 1970, 2010, 0.2));

    assertThat(early.stage()).isEqualTo(SCurveFit.Stage.BEFORE_FIRST_KNEE);
    assertThat(late.stage()).isEqualTo(SCurveFit.Stage.AFTER_SECOND_KNEE);
    assertThat(late.knee1().yearsSinceFirstAdoption())
        .isCloseTo(late.knee1().year().value() - 1970, within(1e-9));
  }

  @Test
  void theSameSeedGivesTheSameIntervals() {
    Series s = synthetic(CurveFamily.LOGISTIC, new double[] {80, 0.3, 1990}, 1965, 2015, 2.0);
    SCurveFitter fitter = SCurveFitter.of(CurveFamily.LOGISTIC).withBootstrap(50, 9);

    assertThat(fitter.fit(s).knee1()).isEqualTo(fitter.fit(s).knee1());
  }

  @Test
  void tooFewPointsSaysHowManyAreNeeded() {
    Series s = Series.of("short", "%", new double[] {2000, 2001, 2002}, new double[] {1, 2, 4});

    assertThatThrownBy(() -> SCurveFitter.of(CurveFamily.BASS).fit(s))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("has 3 point(s)")
        .hasMessageContaining("needs at least 6");
  }

  @Test
  void unsortedAndDuplicatedDatesAreRejected() {
    Series s =
        Series.of(
            "messy",
            "%",
            new double[] {2000, 2002, 2001, 2001, 2003, 2004},
            new double[] {1, 3, 2, 2, 5, 8});

    assertThatThrownBy(() -> SCurveFitter.of(CurveFamily.LOGISTIC).fit(s))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("dates are unsorted")
        .hasMessageContaining("duplicated date 2001");
  }

  @Test
  void anUnidentifiedSaturationFailsAndShowsTheBestParametersReached() {
    // pure exponential growth: no slowdown, so a free saturation runs away
    double[] t = new double[20];
    double[] y = new double[20];
    for (int i = 0; i < 20; i++) {
      t[i] = 2000 + i;
      y[i] = Math.exp(0.2 * i);
    }
    Series s = Series.of("exponential", "units", t, y);

    assertThatThrownBy(() -> SCurveFitter.of(CurveFamily.LOGISTIC).fit(s))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("best parameters reached: saturation = ")
        .hasMessageContaining("--saturation");
  }
}
