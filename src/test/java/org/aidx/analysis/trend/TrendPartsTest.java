package org.aidx.analysis.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Small pieces: dates, frontier rules, compute capacity. */
class TrendPartsTest {
  @Test
  void decimalYearsRoundTripToTheDay() {
    assertThat(DecimalYear.of(LocalDate.of(2020, 7, 2))).isEqualTo(2020.5);
    assertThat(DecimalYear.parse("2020").getAsDouble()).isEqualTo(2020.0);
    assertThat(DecimalYear.parse("2021-01-01").getAsDouble()).isEqualTo(2021.0);
    assertThat(DecimalYear.parse("May 2020")).isEmpty();
    for (LocalDate d = LocalDate.of(2019, 1, 1);
        d.isBefore(LocalDate.of(2021, 1, 1));
        d = d.plusDays(1)) {
      assertThat(DecimalYear.toDate(DecimalYear.of(d))).isEqualTo(d);
    }
  }

  @Test
  void topNKeepsTheLargestValuesOfEachYear() {
    Series s =
        Series.of(
            "m",
            "",
            new double[] {2000.1, 2000.5, 2000.9, 2001.2, 2001.3},
            new double[] {5, 9, 7, 1, 2});
    Series top = Frontier.parse("top-n:1").select(s);
    assertThat(top.values()).containsExactly(9, 2);
    assertThat(top.times()).containsExactly(2000.5, 2001.3);
    assertThat(Frontier.parse("top-n:2").select(s).values()).containsExactly(9, 7, 1, 2);
  }

  @Test
  void residualKeepsOnlyPointsAboveTheTrend() {
    // log10 y = t − 2000 exactly, plus one point 1 OOM above and one 1 OOM below the line
    double[] t = {2000, 2001, 2002, 2003, 2004, 2005};
    double[] y = {1, 10, 1000, 1000, 1000, 100000};
    Series kept = Frontier.parse("residual:0.5").select(Series.of("m", "", t, y));
    assertThat(kept.times()).contains(2002.0).doesNotContain(2004.0);
  }

  @Test
  void unknownFrontierRulesAreRejectedWithTheChoices() {
    assertThatThrownBy(() -> Frontier.parse("top5"))
        .hasMessageContaining("all, top-n:K (e.g. top-n:5), residual, residual:Z");
  }

  @Test
  void fleetCapacityIsPerUnitTimesUnitsTimesUtilisation() {
    Accelerator h100 = new Accelerator("H", "N", 2022.7, 30000, Map.of(Precision.FP8, 1.979e15));
    ComputeCapacity c = ComputeCapacity.of(h100, Precision.FP8, 10000, 0.85);
    assertThat(c.fleetFlops()).isCloseTo(1.68215e19, within(1e14));
    assertThat(c.flopPerYear()).isCloseTo(1.68215e19 * 31_557_600, within(1e21));
    assertThatThrownBy(() -> ComputeCapacity.of(h100, Precision.FP32, 10, 0.5))
        .hasMessageContaining("has no fp32 throughput")
        .hasMessageContaining("fp8");
    assertThatThrownBy(() -> ComputeCapacity.of(h100, Precision.FP8, 10, 40))
        .hasMessageContaining("write 40% as 0.4");
  }
}
