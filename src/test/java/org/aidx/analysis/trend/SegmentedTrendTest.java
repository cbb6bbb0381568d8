package org.aidx.analysis.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.aidx.model.InputException;
import org.junit.jupiter.api.Test;

class SegmentedTrendTest {
  private static double gaussian(SplittableRandom r) {
    return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
  }

  /**
   * n dates, sorted, uniform over [from, to]; log10(y) piecewise linear, continuous at the knot.
   */
  private static Series twoSegments(
      long seed, int n, double knot, double slope1, double slope2, double sd) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = 1990 + 30 * rnd.nextDouble();
    }
    Arrays.sort(t);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double z = t[i] < knot ? 15 + slope1 * (t[i] - knot) : 15 + slope2 * (t[i] - knot);
      y[i] = Math.pow(10, z + sd * gaussian(rnd));
    }
    return Series.of("synthetic", "FLOP", t, y);
  }

  @Test
  void findsTheBreakInTwoSegmentData() {
    GrowthFit g =
        SegmentedTrend.of(2).withBootstrap(200, 3).fit(twoSegments(11, 300, 2010, 0.1, 0.6, 0.3));

    assertThat(g.breaks()).isEqualTo(1);
    assertThat(g.breakDates().get(0)).isCloseTo(2010, within(1.0));
    Estimate when = g.breakIntervals().get(0);
    assertThat(when.covers(2010)).as("%s", when).isTrue();
    assertThat(when.hi() - when.lo()).as("a clear break is dated within a few years").isLessThan(4);
    GrowthFit.Segment late = g.segments().get(1);
    assertThat(late.slope().value()).isCloseTo(0.6, within(0.06));
    assertThat(late.doublingMonths()).isCloseTo(12 * Math.log10(2) / 0.6, within(0.7));
    assertThat(late.slope().covers(late.slope().value())).isTrue();
  }

  @Test
  void reportsNoBreakInOneSegmentData() {
    for (long seed = 1; seed <= 5; seed++) {
      GrowthFit g =
          SegmentedTrend.of(2)
              .withBootstrap(50, seed)
              .fit(twoSegments(seed, 300, 2005, 0.3, 0.3, 0.4));

      assertThat(g.breaks()).as("seed %d", seed).isZero();
      assertThat(g.breakIntervals()).isEmpty();
      assertThat(g.segments()).hasSize(1);
      assertThat(g.segments().get(0).slope().value()).isCloseTo(0.3, within(0.03));
    }
  }

  @Test
  void theBreakSearchFindsTheSameMinimumAsBruteForce() {
    Series s = twoSegments(5, 40, 2008, 0.2, 0.5, 0.4);
    GrowthFit g = SegmentedTrend.of(1).withMinSegment(5).withBootstrap(0, 1).fit(s);
    double[] t = s.times();
    double[] z = Arrays.stream(s.values()).map(Math::log10).toArray();
    double best = Double.POSITIVE_INFINITY;
    for (int cut = 5; cut <= t.length - 5; cut++) {
      best = Math.min(best, sse(t, z, 0, cut) + sse(t, z, cut, t.length));
    }

    assertThat(g.candidates().get(1).sse()).isCloseTo(best, within(1e-8));
    assertThat(g.candidates().get(0).sse()).isCloseTo(sse(t, z, 0, t.length), within(1e-8));
  }

  private static double sse(double[] t, double[] z, int a, int b) {
    double[] ab = SegmentedTrend.ols(t, z, a, b);
    double s = 0;
    for (int i = a; i < b; i++) {
      double r = z[i] - ab[0] - ab[1] * t[i];
      s += r * r;
    }
    return s;
  }

  @Test
  void ratesFollowFromTheSlopeInOrdersOfMagnitudePerYear() {
    // b = 0.6 OOM/year: doubling 12·log10(2)/0.6 = 6.02 months, ×10^0.6 = 3.98 per year
    GrowthFit.Segment s =
        new GrowthFit.Segment(1, 2010, 2020, 10, new Estimate("slope", 0.6, 0.5, 0.7), 0);
    assertThat(s.doublingMonths()).isCloseTo(6.0206, within(1e-4));
    assertThat(s.perYearFactor()).isCloseTo(3.9811, within(1e-4));
    assertThat(s.doublingInterval()[0]).isLessThan(s.doublingMonths());
    assertThat(s.doublingInterval()[1]).isGreaterThan(s.doublingMonths());

    // b = −0.5: halving 12·log10(2)/0.5 = 7.22 months, falls by 1 − 10^−0.5 = 68.4% a year
    GrowthFit.Segment d =
        new GrowthFit.Segment(1, 2010, 2020, 10, new Estimate("slope", -0.5, -0.6, -0.4), 0);
    assertThat(d.halvingMonths()).isCloseTo(7.2247, within(1e-4));
    assertThat(d.annualDecline()).isCloseTo(0.6838, within(1e-4));
    assertThat(d.doublingMonths()).isNaN();
  }

  @Test
  void equalDatesAreNeverSplitAcrossSegments() {
    double[] t = new double[30];
    double[] y = new double[30];
    for (int i = 0; i < 30; i++) {
      t[i] = 2000 + i / 3; // three points per year
      y[i] = Math.pow(10, i < 15 ? 0.1 * t[i] - 190 : 0.9 * t[i] - 1794);
    }
    GrowthFit g =
        SegmentedTrend.of(1).withMinSegment(5).withBootstrap(0, 1).fit(Series.of("ties", "", t, y));
    for (double d : g.breakDates()) {
      assertThat(d - Math.floor(d)).as("break between years, not inside one").isEqualTo(0.5);
    }
  }

  @Test
  void nonPositiveValuesAreNamed() {
    Series s =
        Series.of("bad", "", new double[] {2000, 2001, 2002, 2003}, new double[] {1, 0, 3, -2});
    assertThatThrownBy(() -> SegmentedTrend.of(1).fit(s))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("point 2")
        .hasMessageContaining("point 4")
        .hasMessageContaining("not positive");
  }

  @Test
  void unsortedDatesAreRejected() {
    Series s =
        Series.of("bad", "", new double[] {2000, 2002, 2001, 2003}, new double[] {1, 2, 3, 4});
    assertThatThrownBy(() -> SegmentedTrend.of(1).fit(s))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unsorted");
  }

  @Test
  void tooFewPointsSaysHowManyAreNeeded() {
    Series s = Series.of("bad", "", new double[] {2000, 2001}, new double[] {1, 2});
    assertThatThrownBy(() -> SegmentedTrend.of(1).fit(s))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("needs at least 3");
  }
}
