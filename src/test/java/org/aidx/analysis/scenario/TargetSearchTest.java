package org.aidx.analysis.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.aidx.data.Dataset;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.input.Inputs;
import org.aidx.method.normalise.Normalisation;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.PipelineSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TargetSearchTest {
  static Framework fw;
  static Dataset data;
  static final PipelineSpec SPEC = PipelineSpec.defaults();
  static final TargetSearch SEARCH = TargetSearch.defaults();

  @BeforeAll
  static void load() {
    Inputs in = Inputs.load(null, List.of(), List.of());
    fw = in.framework();
    data = in.dataset();
  }

  private static List<Node.Indicator> under(String node) {
    return fw.find(node)
        .orElseThrow()
        .flatten()
        .filter(Node.Indicator.class::isInstance)
        .map(Node.Indicator.class::cast)
        .toList();
  }

  private static double rankAt(String iso3, String lever, double f) {
    IndexResult r =
        TargetSearch.evaluate(fw, data, Methodology.of(fw, SPEC), iso3, under(lever), f);
    return r.rank(r.economyIndex(iso3));
  }

  @Test
  void the_found_factor_reaches_the_rank_and_a_slightly_smaller_one_does_not() {
    TargetSearch.Outcome o =
        SEARCH.search(
            fw, data, Methodology.of(fw, SPEC), "JPN", new TargetSearch.Rank(3), "compute");
    assertThat(o.reachable()).isTrue();
    assertThat(o.factor()).isGreaterThan(1);
    assertThat(rankAt("JPN", "compute", o.factor())).isLessThanOrEqualTo(3);
    assertThat(rankAt("JPN", "compute", o.factor() / (1 + 1e-5))).isGreaterThan(3);
  }

  @Test
  void the_index_rises_with_the_factor() {
    double previous = Double.NEGATIVE_INFINITY;
    for (double f : new double[] {1, 1.5, 2, 4, 10, 100}) {
      IndexResult r =
          TargetSearch.evaluate(fw, data, Methodology.of(fw, SPEC), "JPN", under("algorithms"), f);
      double index = r.index(r.economyIndex("JPN"));
      assertThat(index).as("factor " + f).isGreaterThan(previous);
      previous = index;
    }
    assertThat(
            SEARCH
                .search(
                    fw,
                    data,
                    Methodology.of(fw, SPEC),
                    "JPN",
                    new TargetSearch.Rank(3),
                    "algorithms")
                .monotone())
        .isTrue();
  }

  @Test
  void a_negative_indicator_is_divided_by_the_factor_so_its_ratio_score_doubles() {
    IndexResult base =
        TargetSearch.evaluate(fw, data, Methodology.of(fw, SPEC), "JPN", under("diffusion"), 1);
    IndexResult r =
        TargetSearch.evaluate(fw, data, Methodology.of(fw, SPEC), "JPN", under("diffusion"), 2);
    int e = r.economyIndex("JPN");
    assertThat(r.score("diffusion", e)).isCloseTo(2 * base.score("diffusion", e), within(1e-12));
  }

  @Test
  void a_target_already_met_needs_no_change() {
    TargetSearch.Outcome o =
        SEARCH.search(fw, data, Methodology.of(fw, SPEC), "USA", new TargetSearch.Rank(2), "data");
    assertThat(o.factor()).isEqualTo(1);
    assertThat(o.note()).isEqualTo("already met");
  }

  @Test
  void a_target_beyond_the_largest_factor_is_not_reachable_by_this_dimension_alone() {
    TargetSearch.Outcome o =
        SEARCH
            .withMaxFactor(1.1)
            .search(fw, data, Methodology.of(fw, SPEC), "BRA", new TargetSearch.Rank(1), "finance");
    assertThat(o.reachable()).isFalse();
    assertThat(o.factor()).isNaN();
    assertThat(o.note()).startsWith("not reachable by this dimension alone: at ×1.1");
  }

  @Test
  void under_rank_normalisation_the_index_stops_rising_once_the_economy_leads_the_indicator() {
    PipelineSpec rank = SPEC.withNormalise(Normalisation.parse("rank"));
    TargetSearch.Outcome o =
        SEARCH.search(
            fw, data, Methodology.of(fw, rank), "BRA", new TargetSearch.Rank(1), "finance");
    assertThat(o.reachable()).isFalse();
    assertThat(o.note()).contains("stops rising");
  }

  @Test
  void every_dimension_is_tried_and_the_reachable_ones_come_smallest_factor_first() {
    List<TargetSearch.Outcome> all =
        SEARCH.searchAll(fw, data, Methodology.of(fw, SPEC), "JPN", new TargetSearch.Rank(3));
    assertThat(all).hasSize(7);
    List<Double> factors =
        all.stream()
            .filter(TargetSearch.Outcome::reachable)
            .map(TargetSearch.Outcome::factor)
            .toList();
    assertThat(factors).isSorted();
  }

  @Test
  void a_tier_target_uses_the_baseline_breaks() {
    // China, second, reaches the USA's tier by finance alone (its index rises as finance^(1/8))
    TargetSearch.Outcome o =
        SEARCH.search(
            fw, data, Methodology.of(fw, SPEC), "CHN", new TargetSearch.Tier(1), "finance");
    IndexResult base =
        TargetSearch.evaluate(fw, data, Methodology.of(fw, SPEC), "CHN", under("finance"), 1);
    double lowestOfTierOne = base.tiering().breaks()[0];
    assertThat(o.reachable()).isTrue();
    assertThat(o.index()).isGreaterThanOrEqualTo(lowestOfTierOne);
    IndexResult below =
        TargetSearch.evaluate(
            fw, data, Methodology.of(fw, SPEC), "CHN", under("finance"), o.factor() / (1 + 1e-5));
    assertThat(below.index(below.economyIndex("CHN"))).isLessThan(lowestOfTierOne);
  }

  @Test
  void a_percentile_rank_is_raised_no_further_than_its_declared_maximum() {
    String wgi = "wgi_regulatory_quality_pctrank";
    assertThat(((Node.Indicator) fw.find(wgi).orElseThrow()).range())
        .isEqualTo(new Node.Range(0, 100));
    IndexResult r =
        TargetSearch.evaluate(fw, data, Methodology.of(fw, SPEC), "BRA", under(wgi), 20);
    int i = r.indicators().indexOf(wgi);
    assertThat(r.prepared(i, r.economyIndex("BRA"))).isEqualTo(100);
  }

  @Test
  void a_goal_past_the_range_is_not_reachable_within_the_indicator_s_range() {
    TargetSearch.Outcome o =
        SEARCH.search(
            fw,
            data,
            Methodology.of(fw, SPEC),
            "BRA",
            new TargetSearch.Rank(1),
            "wgi_regulatory_quality_pctrank");
    assertThat(o.reachable()).isFalse();
    assertThat(o.note())
        .startsWith(
            "not reachable within the indicator's range: wgi_regulatory_quality_pctrank (at its"
                + " maximum 100, reached at ×");
  }

  @Test
  void a_dimension_lever_keeps_raising_its_unbounded_indicators_past_a_capped_one() {
    IndexResult at2 =
        TargetSearch.evaluate(fw, data, Methodology.of(fw, SPEC), "JPN", under("data"), 2);
    IndexResult at4 =
        TargetSearch.evaluate(fw, data, Methodology.of(fw, SPEC), "JPN", under("data"), 4);
    int e = at2.economyIndex("JPN");
    int avail = at2.indicators().indexOf("oxford_gairi_2024_data_availability");
    int users = at2.indicators().indexOf("internet_users");
    assertThat(at4.prepared(avail, e)).isEqualTo(at2.prepared(avail, e)).isEqualTo(100);
    assertThat(at4.prepared(users, e)).isCloseTo(2 * at2.prepared(users, e), within(1e-9));
  }
}
