package org.aidx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aidx.data.Dataset;
import org.aidx.model.Observation;
import org.junit.jupiter.api.Test;

/** Values older than the run's maximum age, on PipelineTest's index (every value from 2020). */
class StalenessTest {
  /** The fixture with AAA's patents from {@code year} instead of 2020. */
  private static IndexResult withPatentsFrom(int year, PipelineSpec spec) {
    List<Observation> obs = new ArrayList<>();
    for (Observation o : PipelineTest.table(PipelineTest.VALUES)) {
      boolean moved = o.economy().equals("AAA") && o.indicator().equals("patents");
      obs.add(moved ? PipelineTest.obs("AAA", "patents", year, o.value()) : o);
    }
    return Pipeline.run(
        PipelineTest.framework(),
        Dataset.of(obs, Map.of()),
        Methodology.of(PipelineTest.framework(), spec));
  }

  @Test
  void a_value_older_than_the_maximum_age_before_the_newest_is_flagged() {
    Staleness s = Staleness.of(withPatentsFrom(2016, PipelineSpec.defaults()), 3);
    assertThat(s.runYear()).isEqualTo(2020);
    assertThat(s.stale()).singleElement().satisfies(o -> assertThat(o.year()).isEqualTo(2016));
    assertThat(s.lines()).containsExactly("patents: AAA 2016");
  }

  @Test
  void a_value_exactly_the_maximum_age_old_is_not_flagged() {
    assertThat(Staleness.of(withPatentsFrom(2017, PipelineSpec.defaults()), 3).stale()).isEmpty();
  }

  @Test
  void the_run_year_is_the_year_option_when_given() {
    // --year 2024: every 2020 value is 4 years old
    Staleness s = Staleness.of(withPatentsFrom(2020, PipelineSpec.defaults().withYear(2024)), 3);
    assertThat(s.runYear()).isEqualTo(2024);
    assertThat(s.stale()).hasSize(PipelineTest.ECONOMIES.length * PipelineTest.IDS.size());
  }
}
