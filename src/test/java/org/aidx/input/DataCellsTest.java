package org.aidx.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cell rules every data layout's reader shares. */
class DataCellsTest {
  @Test
  void empty_na_and_nan_in_any_case_are_missing_and_zero_is_not() {
    assertThat(DataCells.isMissing("")).isTrue();
    assertThat(DataCells.isMissing("NA")).isTrue();
    assertThat(DataCells.isMissing("na")).isTrue();
    assertThat(DataCells.isMissing("NaN")).isTrue();
    assertThat(DataCells.isMissing("0")).isFalse();
    assertThat(DataCells.isMissing("N/A")).isFalse();
  }

  @Test
  void a_number_must_be_finite() {
    assertThat(DataCells.parseNumber("3.5")).isEqualTo(3.5);
    assertThat(DataCells.parseNumber("-1e3")).isEqualTo(-1000.0);
    assertThat(DataCells.parseNumber("Infinity")).isNull();
    assertThat(DataCells.parseNumber("NaN")).isNull();
    assertThat(DataCells.parseNumber("1,5")).isNull();
  }

  @Test
  void a_year_is_a_whole_number_from_0_to_9999() {
    assertThat(DataCells.parseYear("2023")).isEqualTo(2023);
    assertThat(DataCells.parseYear("2023.0")).isEqualTo(2023);
    assertThat(DataCells.parseYear("2023.5")).isNull();
    assertThat(DataCells.parseYear("-1")).isNull();
    assertThat(DataCells.parseYear("10000")).isNull();
    assertThat(DataCells.parseYear("FY23")).isNull();
  }
}
