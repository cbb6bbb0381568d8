package org.aidx.analysis.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConcentrationTest {
  private static final double[] ONES = {1, 1, 1, 1};

  @Test
  void gini_of_one_to_four_is_a_quarter() {
    // Σ|xi − xj| over ordered pairs = 20; 20 / (2 · 4² · 2.5) = 0.25
    assertThat(Concentration.gini(new double[] {3, 1, 4, 2}, ONES)).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void gini_is_zero_when_equal_and_one_minus_one_over_n_when_one_holds_all() {
    assertThat(Concentration.gini(new double[] {5, 5, 5, 5}, ONES)).isCloseTo(0, within(1e-12));
    assertThat(Concentration.gini(new double[] {0, 0, 0, 8}, ONES)).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void weighted_gini_equals_the_gini_of_repeated_units() {
    double weighted = Concentration.gini(new double[] {1, 3}, new double[] {2, 1});
    double repeated = Concentration.gini(new double[] {1, 1, 3}, new double[] {1, 1, 1});
    assertThat(weighted).isCloseTo(repeated, within(1e-12));
  }

  @Test
  void hhi_of_one_to_four_is_point_three() {
    // shares 0.1, 0.2, 0.3, 0.4: 0.01 + 0.04 + 0.09 + 0.16
    assertThat(Concentration.hhi(new double[] {1, 2, 3, 4})).isCloseTo(0.30, within(1e-12));
  }

  @Test
  void theil_is_ln_n_when_one_region_holds_everything() {
    assertThat(Concentration.theil(new double[] {0, 0, 0, 8}, ONES))
        .isCloseTo(Math.log(4), within(1e-12));
    assertThat(Concentration.theil(new double[] {2, 2, 2, 2}, ONES)).isCloseTo(0, within(1e-12));
  }

  @Test
  void lorenz_runs_from_origin_to_one_through_the_sorted_cumulative_shares() {
    List<Concentration.LorenzPoint> l =
        Concentration.lorenz(new double[] {3, 1}, new double[] {1, 1});
    assertThat(l)
        .containsExactly(
            new Concentration.LorenzPoint(0, 0),
            new Concentration.LorenzPoint(0.5, 0.25),
            new Concentration.LorenzPoint(1, 1));
  }

  @Test
  void top_shares_and_location_quotients_are_against_the_national_total() {
    List<Region> r = List.of(new Region("a", "A"), new Region("b", "B"), new Region("c", "C"));
    // national: 100 users, 1000 people; the three regions hold 60 users
    Concentration.Result res =
        Concentration.of(
            "users",
            r,
            new double[] {10, 40, 10},
            new double[] {100, 200, 400},
            100,
            1000,
            List.of(1, 2),
            Concentration.Basis.ABSOLUTE);
    assertThat(res.topShares()).containsExactly(0.40, 0.50);
    assertThat(res.covered()).isCloseTo(0.6, within(1e-12));
    assertThat(res.rows().get(0).region().code()).isEqualTo("b");
    // b: 40% of users, 20% of people → LQ 2
    assertThat(res.rows().get(0).lq()).isCloseTo(2.0, within(1e-12));
    assertThat(res.rows().get(0).perCapita()).isCloseTo(0.2, within(1e-12));
  }
}
