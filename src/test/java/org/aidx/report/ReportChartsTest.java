package org.aidx.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aidx.framework.Node;
import org.aidx.pipeline.Methodology;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategorySeries;

class ReportChartsTest {
  @Test
  void the_ranking_chart_shows_each_economy_once_in_rank_order_coloured_by_tier() {
    var r = MiniIndex.result();
    var chart = ReportCharts.ranking(r);

    int shown = 0;
    for (CategorySeries s : chart.getSeriesCollection()) {
      List<Object> xs = List.copyOf(s.getXData());
      assertThat(xs).containsExactly("BBB", "REF", "AAA");
      for (Number y : s.getYData()) {
        // An empty slot may come back from XChart as null or as NaN.
        if (y != null && !Double.isNaN(y.doubleValue())) {
          shown++;
        }
      }
    }
    assertThat(shown).isEqualTo(3);
    assertThat(chart.getSeriesCollection()).hasSize(r.tiering().count());
  }

  @Test
  void the_profile_uses_the_aggregates_directly_above_the_indicators() {
    assertThat(ReportCharts.lowestAggregates(MiniIndex.result()))
        .extracting(Node::id)
        .containsExactly("D1", "D2");
  }

  @Test
  void a_tree_that_is_only_a_root_profiles_the_root() {
    var fw = MiniIndex.framework();
    var flat =
        fw.withRoot(
            fw.root()
                .withChildren(
                    fw.root().flatten().filter(Node.Indicator.class::isInstance).toList()));
    var r =
        org.aidx.pipeline.Pipeline.run(
            flat,
            MiniIndex.dataset(),
            Methodology.of(flat, org.aidx.pipeline.PipelineSpec.defaults()));

    assertThat(ReportCharts.lowestAggregates(r)).extracting(Node::id).containsExactly("index");
  }

  @Test
  void the_profile_heatmap_holds_one_cell_per_economy_and_dimension_with_its_score() {
    var r = MiniIndex.result();
    var series = ReportCharts.profile(r).getHeatMapSeries();

    assertThat(series.getHeatData()).hasSize(6);
    // x 0 is BBB (rank 1); y 0, the bottom row, is the last dimension D2: c's ratio 3.2 / 2 = 1.6.
    List<Number[]> cells = List.copyOf(series.getHeatData());
    assertThat(cells)
        .anySatisfy(
            cell -> {
              assertThat(cell[0].intValue()).isZero();
              assertThat(cell[1].intValue()).isZero();
              assertThat(cell[2].doubleValue()).isEqualTo(1.6);
            });
  }

  @Test
  void characters_the_chart_font_cannot_draw_are_dropped_with_their_empty_brackets() {
    assertThat(ReportCharts.displayable("Index (\uE000\uE001)")).isEqualTo("Index");
    assertThat(ReportCharts.displayable("Plain (text)")).isEqualTo("Plain (text)");
  }
}
