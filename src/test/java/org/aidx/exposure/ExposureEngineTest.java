package org.aidx.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.aidx.data.Dataset;
import org.aidx.model.InputException;
import org.aidx.model.Observation;
import org.aidx.model.Provenance;
import org.junit.jupiter.api.Test;

class ExposureEngineTest {
  private static final double EPS = 1e-12;

  /** Three groups: LOW (exposure 0.2), MID (0.5), HIGH (1.0). */
  private static final StructureScheme THREE =
      new StructureScheme(
          "test", "test_share", List.of("LOW", "MID", "HIGH"), "test source", "fraction of output");

  private static final ExposureEngine ENGINE =
      ExposureEngine.ofGroups(THREE, Map.of("LOW", 0.2, "MID", 0.5, "HIGH", 1.0), "fixture");

  private static IndustryStructure structure(String iso3, int year, double... percent) {
    Map<String, Double> s = new LinkedHashMap<>();
    for (int i = 0; i < percent.length; i++) {
      s.put(THREE.groups().get(i), percent[i]);
    }
    return new IndustryStructure(iso3, year, THREE, s);
  }

  private static Observation gdp(String iso3, int year, double value) {
    return new Observation(
        iso3, ExposureEngine.GDP_PPP, year, value, new Provenance("", "", "", ""));
  }

  /** AAA: shares (50, 30, 20)%, GDP 1000. BBB: shares (10, 40, 50)%, GDP 2000. */
  private static List<EconomyExposure> twoEconomies() {
    IndustryStructures structures =
        IndustryStructures.of(
            List.of(structure("AAA", 2023, 50, 30, 20), structure("BBB", 2023, 10, 40, 50)));
    Dataset data = Dataset.of(List.of(gdp("AAA", 2023, 1000), gdp("BBB", 2023, 2000)), Map.of());
    return ENGINE.measureAll(List.of("AAA", "BBB"), structures, data);
  }

  @Test
  void exposed_share_is_the_share_weighted_mean_of_group_exposures() {
    List<EconomyExposure> r = twoEconomies();
    // AAA: 0.2·0.5 + 0.5·0.3 + 1.0·0.2 = 0.10 + 0.15 + 0.20 = 0.45
    assertThat(r.get(0).exposedShare()).isCloseTo(0.45, offset(EPS));
    // BBB: 0.2·0.1 + 0.5·0.4 + 1.0·0.5 = 0.02 + 0.20 + 0.50 = 0.72
    assertThat(r.get(1).exposedShare()).isCloseTo(0.72, offset(EPS));
  }

  @Test
  void exposure_scale_is_exposed_share_times_gdp_at_ppp() {
    List<EconomyExposure> r = twoEconomies();
    assertThat(r.get(0).exposureScale()).isCloseTo(450.0, offset(1e-9)); // 0.45 × 1000
    assertThat(r.get(1).exposureScale()).isCloseTo(1440.0, offset(1e-9)); // 0.72 × 2000
    assertThat(r.get(1).gdpPpp()).isEqualTo(2000.0);
    assertThat(r.get(1).gdpYear()).isEqualTo(2023);
  }

  @Test
  void shares_of_exposed_output_are_each_groups_exposed_output_over_the_total() {
    List<GroupResult> g = twoEconomies().get(0).groups();
    // AAA: (0.10, 0.15, 0.20) / 0.45 = (2/9, 3/9, 4/9)
    assertThat(g).extracting(GroupResult::group).containsExactly("LOW", "MID", "HIGH");
    assertThat(g.get(0).exposedOutputShare()).isCloseTo(2.0 / 9, offset(EPS));
    assertThat(g.get(1).exposedOutputShare()).isCloseTo(3.0 / 9, offset(EPS));
    assertThat(g.get(2).exposedOutputShare()).isCloseTo(4.0 / 9, offset(EPS));
    assertThat(g.get(2).share()).isCloseTo(0.2, offset(EPS));
    assertThat(g.get(2).sharePercent()).isEqualTo(20.0);
  }

  @Test
  void diffusion_variance_is_the_population_variance_of_shares_of_exposed_output() {
    List<EconomyExposure> r = twoEconomies();
    // AAA: p = (2/9, 3/9, 4/9), mean 3/9: ((−1/9)² + 0 + (1/9)²)/3 = (2/81)/3 = 2/243
    assertThat(r.get(0).diffusionVariance()).isCloseTo(2.0 / 243, offset(EPS));
    // BBB: p = (0.02, 0.20, 0.50)/0.72 = (1, 10, 25)/36, mean 12/36:
    // ((−11)² + (−2)² + 13²)/36² / 3 = 294/1296/3 = 98/1296 = 49/648
    assertThat(r.get(1).diffusionVariance()).isCloseTo(49.0 / 648, offset(EPS));
  }

