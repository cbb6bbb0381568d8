package org.aidx.analysis.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aidx.data.Dataset;
import org.aidx.framework.Framework;
import org.aidx.input.DataFiles;
import org.aidx.input.FrameworkFiles;
import org.aidx.model.InputException;
import org.aidx.model.Observation;
import org.aidx.model.Provenance;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
import org.junit.jupiter.api.Test;

/*
 * panel-framework.yaml: index = mean(first, second), first = a, second = b, ratio to USA.
 * panel-data.csv (hand-made values):
 *
 *          a: 2020 2021 2022 2023     b: 2020 2021 2022 2023
 *   USA       10   10   10   10          4    .    4    .
 *   DEU        5    6    .    8          2    2    .    .
 *   JPN        1    .    2    .          1    .    .    .
 *   FRA        5    .    .    4          2    .    .    1
 *
 * Max age 3. 2021: DEU a 6/10, b 2/4 → (0.6 + 0.5)/2 = 0.55; JPN a 1/10 (2020), b 1/4 (2020) →
 * 0.175; FRA (0.5 + 0.5)/2 = 0.5. 2023: DEU a 0.8, b 0.5 (2021, age 2) → 0.65; JPN a 0.2 (2022),
 * b 0.25 (2020, age 3) → 0.225; FRA 0.4, 0.25 → 0.325. 2024: JPN b (2020) is 4 years old →
 * missing, so JPN = a alone = 0.2, one of two indicators.
 */
