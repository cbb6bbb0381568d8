package org.aidx.analysis.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    assertThat(r.groups().get(0).name()).isEqualTo("high x, high y");
    assertThat(r.groups().get(1).name()).isEqualTo("low x, low y");
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
}
