package org.aidx.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aidx.method.impute.Imputation;
import org.aidx.pipeline.PipelineSpec;
import org.junit.jupiter.api.Test;

class DataSourceTest {
  @Test
  void each_indicator_reports_its_sources_years_and_counts_over_the_values_used() {
    List<DataSource> rows = DataSource.of(MiniIndex.result());

    // See MiniIndex: a has 2019, 2021 and 2020 values from two sources; b lacks BBB.
    assertThat(rows).extracting(DataSource::indicator).containsExactly("a", "b", "c");
    DataSource a = rows.get(0);
    assertThat(a.name()).isEqualTo("Indicator <a>");
    assertThat(a.sources()).containsExactly("Src A", MiniIndex.MARKUP_SOURCE);
    assertThat(a.units()).containsExactly("count");
    assertThat(a.years()).isEqualTo("2019–2021");
    assertThat(List.of(a.values(), a.missing(), a.imputed())).containsExactly(3, 0, 0);
    DataSource b = rows.get(1);
    assertThat(b.years()).isEqualTo("2020");
    assertThat(List.of(b.values(), b.missing(), b.imputed())).containsExactly(2, 1, 0);
  }

  @Test
  void an_imputed_value_is_counted_as_imputed_not_missing() {
    var r = MiniIndex.result(PipelineSpec.defaults().withImpute(Imputation.parse("mean")));

    DataSource b = DataSource.of(r).get(1);

    assertThat(List.of(b.values(), b.missing(), b.imputed())).containsExactly(2, 0, 1);
  }

  @Test
  void a_year_range_running_backwards_is_refused() {
    assertThatThrownBy(() -> new DataSource("x", "x", List.of(), List.of(), 2021, 2019, 1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("first year 2021 after last year 2019 for x");
  }

  @Test
  void a_clause_two_sources_share_is_given_once() {
    assertThat(
            DataSource.merged(
                List.of("TOP500 list, sum of Rmax", "TOP500 list, sum of Rmax; no system, so 0")))
        .isEqualTo("TOP500 list, sum of Rmax; no system, so 0");
    assertThat(DataSource.merged(List.of("X; snapshot 1", "X; note 2")))
        .isEqualTo("X; snapshot 1; note 2");
  }

  @Test
  void a_semicolon_inside_parentheses_does_not_split_a_source() {
    String s = "Map (regions at the end of 2024; AWS, Azure); presence, not capacity";
    assertThat(DataSource.merged(List.of(s, s))).isEqualTo(s);
  }

  @Test
  void different_sources_are_all_kept_in_order_of_first_use() {
    assertThat(DataSource.merged(List.of("B", "A", "B"))).isEqualTo("B; A");
    assertThat(DataSource.merged(List.of())).isEmpty();
  }

  @Test
  void the_shipped_data_sources_table_repeats_no_clause() {
    var in = org.aidx.input.Inputs.load(null, List.of(), null);
    var r =
        org.aidx.pipeline.Pipeline.run(
            in.framework(),
            in.dataset(),
            org.aidx.pipeline.Methodology.of(in.framework(), PipelineSpec.defaults()));
    for (DataSource d : DataSource.of(r)) {
      List<String> clauses = DataSource.clauses(d.sourceText());
      assertThat(clauses).as(d.indicator()).doesNotHaveDuplicates();
      // nothing is lost: every clause of every source is in the merged text
      for (String source : d.sources()) {
        assertThat(clauses).as(d.indicator()).containsAll(DataSource.clauses(source));
      }
    }
  }
}
