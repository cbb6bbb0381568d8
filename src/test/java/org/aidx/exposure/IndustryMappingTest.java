package org.aidx.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.aidx.model.InputException;
import org.junit.jupiter.api.Test;

class IndustryMappingTest {
  private static final IndustryMapping MAPPING =
      IndustryMapping.of(
          List.of(
              new MappingRule("54", "ISIC3_J-P", "ISIC4_LMN", "", "m:2"),
              new MappingRule("5415", "ISIC3_I", "ISIC4_HJ", "", "m:3"),
              new MappingRule("56", "ISIC3_J-P", "ISIC4_LMN", "", "m:4"),
              new MappingRule("562", "ISIC3_CE_EXCL_D", "ISIC4_DE", "", "m:5")));

  private static Industry industry(String naics4) {
    return new Industry(naics4, naics4.substring(0, 2), "T", 0.0, "");
  }

  @Test
  void the_longest_matching_prefix_wins() {
    assertThat(MAPPING.groupOf(industry("5412"), StructureScheme.VALUE_ADDED))
        .isEqualTo("ISIC3_J-P");
    assertThat(MAPPING.groupOf(industry("5415"), StructureScheme.VALUE_ADDED)).isEqualTo("ISIC3_I");
    assertThat(MAPPING.groupOf(industry("5622"), StructureScheme.EMPLOYMENT)).isEqualTo("ISIC4_DE");
    assertThat(MAPPING.groupOf(industry("5617"), StructureScheme.EMPLOYMENT))
        .isEqualTo("ISIC4_LMN");
  }

  @Test
  void an_unmatched_industry_is_reported_with_a_fix() {
    InputException e =
        assertThrows(
            InputException.class,
            () -> MAPPING.requireCovers(List.of(industry("2111"), industry("5411"))));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).fix()).contains("prefix 21");
  }

  @Test
  void a_repeated_prefix_is_an_input_error_naming_both_rows() {
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                IndustryMapping.of(
                    List.of(
                        new MappingRule("54", "ISIC3_J-P", "ISIC4_LMN", "", "m:2"),
                        new MappingRule("54", "ISIC3_I", "ISIC4_LMN", "", "m:9"))));
    assertThat(e.problems().get(0).where()).isEqualTo("m:9");
    assertThat(e.problems().get(0).what()).contains("first is at m:2");
  }

  @Test
  void an_unknown_group_is_an_input_error_listing_the_valid_groups() {
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                IndustryMapping.of(
                    List.of(new MappingRule("54", "ISIC3_JP", "ISIC4_M", "", "m:2"))));
    assertThat(e.problems()).hasSize(2);
    assertThat(e.problems().get(0).where()).isEqualTo("m:2, column 'value_added_group'");
    assertThat(e.problems().get(0).fix()).contains("ISIC3_J-P");
    assertThat(e.problems().get(1).fix()).contains("ISIC4_LMN");
  }
}
