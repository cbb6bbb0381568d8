package org.aidx.analysis.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.aidx.model.InputException;
import org.junit.jupiter.api.Test;

class TypologyTest {
  /** 12 regions: six high on x and y, six low; z constant; w missing for most. */
  private static RegionTable table() {
    List<Region> r = new ArrayList<>();
    double[][] v = new double[5][12];
    for (int i = 0; i < 12; i++) {
      r.add(new Region("r" + i, "R" + i));
      boolean high = i < 6;
      v[0][i] = 100;
      v[1][i] = (high ? 10 : 0) + i * 0.1;
      v[2][i] = (high ? 5 : 1) + i * 0.01;
      v[3][i] = 7;
      v[4][i] = i < 2 ? 1 : Double.NaN;
    }
    return RegionTable.of(
        r,
        List.of(
            new RegionIndicator("pop", "", "", Rule.SUM),
            new RegionIndicator("x", "", "", Rule.WEIGHTED_MEAN),
            new RegionIndicator("y", "", "", Rule.WEIGHTED_MEAN),
            new RegionIndicator("z", "", "", Rule.WEIGHTED_MEAN),
            new RegionIndicator("w", "", "", Rule.WEIGHTED_MEAN)),
        v);
  }

  private static Typology spec(List<String> ind, int k) {
    return new Typology(
        ind,
        Typology.Scaling.PER_CAPITA,
        "pop",
        KMeans.of(5),
        k,
        4,
        Typology.Choice.SILHOUETTE,
        5,
        10,
        1);
  }

  @Test
  void two_separated_groups_are_found_ranked_and_named() {
    Typology.Result r = spec(List.of("x", "y"), 0).run(table());
    assertThat(r.k()).isEqualTo(2);
    assertThat(r.kRule()).isEqualTo("silhouette");
    assertThat(r.groups().get(0).name()).isEqualTo("high x, y");
    assertThat(r.groups().get(1).name()).isEqualTo("low x, y");
    assertThat(r.groupOf("r0")).isEqualTo(1);
    assertThat(r.groupOf("r11")).isEqualTo(2);
    assertThat(r.groups().get(0).stability()).isGreaterThan(0.9);
  }

  @Test
  void constant_and_mostly_missing_indicators_are_left_out_with_a_note() {
    Typology.Result r = spec(List.of("x", "z", "w"), 2).run(table());
    assertThat(r.used()).containsExactly("x");
    assertThat(r.notes())
        .anySatisfy(n -> assertThat(n).startsWith("z left out: it is constant"))
        .anySatisfy(n -> assertThat(n).startsWith("w left out: values for 2 of 12 regions"));
  }

  @Test
  void no_usable_indicator_is_an_input_error() {
    assertThatThrownBy(() -> spec(List.of("z"), 2).run(table()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no indicator can be used");
  }

  @Test
  void k_as_large_as_the_number_of_regions_is_an_input_error() {
    assertThatThrownBy(() -> spec(List.of("x"), 12).run(table()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("asks for 12 groups of 12 regions")
        .hasMessageContaining("choose k below 12");
  }

  /** r0..r3: population 100k, 200k, none, 100k; papers 1, 4, 3, 10. */
  private static RegionTable counts() {
    List<Region> r =
        List.of(
            new Region("r0", "R0"),
            new Region("r1", "R1"),
            new Region("r2", "R2"),
            new Region("r3", "R3"));
    return RegionTable.of(
        r,
        List.of(
            new RegionIndicator("pop", "", "", Rule.SUM),
            new RegionIndicator("papers", "", "", Rule.SUM, "Papers")),
        new double[][] {{100_000, 200_000, Double.NaN, 100_000}, {1, 4, 3, 10}});
  }

  private static Typology both(int k) {
    return new Typology(
        List.of("papers"),
        Typology.Scaling.BOTH,
        "pop",
        KMeans.of(5),
        k,
        2,
        Typology.Choice.SILHOUETTE,
        5,
        0,
        1);
  }

  @Test
  void both_scaling_clusters_a_count_as_a_total_and_per_100k_residents() {
    Typology.Result r = both(2).run(counts());
    assertThat(r.used()).containsExactly("papers", "papers" + Typology.PER_CAPITA_SUFFIX);
    assertThat(r.labels()).containsExactly("Papers", "Papers" + Typology.PER_LABEL);
    // (total, per 100k): r0 (1, 1), r1 (4, 2), r3 (10, 10): r3 alone, then r0 and r1
    assertThat(r.groups().get(0).members()).extracting(Region::code).containsExactly("r3");
    assertThat(r.groups().get(0).mean()).containsExactly(10.0, 10.0);
    assertThat(r.groups().get(1).mean().get(0)).isCloseTo(2.5, within(1e-12));
    assertThat(r.groups().get(1).mean().get(1)).isCloseTo(1.5, within(1e-12));
  }

  @Test
  void a_region_without_population_is_left_out_of_per_resident_indicators_and_listed() {
    Typology.Result r = both(2).run(counts());
    assertThat(r.groupOf("r2")).isZero();
    assertThat(r.notes())
        .anySatisfy(
            n ->
                assertThat(n)
                    .startsWith("1 region(s) without a population, left out of the per-resident")
                    .endsWith(": R2"));
  }

  @Test
  void the_scorecard_reports_the_groups_members_land_in_with_their_sizes() {
    Typology.Result r = both(2).run(counts());
    Scorecard c =
        Scorecard.of(
            r,
            List.of(
                new Scorecard.Member("superstar", "Three", "r3"),
                new Scorecard.Member("early adopter", "Zero", "r0"),
                new Scorecard.Member("early adopter", "Two", "r2")));
    assertThat(c.groupSizes()).containsExactly(1, 2);
    assertThat(c.summary().get(0).landing()).containsExactly(new Scorecard.Landing(1, 1, 1));
    assertThat(Scorecard.landing(c.summary().get(1))).isEqualTo("2: 1 of 2");
    assertThat(c.summary().get(1).clustered()).isEqualTo(1);
    assertThat(c.rows().get(2).group()).isZero();
  }
}
