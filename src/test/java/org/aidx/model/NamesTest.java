package org.aidx.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void edit_distance_counts_insertions_deletions_and_substitutions() {
    assertThat(Names.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Names.distance("", "abc")).isEqualTo(3);
    assertThat(Names.distance("jpn", "jpn")).isZero();
  }

  @Test
  void a_tie_in_distance_goes_to_the_name_with_the_longer_common_prefix() {
    // JAP is two substitutions from both CAN and JPN; the first letter decides
    assertThat(Names.closest("JAP", List.of("CAN", "JPN"))).contains("JPN");
    assertThat(Names.closest("JAP", List.of("JPN", "CAN"))).contains("JPN");
  }

  @Test
  void nothing_is_suggested_when_every_name_is_too_far() {
    assertThat(Names.closest("compute", List.of("policy", "finance"))).isEmpty();
  }

  @Test
  void case_is_ignored() {
    assertThat(Names.closest("jpn", List.of("JPN", "USA"))).contains("JPN");
  }
}
