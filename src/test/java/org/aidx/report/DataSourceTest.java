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
}