class PanelTest {
  static Path resource(String name) {
    try {
      return Path.of(PanelTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static final Framework FW = FrameworkFiles.read(resource("panel-framework.yaml"));
  static final Dataset DATA = DataFiles.read(resource("panel-data.csv"));

  static Panel panel(int from, int to, PanelRule rule) {
    return Panel.build(FW, y -> DATA, Methodology.of(FW, PipelineSpec.defaults()), from, to, rule);
  }

  static double index(Panel p, int year, String iso3) {
    return p.row(year, iso3).index();
  }

  @Test
  void a_value_is_used_while_at_most_max_age_years_old() {
    Provenance pr = new Provenance("test", "", "test", "");
    Dataset d =
        Dataset.of(
            List.of(
                new Observation("DEU", "x", 2019, 1, pr), new Observation("DEU", "x", 2021, 2, pr)),
            Map.of());
    assertThat(d.latest("DEU", "x", 2024, 3)).map(Observation::year).contains(2021);
    assertThat(d.latest("DEU", "x", 2024, 2)).isEmpty();
    assertThat(d.latest("DEU", "x", 2020, 1)).map(Observation::year).contains(2019);
    assertThat(d.latest("DEU", "x", 2024, null)).map(Observation::year).contains(2021);
  }

  @Test
  void yearly_indices_match_the_hand_computed_values() {
    Panel p = panel(2021, 2024, PanelRule.defaults());
    assertThat(p.years()).containsExactly(2021, 2022, 2023, 2024);
    assertThat(index(p, 2021, "DEU")).isCloseTo(0.55, within(1e-12));
    assertThat(index(p, 2021, "JPN")).isCloseTo(0.175, within(1e-12));
    assertThat(index(p, 2021, "FRA")).isCloseTo(0.5, within(1e-12));
    assertThat(index(p, 2023, "DEU")).isCloseTo(0.65, within(1e-12));
    assertThat(index(p, 2023, "JPN")).isCloseTo(0.225, within(1e-12));
    assertThat(index(p, 2023, "FRA")).isCloseTo(0.325, within(1e-12));
    assertThat(index(p, 2024, "JPN")).isCloseTo(0.2, within(1e-12));
    assertThat(index(p, 2024, "USA")).isEqualTo(1.0);
  }

  @Test
  void each_year_equals_the_single_year_index_with_the_same_year_and_max_age() {
    Panel p = panel(2020, 2024, PanelRule.defaults().withMaxAge(2));
    for (int y : p.years()) {
      IndexResult single =
          Pipeline.run(
              FW, DATA, Methodology.of(FW, PipelineSpec.defaults().withYear(y).withMaxAge(2)));
      IndexResult inPanel = p.at(y);
      assertThat(inPanel.economies()).isEqualTo(single.economies());
      for (int e = 0; e < single.economies().size(); e++) {
        for (String node : single.aggregates()) {
          assertThat(Double.valueOf(inPanel.score(node, e)))
              .isEqualTo(Double.valueOf(single.score(node, e)));
        }
        assertThat(Double.valueOf(inPanel.rank(e))).isEqualTo(Double.valueOf(single.rank(e)));
      }
    }
  }

  @Test
  void values_older_than_the_maximum_age_are_missing() {
    Panel p = panel(2023, 2024, PanelRule.defaults().withMaxAge(2));
    // JPN b (2020) is 3 years old in 2023: only a (2022) remains
    assertThat(index(p, 2023, "JPN")).isCloseTo(0.2, within(1e-12));
    assertThat(p.row(2023, "JPN").present()).isEqualTo(1);
  }

  @Test
  void every_carried_forward_value_is_flagged_with_its_own_year() {
    Panel p = panel(2021, 2022, PanelRule.defaults());
    assertThat(p.carried())
        .contains(
            new Panel.Carried(2021, "USA", "b", 2020, 4),
            new Panel.Carried(2022, "DEU", "a", 2021, 6),
            new Panel.Carried(2022, "DEU", "b", 2021, 2))
        .noneMatch(c -> c.valueYear() >= c.year());
    // DEU's 2021 values are both of 2021: none carried
    assertThat(p.row(2021, "DEU").carried()).isZero();
    assertThat(p.row(2022, "DEU").carried()).isEqualTo(2);
  }

  @Test
  void an_economy_below_the_minimum_coverage_is_flagged_with_its_coverage() {
    Panel p = panel(2024, 2024, PanelRule.defaults().withMinCoverage(0.75));
    Panel.Row jpn = p.row(2024, "JPN");
    assertThat(jpn.coverage()).isEqualTo(0.5);
    assertThat(jpn.lowCoverage()).isTrue();
    assertThat(p.row(2024, "DEU").lowCoverage()).isFalse();
    assertThat(panel(2024, 2024, PanelRule.defaults()).row(2024, "JPN").lowCoverage()).isFalse();
  }

  @Test
  void catching_up_is_the_compound_annual_change_relative_to_the_reference() {
    CatchingUp c = CatchingUp.measure(panel(2021, 2023, PanelRule.defaults()), 0, 1, 1);
    CatchingUp.Reading deu = reading(c, "DEU");
    double g = Math.sqrt(0.65 / 0.55) - 1;
    assertThat(deu.annualChange()).isCloseTo(g, within(1e-12));
    assertThat(deu.status()).isEqualTo(CatchingUp.Status.CLOSING);
    assertThat(deu.yearsToClose()).isCloseTo(Math.log(1 / 0.65) / Math.log(1 + g), within(1e-9));
    assertThat(deu.low()).isNaN();
    CatchingUp.Reading fra = reading(c, "FRA");
    assertThat(fra.annualChange()).isCloseTo(Math.sqrt(0.325 / 0.5) - 1, within(1e-12));
    assertThat(fra.status()).isEqualTo(CatchingUp.Status.NOT_CLOSING);
    assertThat(fra.yearsToClose()).isNaN();
    assertThat(c.sentence(fra)).endsWith("the gap is widening.");
    assertThat(reading(c, "USA").status()).isEqualTo(CatchingUp.Status.REFERENCE);
  }

  @Test
  void the_monte_carlo_interval_is_reproducible_and_ordered() {
    Panel p = panel(2021, 2023, PanelRule.defaults());
    CatchingUp a = CatchingUp.measure(p, 64, 7, 2);
    CatchingUp b = CatchingUp.measure(p, 64, 7, 1);
    for (String e : List.of("DEU", "JPN", "FRA")) {
      CatchingUp.Reading r = reading(a, e);
      assertThat(r.low()).isFinite().isLessThanOrEqualTo(r.high());
      assertThat(reading(b, e).low()).isEqualTo(r.low());
      assertThat(reading(b, e).high()).isEqualTo(r.high());
    }
  }

  @Test
  void the_interval_samples_only_the_weights_and_the_imputation() {
    Panel p = panel(2021, 2023, PanelRule.defaults());
    List<String> keys =
        CatchingUp.intervalAssumptions(p, p.methodologyFor(2023)).items().stream()
            .map(org.aidx.analysis.uncertainty.Assumption::key)
            .toList();
    assertThat(keys).isNotEmpty().allMatch(k -> k.startsWith("weights:") || k.equals("imputation"));
    assertThat(keys).contains("imputation");
  }

  @Test
  void a_reading_whose_interval_includes_zero_claims_no_direction_and_no_date() {
    CatchingUp c = new CatchingUp(2021, 2025, "USA", 10, 1, List.of(), null);
    // r 0.5 → 0.52: g = (1.04)^(1/4) − 1 ≈ +0.99% a year, closing in ln(1/0.52)/ln(1+g) = 66.7
    // years
    double g = Math.pow(0.52 / 0.5, 0.25) - 1;
    double years = Math.log(1 / 0.52) / Math.log1p(g);
    CatchingUp.Reading straddles =
        new CatchingUp.Reading(
            "DEU", "Germany", 0.5, 0.52, g, -0.01, 0.03, years, CatchingUp.Status.CLOSING);
    assertThat(c.sentence(straddles))
        .contains("(90% interval -1.0% to +3.0%)")
        .endsWith("no clear change: the interval includes no change.")
        .doesNotContain("closes in");
    CatchingUp.Reading clear =
        new CatchingUp.Reading(
            "DEU", "Germany", 0.5, 0.52, g, 0.005, 0.03, years, CatchingUp.Status.CLOSING);
    assertThat(c.sentence(clear)).endsWith("at this pace the gap closes in 67 years.");
    // r 0.5 → 0.505 over four years: +0.25% a year, 274.6 years to close: no date is printed
    double slow = Math.pow(0.505 / 0.5, 0.25) - 1;
    CatchingUp.Reading slowly =
        new CatchingUp.Reading(
            "DEU",
            "Germany",
            0.5,
            0.505,
            slow,
            Double.NaN,
            Double.NaN,
            Math.log(1 / 0.505) / Math.log1p(slow),
            CatchingUp.Status.CLOSING);
    assertThat(c.sentence(slowly))
        .endsWith("closing, but at this pace it takes more than a century.");
  }

  @Test
  void the_closing_time_follows_the_worked_example() {
    // r 0.5 → 0.605 over two years: g = 10%, ln(1/0.605)/ln(1.1) = 5.27 years
    double g = Math.pow(0.605 / 0.5, 0.5) - 1;
    assertThat(g).isCloseTo(0.1, within(1e-12));
    assertThat(Math.log(1 / 0.605) / Math.log1p(g)).isCloseTo(5.27, within(0.005));
  }

  @Test
  void from_after_to_is_one_clear_error() {
    InputException e =
        assertThrows(InputException.class, () -> panel(2024, 2021, PanelRule.defaults()));
    assertThat(e.getMessage()).contains("--from 2024 --to 2021").contains("first year is after");
  }

  @Test
  void a_range_without_data_for_the_reference_names_the_reference_and_its_years() {
    InputException e =
        assertThrows(InputException.class, () -> panel(2001, 2005, PanelRule.defaults()));
    assertThat(e.getMessage())
        .contains("years 2001–2005")
        .contains("USA has no value within 3 year(s)")
        .contains("USA has values from 2020 to 2023");
  }

  @Test
  void a_maximum_age_below_one_is_an_input_error() {
    InputException e = assertThrows(InputException.class, () -> new PanelRule(0, 0.5));
    assertThat(e.getMessage()).contains("--max-age").contains("at least 1 year, got 0");
  }

  @Test
  void an_indicator_no_economy_has_in_a_year_drops_out_of_that_year() {
    // only the 2020 values of b: in 2024 they are 4 years old, so b is missing for everyone
    Dataset onlyOldB =
        Dataset.of(
            DATA.observations().stream()
                .filter(o -> o.indicator().equals("a") || o.year() == 2020)
                .toList(),
            DATA.names());
    Panel p =
        Panel.build(
            FW,
            y -> onlyOldB,
            Methodology.of(FW, PipelineSpec.defaults()),
            2023,
            2024,
            PanelRule.defaults());
    assertThat(index(p, 2024, "DEU")).isCloseTo(0.8, within(1e-12));
    assertThat(p.row(2024, "DEU").scores().get("second")).isNaN();
    assertThat(p.at(2024).notes()).contains("no values: b is missing for every economy");
    // the Monte Carlo runs through such a year too
    CatchingUp c = CatchingUp.measure(p, 32, 1, 1);
    assertThat(reading(c, "DEU").low()).isFinite();
  }

  /*
   * panel-arrival.csv (hand-made): b arrives in 2023 for every economy.
   *
   *          a: 2021 2023     b: 2023
   *   USA       10   10          4
   *   DEU        5    7          4
   *   FRA        6    5          1
   *
   * 2021 (no b anywhere, "second" has no score): DEU 5/10 = 0.5, FRA 0.6. 2023, all indicators:
   * DEU (0.7 + 4/4)/2 = 0.85, FRA (0.5 + 1/4)/2 = 0.375. Like for like (a only, "second" left
   * out): DEU 0.7, FRA 0.5. So DEU: g = √(0.7/0.5) − 1 = +18.3% a year like for like, closing in
   * ln(1/0.7)/ln(1 + g) = 2.12 years; √(0.85/0.5) − 1 = +30.4% on all indicators.
   */
  static final Dataset ARRIVAL = DataFiles.read(resource("panel-arrival.csv"));

  @Test
  void like_for_like_is_the_rate_on_the_indicators_present_in_both_years() {
    Panel p =
        Panel.build(
            FW,
            y -> ARRIVAL,
            Methodology.of(FW, PipelineSpec.defaults()),
            2021,
            2023,
            PanelRule.defaults());
    CatchingUp c = CatchingUp.measure(p, 0, 1, 1);
    assertThat(c.basis().indicators()).containsExactly("a");
    assertThat(c.basis().leftOut()).containsOnlyKeys("b");
    assertThat(c.basis().leftOut().get("b")).isEqualTo("the reference USA has no value in 2021");
    assertThat(c.basis().leftOutNodes()).containsExactly("second");
    CatchingUp.Reading deu = c.likeForLike("DEU");
    double g = Math.sqrt(0.7 / 0.5) - 1;
    assertThat(deu.relativeFrom()).isCloseTo(0.5, within(1e-12));
    assertThat(deu.relativeTo()).isCloseTo(0.7, within(1e-12));
    assertThat(deu.annualChange()).isCloseTo(g, within(1e-12));
    assertThat(deu.yearsToClose()).isCloseTo(Math.log(1 / 0.7) / Math.log1p(g), within(1e-9));
    assertThat(deu.status()).isEqualTo(CatchingUp.Status.CLOSING);
    CatchingUp.Reading fra = c.likeForLike("FRA");
    assertThat(fra.annualChange()).isCloseTo(Math.sqrt(0.5 / 0.6) - 1, within(1e-12));
    assertThat(fra.status()).isEqualTo(CatchingUp.Status.NOT_CLOSING);
    // the all-indicators rate includes b's arrival, and differs
    CatchingUp.Reading all = reading(c, "DEU");
    assertThat(all.annualChange()).isCloseTo(Math.sqrt(0.85 / 0.5) - 1, within(1e-12));
    assertThat(reading(c, "FRA").annualChange())
        .isCloseTo(Math.sqrt(0.375 / 0.6) - 1, within(1e-12));
    assertThat(c.composition().get("DEU")).isEqualTo(new CatchingUp.Composition(1, 0));
    assertThat(c.reading(all))
        .isEqualTo(
            "DEU (Germany): like for like, 0.700 of USA in 2023, +18.3% a year relative to USA"
                + " since 2021; at this pace the gap closes in 2 years. All indicators, including"
                + " composition change: 0.850 of USA in 2023, +30.4% a year, of which part is 1"
                + " indicator(s) arriving.");
    assertThat(c.reading(reading(c, "FRA")))
        .startsWith("FRA (France): like for like, 0.500 of USA in 2023, -8.7% a year")
        .contains("; the gap is widening. All indicators");
    // with an interval, the like-for-like Monte Carlo runs on the restricted index
    CatchingUp mc = CatchingUp.measure(p, 32, 1, 1);
    assertThat(mc.likeForLike("DEU").low())
        .isFinite()
        .isLessThanOrEqualTo(mc.likeForLike("DEU").high());
  }

  @Test
  void without_composition_change_the_two_readings_are_identical() {
    // 2021–2023 of panel-data.csv: with max age 3 every economy has a and b in both years
    Panel p = panel(2021, 2023, PanelRule.defaults());
    CatchingUp c = CatchingUp.measure(p, 32, 5, 1);
    assertThat(c.basis().complete()).isTrue();
    assertThat(c.basis().indicators()).containsExactly("a", "b");
    assertThat(c.likeForLike()).isEqualTo(c.readings());
    for (CatchingUp.Reading r : c.readings()) {
      assertThat(c.composition().get(r.iso3()).changed()).isFalse();
      assertThat(c.reading(r)).isEqualTo(c.sentence(r));
    }
  }

  @Test
  void with_no_indicator_in_both_years_there_is_no_like_for_like_reading_and_no_verdict() {
    // a only in 2021, b only in 2023; with max age 1, 2023 has no a (2021 is two years old)
    Dataset swap =
        Dataset.of(
            ARRIVAL.observations().stream()
                .filter(o -> o.indicator().equals("a") ? o.year() == 2021 : o.year() == 2023)
                .toList(),
            ARRIVAL.names());
    Panel p =
        Panel.build(
            FW,
            y -> swap,
            Methodology.of(FW, PipelineSpec.defaults()),
            2021,
            2023,
            PanelRule.defaults().withMaxAge(1));
    CatchingUp c = CatchingUp.measure(p, 0, 1, 1);
    assertThat(c.basis().indicators()).isEmpty();
    assertThat(c.likeForLike()).isEmpty();
    assertThat(c.likeForLikeNote()).startsWith("no like-for-like reading: no indicator has values");
    String s = c.reading(reading(c, "DEU"));
    assertThat(s)
        .startsWith("DEU (Germany): no like-for-like reading (no indicator has values")
        .contains("so no verdict. All indicators, including composition change:")
        .endsWith("of which part is 1 indicator(s) arriving and 1 leaving.")
        .doesNotContain("closes in")
        .doesNotContain("widening");
  }

  private static CatchingUp.Reading reading(CatchingUp c, String iso3) {
    return c.readings().stream().filter(r -> r.iso3().equals(iso3)).findFirst().orElseThrow();
  }
}
