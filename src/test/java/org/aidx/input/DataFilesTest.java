package org.aidx.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.aidx.data.Dataset;
import org.aidx.model.InputException;
import org.aidx.model.Observation;
import org.junit.jupiter.api.Test;

/** Delimiters, decimal commas, layouts and published formats, each named in errors. */
class DataFilesTest {
  private static Dataset read(String text) {
    return DataFiles.read("d.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  private static Dataset read(String text, Layout layout) {
    return DataFiles.read(
        CsvTable.parse("d.csv", text.getBytes(StandardCharsets.UTF_8)), "d.csv", layout);
  }

  private static double value(Dataset d, String eco, String ind) {
    return d.latest(eco, ind, null).orElseThrow().value();
  }

  @Test
  void a_semicolon_file_with_decimal_commas_is_read_as_a_european_excel_export() {
    Dataset d = read("iso3;indicator;year;value\nDEU;x;2020;3,5\nFRA;x;2020;-0,25\n");
    assertThat(value(d, "DEU", "x")).isEqualTo(3.5);
    assertThat(value(d, "FRA", "x")).isEqualTo(-0.25);
  }

  @Test
  void a_tab_separated_wide_file_is_read() {
    Dataset d = read("iso3\tx\ty\nDEU\t1.5\t2\n");
    assertThat(value(d, "DEU", "y")).isEqualTo(2);
  }

  @Test
  void a_point_in_a_decimal_comma_file_is_refused_with_the_dialect_named() {
    assertThatThrownBy(() -> read("iso3;indicator;year;value\nDEU;x;2020;3,5\nFRA;x;2020;1.234\n"))
        .hasMessageContaining("d.csv line 3, column 'value'")
        .hasMessageContaining(
            "long layout, detected from the header, semicolon-delimited, decimal comma")
        .hasMessageContaining("this file uses a decimal comma");
  }

  @Test
  void a_long_file_without_its_value_column_gives_one_error_naming_the_layout() {
    InputException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InputException.class, () -> read("iso3,indicator,year\nDEU,x,2020\nFRA,x,2020\n"));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.getMessage())
        .contains("a long data file needs the column 'value'")
        .contains("read as long layout, detected from the header, comma-delimited");
  }

  @Test
  void a_wrong_column_count_names_the_detected_delimiter() {
    assertThatThrownBy(() -> read("iso3;indicator;year;value\nDEU;x;2020;1;2\n"))
        .hasMessageContaining("d.csv line 2")
        .hasMessageContaining("delimiter detected from the header: semicolon");
  }

  @Test
  void a_layout_given_with_layout_is_named_in_its_errors() {
    assertThatThrownBy(() -> read("iso3,indicator,year,value\nDEU,x,2020,1\n", Layout.WIDE))
        .hasMessageContaining("read as wide layout as given by --layout, comma-delimited")
        .hasMessageContaining("'x' is not a number");
    assertThatThrownBy(() -> Layout.parse("tidy"))
        .hasMessageContaining("use one of long, wide, coinr, worldbank, sdmx");
  }

  @Test
  void economies_may_be_written_as_iso3_in_any_case_iso2_or_names() {
    Dataset d =
        read(
            "iso3,indicator,year,value\nusa,x,2020,1\nDE,x,2020,2\nUK,x,2020,3\nKorea,x,2020,4\n"
                + "Türkiye,x,2020,5\n\"Korea, Rep.\",y,2020,6\n");
    assertThat(d.economies()).containsExactlyInAnyOrder("USA", "DEU", "GBR", "KOR", "TUR");
    assertThat(value(d, "TUR", "x")).isEqualTo(5);
    assertThat(value(d, "KOR", "y")).isEqualTo(6);
  }

  @Test
  void an_ambiguous_economy_name_lists_the_candidates() {
    assertThatThrownBy(() -> read("iso3,indicator,year,value\nCongo,x,2020,1\n"))
        .hasMessageContaining("d.csv line 2, column 'iso3'")
        .hasMessageContaining("'Congo' is ambiguous: it could be COD")
        .hasMessageContaining("COG")
        .hasMessageContaining("write the ISO3 code");
  }

  @Test
  void a_world_bank_download_is_read_with_its_metadata_as_provenance() {
    Dataset d = DataFiles.read(Path.of("examples/published-formats/API_NY.GDP.MKTP.CD_sample.csv"));
    // the World and Euro area rows are aggregates, not economies
    assertThat(d.economies()).containsExactlyInAnyOrder("DEU", "GBR", "JPN", "KOR", "TUR");
    Observation o = d.latest("DEU", "NY.GDP.MKTP.CD", 2019).orElseThrow();
    assertThat(o.year()).isEqualTo(2019);
    assertThat(o.value()).isCloseTo(3959894794039.21, within(1e-2));
    assertThat(o.provenance().source()).isEqualTo("World Bank, World Development Indicators");
    assertThat(o.provenance().unit()).isEqualTo("current US$");
    assertThat(o.provenance().note()).isEqualTo("Indicator Name: GDP (current US$)");
    assertThat(o.provenance().location()).isEqualTo("API_NY.GDP.MKTP.CD_sample.csv:4");
    assertThat(d.name("KOR")).isEqualTo("Korea, Rep.");
  }

  @Test
  void sdmx_csv_with_labels_is_read_with_the_dataflow_and_unit_as_provenance() {
    Dataset d =
        DataFiles.read(Path.of("examples/published-formats/sdmx-rd-expenditure_sample.csv"));
    assertThat(d.indicators()).containsExactly("GERD");
    Observation o = d.latest("JPN", "GERD", 2020).orElseThrow();
    assertThat(o.year()).isEqualTo(2020);
    assertThat(o.provenance().source())
        .isEqualTo("SDMX dataflow AIDX.SAMPLE:WDI_GB_XPD_RSDV_GD_ZS(1.0)");
    assertThat(o.provenance().unit()).isEqualTo("Percentage of GDP (PT_B1GQ)");
    assertThat(o.provenance().note()).contains("MEASURE: Research and development expenditure");
  }

  @Test
  void sdmx_csv_2_without_labels_and_quarterly_periods() {
    String head =
        "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,FREQ,MEASURE,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n";
    Dataset d =
        read(
            head
                + "DATAFLOW,X:Y(1.0),I,FRA,A,M1,2021,4.5,A\nDATAFLOW,X:Y(1.0),I,OECD,A,M1,2021,9,A\n");
    assertThat(d.economies()).containsExactly("FRA");
    assertThat(d.latest("FRA", "M1", null).orElseThrow().provenance().note())
        .isEqualTo("OBS_STATUS=A");
    assertThatThrownBy(() -> read(head + "DATAFLOW,X:Y(1.0),I,FRA,Q,M1,2021-Q1,4.5,A\n"))
        .hasMessageContaining("'2021-Q1' is not a year: only annual data are read (FREQ is 'Q')")
        .hasMessageContaining("read as sdmx layout");
  }

  @Test
  void an_exported_dataset_reads_back_with_the_same_values_and_provenance() {
    Dataset shipped = Inputs.load(null, List.of(), List.of()).dataset();
    Dataset back = read(DataExport.csv(shipped));
    assertThat(back.observations()).hasSameSizeAs(shipped.observations());
    for (Observation o : shipped.observations()) {
      Observation b = back.latest(o.economy(), o.indicator(), o.year()).orElseThrow();
      assertThat(b.year()).isEqualTo(o.year());
      assertThat(b.value()).isEqualTo(o.value());
      assertThat(b.provenance().source()).isEqualTo(o.provenance().source());
      assertThat(b.provenance().unit()).isEqualTo(o.provenance().unit());
      assertThat(b.provenance().note()).isEqualTo(o.provenance().note());
    }
  }
}
