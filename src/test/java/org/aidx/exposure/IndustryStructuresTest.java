package org.aidx.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.aidx.model.InputException;
import org.junit.jupiter.api.Test;

class IndustryStructuresTest {
  private static final String VA = "value_added_share";

  /** Published value-added rows of one economy-year; shares (A-B, C-E, D, F, G-H, I, J-P). */
  private static List<StructureShare> valueAdded(
      String iso3,
      int year,
      double ab,
      double ce,
      double d,
      double f,
      double gh,
      double i,
      double jp) {
    String at = iso3 + year;
    return List.of(
        new StructureShare(iso3, year, VA, "ISIC3_A-B", ab, at),
        new StructureShare(iso3, year, VA, "ISIC3_C-E", ce, at),
        new StructureShare(iso3, year, VA, "ISIC3_D", d, at),
        new StructureShare(iso3, year, VA, "ISIC3_F", f, at),
        new StructureShare(iso3, year, VA, "ISIC3_G-H", gh, at),
        new StructureShare(iso3, year, VA, "ISIC3_I", i, at),
        new StructureShare(iso3, year, VA, "ISIC3_J-P", jp, at));
  }

  private static IndustryStructures table(List<List<StructureShare>> parts) {
    List<StructureShare> all = new ArrayList<>();
    parts.forEach(all::addAll);
    return IndustryStructures.fromShares(all);
  }

  @Test
  void mining_and_utilities_is_c_to_e_minus_manufacturing() {
    IndustryStructures t = table(List.of(valueAdded("AAA", 2023, 2, 25, 18, 6, 20, 7, 40)));
    IndustryStructure s = t.get("AAA", StructureScheme.VALUE_ADDED, 2023).orElseThrow();
    assertThat(s.sharesPercent().get("ISIC3_CE_EXCL_D")).isCloseTo(7.0, offset(1e-12)); // 25 − 18
    assertThat(s.sharesPercent().get("ISIC3_D")).isEqualTo(18.0);
    assertThat(s.sharesPercent()).doesNotContainKey("ISIC3_C-E");
    assertThat(s.totalPercent()).isCloseTo(100.0, offset(1e-12)); // 2+7+18+6+20+7+40
    assertThat(s.isComplete(1.0)).isTrue();
  }

  @Test
  void a_structure_that_does_not_sum_to_100_falls_back_to_the_previous_year() {
    IndustryStructures t =
        table(
            List.of(
                valueAdded("AAA", 2022, 2, 25, 18, 6, 20, 7, 40),
                valueAdded("AAA", 2023, 2, 25, 18, 6, 20, 7, 40),
                // 2024 sums to 2+25+2+20+7+40 = 96: outside 100 ± 1
                valueAdded("AAA", 2024, 2, 25, 18, 2, 20, 7, 40)));
    StructureChoice c = t.choose("AAA", StructureScheme.VALUE_ADDED, null, 1.0);
    assertThat(c.structure().year()).isEqualTo(2023);
    assertThat(c.skipped()).extracting(SkippedYear::year).containsExactly(2024);
    assertThat(c.skipped().get(0).totalPercent()).isCloseTo(96.0, offset(1e-12));
    assertThat(c.skipped().get(0).describe()).isEqualTo("2024 (shares sum to 96.00%)");
  }

  @Test
  void a_sum_within_the_tolerance_is_complete() {
    // 100.8: within 1 point, not within 0.5
    IndustryStructures t = table(List.of(valueAdded("AAA", 2024, 2.8, 25, 18, 6, 20, 7, 40)));
    assertThat(t.choose("AAA", StructureScheme.VALUE_ADDED, null, 1.0).structure().year())
        .isEqualTo(2024);
    assertThrows(
        InputException.class, () -> t.choose("AAA", StructureScheme.VALUE_ADDED, null, 0.5));
  }

