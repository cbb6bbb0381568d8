package org.aidx.analysis.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.aidx.input.RegionFiles;
import org.junit.jupiter.api.Test;

/** The shipped US data, aggregated as documented in PROVENANCE-regions.md. */
class UsMetrosTest {
  private static final Aggregation METROS =
      Aggregation.of(
          RegionFiles.usCounties().value(), RegionFiles.cbsa(true).value(), RegionFiles.POPULATION);

  @Test
  void population_weighted_counties_reproduce_microsofts_35_published_metro_values() {
    Map<String, Double> published = RegionFiles.publishedMetros().value();
    assertThat(published).hasSize(35);
    RegionTable m = METROS.parents();
    double[] share = m.column(RegionFiles.AI_USER_SHARE);
    for (Map.Entry<String, Double> e : published.entrySet()) {
      int i = m.indexOf(e.getKey());
      assertThat(i).as("metro %s", e.getKey()).isNotNegative();
      assertThat(Math.abs(share[i] - e.getValue()))
          .as("metro %s: aggregated %s, published %s", e.getKey(), share[i], e.getValue())
          .isLessThanOrEqualTo(0.2);
    }
  }

  @Test
  void metros_are_the_393_metropolitan_areas_of_2023_and_sums_add_up() {
    RegionTable m = METROS.parents();
    assertThat(m.size()).isEqualTo(393);
    double[] users = m.column(RegionFiles.AI_USERS);
    double[] share = m.column(RegionFiles.AI_USER_SHARE);
    double[] pop = m.column(RegionFiles.POPULATION);
    // the users sum is the weighted share times the summed population
    int ny = m.indexOf("35620");
    assertThat(users[ny])
        .isCloseTo(
            share[ny] / 100 * pop[ny], org.assertj.core.data.Percentage.withPercentage(1e-9));
  }
}
