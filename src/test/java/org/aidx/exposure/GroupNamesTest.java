package org.aidx.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupNamesTest {
  private static final Map<String, String> SECTIONS =
      Map.of(
          "C", "Mining and quarrying",
          "E", "Electricity, gas and water supply",
          "G", "Wholesale and retail trade",
          "H", "Hotels and restaurants");

  @Test
  void a_published_label_is_the_name() {
    GroupNames n = GroupNames.of(Map.of("ISIC3_D", "Manufacturing (ISIC D)"), SECTIONS);
    assertThat(n.name("ISIC3_D")).isEqualTo("Manufacturing (ISIC D)");
  }

  @Test
  void mining_and_utilities_are_named_from_the_titles_of_sections_c_and_e() {
    GroupNames n = GroupNames.of(Map.of(), SECTIONS);
    assertThat(n.name("ISIC3_CE_EXCL_D"))
        .isEqualTo("Mining and quarrying; electricity, gas and water supply (ISIC C, E)");
  }

  @Test
  void a_published_label_of_a_computed_group_wins_over_the_section_titles() {
    GroupNames n = GroupNames.of(Map.of("ISIC3_CE_EXCL_D", "Mining and utilities"), SECTIONS);
    assertThat(n.name("ISIC3_CE_EXCL_D")).isEqualTo("Mining and utilities");
  }

  @Test
  void a_group_without_label_or_titles_keeps_its_code() {
    assertThat(GroupNames.of(Map.of(), Map.of()).name("ISIC3_CE_EXCL_D"))
        .isEqualTo("ISIC3_CE_EXCL_D");
    assertThat(GroupNames.none().name("ISIC4_HJ")).isEqualTo("ISIC4_HJ");
  }

  @Test
  void a_range_of_sections_lists_each_section_with_its_title() {
    GroupNames n = GroupNames.of(Map.of(), SECTIONS);
    assertThat(n.sectionsOf("ISIC3_G-H"))
        .containsExactly("G Wholesale and retail trade", "H Hotels and restaurants");
  }

  @Test
  void a_single_section_or_another_scheme_has_no_list() {
    GroupNames n = GroupNames.of(Map.of(), SECTIONS);
    assertThat(n.sectionsOf("ISIC3_C")).isEmpty();
    assertThat(n.sectionsOf("ISIC4_HJ")).isEmpty();
    assertThat(n.sectionsOf("ISIC3_C-E")).isEmpty(); // D has no title here
  }

  @Test
  void a_scorecard_measure_is_put_in_words() {
    GroupNames n = GroupNames.of(Map.of("ISIC3_D", "Manufacturing (ISIC D)"), SECTIONS);
    assertThat(n.named("CHN above every other economy on va_share:ISIC3_D"))
        .isEqualTo(
            "CHN above every other economy on the value-added share of Manufacturing (ISIC D)");
    assertThat(n.named("va_share:ISIC9 and exposed_share"))
        .isEqualTo("the value-added share of ISIC9 and exposed_share");
  }
}