  @Test
  void the_effective_number_of_groups_is_the_inverse_herfindahl_index_of_those_shares() {
    List<EconomyExposure> r = twoEconomies();
    // AAA: 1 / ((2/9)² + (3/9)² + (4/9)²) = 81 / 29
    assertThat(r.get(0).diffusionEffectiveGroups()).isCloseTo(81.0 / 29, offset(EPS));
    // BBB: (1, 10, 25)/36: 1296 / (1 + 100 + 625) = 1296 / 726
    assertThat(r.get(1).diffusionEffectiveGroups()).isCloseTo(1296.0 / 726, offset(EPS));
    assertThat(r.get(0).observations())
        .anySatisfy(
            o -> {
              assertThat(o.indicator()).isEqualTo(EconomyExposure.DIFFUSION_EFFECTIVE);
              assertThat(o.value()).isCloseTo(81.0 / 29, offset(EPS));
            });
  }

  @Test
  void even_shares_of_exposed_output_give_every_group_and_one_group_gives_one() {
    // exposures (0.2, 0.5, 1.0) with shares proportional to (1/0.2, 1/0.5, 1/1.0) = (5, 2, 1)
    // make every group's exposed output equal
    EconomyExposure even = ENGINE.measure(structure("EVN", 2023, 62.5, 25, 12.5), 1, 2023);
    assertThat(even.diffusionEffectiveGroups()).isCloseTo(3.0, offset(EPS));
    EconomyExposure one = ENGINE.measure(structure("ONE", 2023, 0, 0, 100), 1, 2023);
    assertThat(one.diffusionEffectiveGroups()).isCloseTo(1.0, offset(EPS));
  }

  @Test
  void shares_are_divided_by_their_sum_not_by_100() {
    // (50.5, 30.3, 20.2) sum to 101 and are (50, 30, 20) scaled by 1.01: same result as AAA
    EconomyExposure r = ENGINE.measure(structure("CCC", 2023, 50.5, 30.3, 20.2), 1000, 2023);
    assertThat(r.exposedShare()).isCloseTo(0.45, offset(EPS));
    assertThat(r.shareTotalPercent()).isCloseTo(101.0, offset(EPS));
    assertThat(r.groups().get(0).share()).isCloseTo(0.5, offset(EPS));
  }

