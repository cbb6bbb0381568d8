package org.aidx.analysis.replicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.aidx.input.PublishedFiles;
import org.junit.jupiter.api.Test;

class FinanceComparisonTest {
  static final String S = "vc_ai_all_industries";

  @Test
  void sums_the_window_and_divides_by_the_united_states() {
    List<VentureCapital> vc =
        List.of(
            new VentureCapital("USA", 2022, 100, S),
            new VentureCapital("USA", 2023, 300, S),
            new VentureCapital("USA", 2024, 9999, S),
            new VentureCapital("CHN", 2022, 60, S),
            new VentureCapital("CHN", 2023, 40, S),
            new VentureCapital("CHN", 2023, 5000, "vc_genai"));
    FinanceComparison f = FinanceComparison.of(ReplicationTest.R, vc, S, 2022, 2023);
    assertThat(f.lines()).extracting(FinanceComparison.Line::iso3).containsExactly("USA", "CHN");
    assertThat(f.lines().get(1).publishedUsdMillion()).isEqualTo(100);
    assertThat(f.lines().get(1).published()).isCloseTo(0.25, within(1e-15));
    assertThat(f.lines().get(0).finance()).isCloseTo(1, within(1e-12));
  }

  @Test
  void an_economy_missing_a_year_of_the_window_is_left_out_and_the_reference_is_required() {
    List<VentureCapital> vc =
        List.of(
            new VentureCapital("USA", 2022, 100, S),
            new VentureCapital("USA", 2023, 300, S),
            new VentureCapital("DEU", 2023, 10, S),
            new VentureCapital("ARE", 2022, 1, S),
            new VentureCapital("ARE", 2023, 1, S));
    FinanceComparison f = FinanceComparison.of(ReplicationTest.R, vc, S, 2022, 2023);
    // DEU lacks 2022; ARE is not one of the result's economies
    assertThat(f.lines()).extracting(FinanceComparison.Line::iso3).containsExactly("USA");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FinanceComparison.of(ReplicationTest.R, vc.subList(2, 3), S, 2022, 2023));
    assertThat(e.getMessage()).contains("lacks a year of 2022-2023 for USA");
  }

  @Test
  void the_shipped_oecd_series_gives_china_0_31_of_the_united_states_in_2022_23() {
    // the file's values: CHN 25,078.5079305 + 21,182.585681; USA 76,731.1734885 + 71,776.363503
    FinanceComparison f = PublishedFiles.finance(ReplicationTest.R);
    FinanceComparison.Line chn =
        f.lines().stream().filter(l -> l.iso3().equals("CHN")).findFirst().orElseThrow();
    assertThat(chn.published())
        .isCloseTo((25078.5079305 + 21182.585681) / (76731.1734885 + 71776.363503), within(1e-12));
    assertThat(f.lines()).hasSize(9);
    assertThat(f.lines().get(0).iso3()).isEqualTo("USA");
  }
}