  @Test
  void the_max_year_caps_the_structure_year() {
    IndustryStructures t =
        table(
            List.of(
                valueAdded("AAA", 2022, 2, 25, 18, 6, 20, 7, 40),
                valueAdded("AAA", 2023, 2, 25, 18, 6, 20, 7, 40)));
    StructureChoice c = t.choose("AAA", StructureScheme.VALUE_ADDED, 2022, 1.0);
    assertThat(c.structure().year()).isEqualTo(2022);
    assertThat(c.skipped()).isEmpty();
  }

  @Test
  void a_year_without_manufacturing_is_incomplete() {
    List<StructureShare> rows = new ArrayList<>(valueAdded("AAA", 2023, 2, 25, 18, 6, 20, 7, 40));
    rows.removeIf(r -> r.isicCode().equals("ISIC3_D"));
    IndustryStructure s =
        IndustryStructures.fromShares(rows)
            .get("AAA", StructureScheme.VALUE_ADDED, 2023)
            .orElseThrow();
    assertThat(s.missingGroups()).containsExactly("ISIC3_CE_EXCL_D", "ISIC3_D");
    assertThat(s.isComplete(100)).isFalse();
  }

  @Test
  void no_complete_year_is_an_input_error_that_lists_each_years_sum() {
    IndustryStructures t = table(List.of(valueAdded("AAA", 2024, 2, 25, 18, 2, 20, 7, 40)));
    InputException e =
        assertThrows(
            InputException.class, () -> t.choose("AAA", StructureScheme.VALUE_ADDED, null, 1.0));
    assertThat(e.problems().get(0).where()).isEqualTo("AAA");
    assertThat(e.getMessage()).contains("2024 (shares sum to 96.00%)");
  }

  @Test
  void manufacturing_above_c_to_e_is_an_input_error() {
    InputException e =
        assertThrows(
            InputException.class,
            () -> table(List.of(valueAdded("AAA", 2023, 2, 10, 18, 6, 20, 7, 40))));
    assertThat(e.getMessage()).contains("manufacturing (ISIC3_D, 18.0%) exceeds");
  }

  @Test
  void a_repeated_row_is_reported_with_both_locations() {
    List<StructureShare> rows = new ArrayList<>(valueAdded("AAA", 2023, 2, 25, 18, 6, 20, 7, 40));
    rows.add(new StructureShare("AAA", 2023, VA, "ISIC3_F", 6, "again.csv:9"));
    InputException e =
        assertThrows(InputException.class, () -> IndustryStructures.fromShares(rows));
    assertThat(e.problems().get(0).where()).isEqualTo("again.csv:9");
    assertThat(e.getMessage()).contains("the first is at AAA2023");
  }

  @Test
  void an_unknown_group_code_is_an_input_error_naming_the_valid_codes() {
    List<StructureShare> rows =
        List.of(new StructureShare("AAA", 2023, "employment_share", "ISIC4_X", 1, "f.csv:2"));
    InputException e =
        assertThrows(InputException.class, () -> IndustryStructures.fromShares(rows));
    assertThat(e.problems().get(0).where()).isEqualTo("f.csv:2, column 'isic_code'");
    assertThat(e.problems().get(0).fix()).contains("ISIC4_HJ");
  }

  @Test
  void totals_and_other_measures_are_ignored() {
    List<StructureShare> rows = new ArrayList<>(valueAdded("AAA", 2023, 2, 25, 18, 6, 20, 7, 40));
    rows.add(new StructureShare("AAA", 2023, VA, "TOTAL_VA", 100, "x"));
    rows.add(new StructureShare("AAA", 2023, "value_added_current_usd", "ISIC3_F", 1e9, "x"));
    IndustryStructure s =
        IndustryStructures.fromShares(rows)
            .get("AAA", StructureScheme.VALUE_ADDED, 2023)
            .orElseThrow();
    assertThat(s.totalPercent()).isCloseTo(100.0, offset(1e-12));
  }
}