  @Test
  void exposed_share_lies_between_0_and_1() {
    SplittableRandom random = new SplittableRandom(20240627L);
    for (int n = 0; n < 500; n++) {
      Map<String, Double> e = new LinkedHashMap<>();
      THREE.groups().forEach(g -> e.put(g, random.nextDouble()));
      ExposureEngine engine = ExposureEngine.ofGroups(THREE, e, "random");
      double a = random.nextDouble(100);
      double b = random.nextDouble(100 - a);
      EconomyExposure r = engine.measure(structure("RND", 2023, a, b, 100 - a - b), 1, 2023);
      assertThat(r.exposedShare()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void raising_the_share_of_the_most_exposed_group_raises_the_exposed_share() {
    double before = ENGINE.measure(structure("AAA", 2023, 50, 30, 20), 1, 2023).exposedShare();
    // HIGH gains 10 points taken from LOW
    double moved = ENGINE.measure(structure("AAA", 2023, 40, 30, 30), 1, 2023).exposedShare();
    // HIGH gains 10 points, nothing else changes (the total becomes 110)
    double added = ENGINE.measure(structure("AAA", 2023, 50, 30, 30), 1, 2023).exposedShare();
    assertThat(moved).isGreaterThan(before);
    assertThat(added).isGreaterThan(before);
  }

  @Test
  void diffusion_is_zero_when_every_group_holds_an_equal_share_of_exposed_output() {
    // s_g ∝ 1/e_g = (5, 2, 1), i.e. (62.5, 25, 12.5)%: every e_g·s_g is 0.125
    EconomyExposure r = ENGINE.measure(structure("EVN", 2023, 62.5, 25, 12.5), 1, 2023);
    assertThat(r.groups())
        .allSatisfy(g -> assertThat(g.exposedOutputShare()).isCloseTo(1.0 / 3, offset(EPS)));
    assertThat(r.diffusionVariance()).isCloseTo(0.0, offset(EPS));
  }

  @Test
  void concentrating_exposed_output_in_one_group_raises_the_variance() {
    double even =
        ENGINE.measure(structure("EVN", 2023, 62.5, 25, 12.5), 1, 2023).diffusionVariance();
    double skewed = ENGINE.measure(structure("SKW", 2023, 5, 5, 90), 1, 2023).diffusionVariance();
    assertThat(skewed).isGreaterThan(even);
  }

  @Test
  void gdp_is_the_latest_at_or_before_the_max_year_whatever_the_structure_year() {
    IndustryStructures structures =
        IndustryStructures.of(
            List.of(structure("AAA", 2022, 50, 30, 20), structure("AAA", 2023, 70, 20, 9)));
    Dataset data =
        Dataset.of(
            List.of(gdp("AAA", 2022, 900), gdp("AAA", 2023, 1000), gdp("AAA", 2024, 1100)),
            Map.of());
    // 2023 sums to 99 (complete within 1 point) but the cap is 2022 → structure and GDP of 2022
    EconomyExposure capped = ENGINE.withMaxYear(2022).measure("AAA", structures, data);
    assertThat(capped.year()).isEqualTo(2022);
    assertThat(capped.gdpYear()).isEqualTo(2022);
    assertThat(capped.exposureScale()).isCloseTo(0.45 * 900, offset(1e-9));
    // no cap: structure 2023, GDP 2024
    EconomyExposure latest = ENGINE.measure("AAA", structures, data);
    assertThat(latest.year()).isEqualTo(2023);
    assertThat(latest.gdpYear()).isEqualTo(2024);
  }

  @Test
  void every_economy_without_gdp_or_structure_is_reported_at_once() {
    IndustryStructures structures =
        IndustryStructures.of(List.of(structure("AAA", 2023, 50, 30, 20)));
    Dataset data = Dataset.of(List.of(gdp("BBB", 2023, 1)), Map.of());
    InputException e =
        assertThrows(
            InputException.class, () -> ENGINE.measureAll(List.of("AAA", "BBB"), structures, data));
    assertThat(e.problems()).extracting(p -> p.where()).containsExactly("AAA", "BBB");
    assertThat(e.getMessage()).contains("no gdp_ppp_current_intl_DERIVED", "no test industry");
  }

  @Test
  void an_economy_with_no_exposed_output_is_an_input_error() {
    ExposureEngine zero =
        ExposureEngine.ofGroups(THREE, Map.of("LOW", 0.0, "MID", 0.0, "HIGH", 1.0), "fixture");
    InputException e =
        assertThrows(
            InputException.class, () -> zero.measure(structure("ZZZ", 2023, 60, 40, 0), 1, 2023));
    assertThat(e.getMessage()).contains("ZZZ 2023", "no AI-exposed output");
  }

  @Test
  void observations_are_the_four_indicators_dated_with_the_structure_year() {
    List<Observation> obs = ExposureEngine.observations(twoEconomies());
    assertThat(obs).hasSize(8);
    assertThat(obs.subList(0, 4))
        .extracting(Observation::indicator)
        .containsExactly(
            "exposed_share",
            "ai_exposed_output_ppp",
            "diffusion_variance",
            "diffusion_effective_industries");
    assertThat(obs).allSatisfy(o -> assertThat(o.year()).isEqualTo(2023));
    Observation scale = obs.get(1);
    assertThat(scale.value()).isCloseTo(450.0, offset(1e-9));
    assertThat(scale.provenance().unit())
        .isEqualTo("current international $ (PPP), AI-exposed output");
    assertThat(scale.provenance().source())
        .isEqualTo("derived by aidx from test source and Felten, Raj & Seamans AIIE");
    assertThat(scale.provenance().note())
        .contains("industry structure year 2023", "GDP at PPP of 2023");
    assertThat(obs.get(2).provenance().unit()).isEqualTo("variance of shares");
  }

  @Test
  void value_added_observations_name_the_un_source() {
    Map<String, Double> e = new LinkedHashMap<>();
    Map<String, Double> s = new LinkedHashMap<>();
    List<String> groups = StructureScheme.VALUE_ADDED.groups();
    for (int i = 0; i < groups.size(); i++) {
      e.put(groups.get(i), 0.5);
      s.put(groups.get(i), 100.0 / groups.size());
    }
    EconomyExposure r =
        ExposureEngine.ofGroups(StructureScheme.VALUE_ADDED, e, "")
            .measure(new IndustryStructure("AAA", 2023, StructureScheme.VALUE_ADDED, s), 1, 2023);
    List<String> sources = new ArrayList<>();
    r.observations().forEach(o -> sources.add(o.provenance().source()));
    assertThat(sources)
        .containsOnly("derived by aidx from UN SNAAMA value added and Felten, Raj & Seamans AIIE");
  }
}
