package org.aidx.analysis.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.aidx.model.InputException;
import org.junit.jupiter.api.Test;

class AggregationTest {
  private static final List<RegionIndicator> IND =
      List.of(
          new RegionIndicator("pop", "people", "", Rule.SUM),
          new RegionIndicator("share", "%", "", Rule.WEIGHTED_MEAN));

  private static RegionTable counties(double popA) {
    return RegionTable.of(
        List.of(new Region("a", "A"), new Region("b", "B"), new Region("c", "C")),
        IND,
        new double[][] {{popA, 300, 50}, {20, 40, 10}});
  }

  private static Crosswalk.Link link(String child, String parent, double share) {
    return new Crosswalk.Link(child, parent, parent.toUpperCase(), share, 0);
  }

  @Test
  void counts_sum_and_rates_average_with_population_weights() {
    Aggregation a =
        Aggregation.of(
            counties(100),
            new Crosswalk("cw", List.of(link("a", "m", Double.NaN), link("b", "m", Double.NaN))),
            "pop");
    RegionTable m = a.parents();
    assertThat(m.column("pop")).containsExactly(400);
    // (100·20 + 300·40) / 400 = 35
    assertThat(m.column("share")[0]).isCloseTo(35, within(1e-12));
    assertThat(a.unmapped()).containsExactly("c");
  }

  @Test
  void a_split_child_contributes_its_share_to_each_parent() {
    Aggregation a =
        Aggregation.of(
            counties(100),
            new Crosswalk(
                "cw",
                List.of(link("b", "m", 0.5), link("b", "n", 0.5), link("a", "n", Double.NaN))),
            "pop");
    assertThat(a.parents().column("pop")).containsExactly(150, 250);
    // n: (100·20 + 150·40) / 250 = 32
    assertThat(a.parents().column("share")[1]).isCloseTo(32, within(1e-12));
  }

  @Test
  void a_child_in_two_parents_without_shares_is_refused() {
    assertThatThrownBy(
            () ->
                new Crosswalk(
                    "cw.csv",
                    List.of(
                        new Crosswalk.Link("b", "m", "M", Double.NaN, 2),
                        new Crosswalk.Link("b", "n", "N", Double.NaN, 3))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("cw.csv line 3")
        .hasMessageContaining("region b is mapped to 2 parents (m, n) without shares");
  }

  @Test
  void a_non_positive_weight_is_refused_naming_the_region() {
    assertThatThrownBy(
            () ->
                Aggregation.of(
                    counties(0), new Crosswalk("cw", List.of(link("a", "m", Double.NaN))), "pop"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("region a (A)")
        .hasMessageContaining("not positive");
  }
}
