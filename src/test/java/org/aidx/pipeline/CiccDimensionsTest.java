package org.aidx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.aidx.data.Dataset;
import org.aidx.framework.Framework;
import org.aidx.framework.Levels;
import org.aidx.framework.Node;
import org.aidx.input.Inputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped CICC default measures each dimension as the study's text defines it (issue 20):
 * sub-items are explicit nodes, combined inside a dimension by arithmetic means of scores relative
 * to the frontier, and documented gaps are missing values, imputed and flagged.
 */
class CiccDimensionsTest {
  static final Inputs IN = Inputs.load(null, List.of(), null, null);
  static final Framework FW = IN.framework();
  static final Dataset DATA = IN.dataset();
  static final IndexResult R = Pipeline.run(FW, DATA, Methodology.of(FW, PipelineSpec.defaults()));

  /** The data as 'aidx index --year 2023' reads them: exposure from structures up to 2023. */
  static final Dataset DATA_2023 = Inputs.load(null, List.of(), null, 2023).dataset();

  @Test
  void the_dimensions_are_the_seven_declared_ones_with_sub_items_below_four_of_them() {
    assertThat(Levels.dimensions(FW).stream().map(Node::id))
        .containsExactly(
            "compute", "algorithms", "data", "finance", "exposure_scale", "diffusion", "policy");
    assertThat(
            FW.aggregates().stream()
                .filter(a -> a.level().equals("sub-item"))
                .map(Node::id)
                .toList())
        .containsExactly(
            "compute_hpc",
            "compute_deployment",
            "algorithms_frontier",
            "algorithms_products",
            "data_endowment",
            "data_availability",
            "finance_amounts");
  }

  /** x / max over the economies, computed here from the raw values (the independent method). */
  private static double frontier(String indicator, String economy) {
    int i = R.indicators().indexOf(indicator);
    double max = 0;
    for (int e = 0; e < R.economies().size(); e++) {
      max = Math.max(max, R.prepared(i, e));
    }
    return R.prepared(i, R.economyIndex(economy)) / max;
  }

  @Test
  void a_sub_item_is_the_mean_of_its_indicators_relative_to_the_frontier_then_to_the_usa() {
    String a = "ai_conference_authorship_nonembodied_5y";
    String b = "ai_conference_authorship_embodied_5y";
    double jpn = (frontier(a, "JPN") + frontier(b, "JPN")) / 2;
    double usa = (frontier(a, "USA") + frontier(b, "USA")) / 2;
    assertThat(R.score("algorithms_frontier", R.economyIndex("JPN")))
        .isCloseTo(jpn / usa, within(1e-12));
  }

  @Test
  void a_dimension_is_the_mean_of_its_sub_items_before_division_by_the_reference() {
    int ind = R.economyIndex("IND");
    int usa = R.economyIndex("USA");
    double mean =
        (R.unscaledScore("algorithms_frontier", ind) + R.unscaledScore("algorithms_products", ind))
            / 2;
    double ref =
        (R.unscaledScore("algorithms_frontier", usa) + R.unscaledScore("algorithms_products", usa))
            / 2;
    assertThat(R.score("algorithms", ind)).isCloseTo(mean / ref, within(1e-12));
  }

  @Test
  void a_zero_inside_a_dimension_is_averaged_as_it_is_not_floored() {
    int h100e = R.indicators().indexOf("ai_supercomputers_h100e_operational_all_records");
    int tur = R.economyIndex("TUR");
    assertThat(R.prepared(h100e, tur)).isZero();
    assertThat(R.floored(h100e, tur)).isFalse();
    assertThat(R.score("compute", tur)).isPositive();
  }

  @Test
  void chinas_top500_sum_is_missing_imputed_and_flagged_not_read_as_a_low_value() {
    int top500 = R.indicators().indexOf("top500_rmax_tflops");
    int chn = R.economyIndex("CHN");
    assertThat(R.observation(top500, chn)).isNull();
    assertThat(R.imputed(top500, chn)).isTrue();
  }

  @Test
  void russias_missing_cloud_regions_are_imputed_from_its_compute_standing() {
    int cloud = R.indicators().indexOf("hyperscale_cloud_regions");
    int rus = R.economyIndex("RUS");
    assertThat(R.observation(cloud, rus)).isNull();
    assertThat(R.imputed(cloud, rus)).isTrue();
    assertThat(R.prepared(cloud, rus)).isPositive();
  }

  @Test
  void no_imputed_value_is_negative() {
    for (int i = 0; i < R.indicators().size(); i++) {
      for (int e = 0; e < R.economies().size(); e++) {
        if (R.imputed(i, e)) {
          assertThat(R.prepared(i, e)).as(R.indicators().get(i)).isNotNegative();
        }
      }
    }
  }

  static Stream<String> references() {
    return R.economies().stream();
  }

  /** The study's vintage: values dropped and a dimension floored, still base-invariant. */
  @ParameterizedTest
  @MethodSource("references")
  void a_2023_run_has_the_same_ranks_and_ratios_under_every_reference(String reference) {
    PipelineSpec y = PipelineSpec.defaults().withYear(2023);
    IndexResult usa = Pipeline.run(FW, DATA_2023, Methodology.of(FW, y));
    IndexResult r = Pipeline.run(FW, DATA_2023, Methodology.of(FW, y.withReference(reference)));
    int u = r.economyIndex("USA");
    int ref = r.economyIndex(reference);
    for (String node : r.aggregates()) {
      double own = usa.score(node, usa.economyIndex(reference));
      if (Double.isNaN(own) || own == 0) {
        // MEX and IDN have no compute value in 2023 and TUR's is zero: compute cannot be shown
        // relative to them
        assertThat(r.score(node, ref)).as(node).isNaN();
        continue;
      }
      for (int e = 0; e < r.economies().size(); e++) {
        double s = usa.score(node, usa.economyIndex(r.economies().get(e)));
        if (Double.isNaN(s)) {
          assertThat(r.score(node, e)).as(node + " " + r.economies().get(e)).isNaN();
          continue;
        }
        if (s == 0) {
          assertThat(r.score(node, e)).as(node + " " + r.economies().get(e)).isZero();
          continue;
        }
        assertThat(r.score(node, e) / r.score(node, u) / s)
            .as(node + " " + r.economies().get(e))
            .isCloseTo(1, within(1e-9));
      }
      for (int e = 0; e < r.economies().size(); e++) {
        assertThat(r.rank(e)).isEqualTo(usa.rank(usa.economyIndex(r.economies().get(e))));
      }
    }
  }

  @Test
  void a_whole_dimension_at_zero_is_raised_to_the_score_floor_and_flagged() {
    IndexResult r =
        Pipeline.run(FW, DATA_2023, Methodology.of(FW, PipelineSpec.defaults().withYear(2023)));
    assertThat(r.runNotes())
        .anySatisfy(
            n ->
                assertThat(n)
                    .isInstanceOfSatisfying(
                        RunNote.FlooredForMean.class,
                        f -> assertThat(f.toString()).contains("TUR").contains("compute")));
  }
}
