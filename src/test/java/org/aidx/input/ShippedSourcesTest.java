package org.aidx.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aidx.model.Observation;
import org.junit.jupiter.api.Test;

/** The source column of the shipped data names the publisher's release (issue 22, item 7). */
class ShippedSourcesTest {
  @Test
  void wgi_rows_name_the_world_bank_release_not_the_repository_they_were_read_from() {
    List<String> sources =
        Inputs.embeddedBase().observations().stream()
            .filter(o -> o.indicator().equals("wgi_regulatory_quality_pctrank"))
            .map(Observation::provenance)
            .map(p -> p.source())
            .distinct()
            .toList();
    assertThat(sources)
        .containsExactly("World Bank, Worldwide Governance Indicators, 2024 update (RQ.PER.RNK)");
  }
}
