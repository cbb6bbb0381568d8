package org.aidx.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aidx.data.Dataset;
import org.aidx.exposure.Industry;
import org.aidx.exposure.IndustryMapping;
import org.aidx.exposure.IndustryStructures;
import org.aidx.exposure.StructureScheme;
import org.aidx.model.InputException;
import org.aidx.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExposureFilesTest {
  private static final String AIIE_HEADER =
      "naics4,naics2,industry_title,aiie,aiie_language_modeling\n";

  private static List<Industry> industries(String csv) {
    return ExposureFiles.readIndustries(new StringReader(csv), "aiie.csv");
  }

  @Test
  void a_quoted_title_with_a_comma_is_one_field() {
    List<Industry> r =
        industries(
            AIIE_HEADER + "2211,22,\"Electric Power Generation, Transmission\",0.2096187,\n");
    assertThat(r).hasSize(1);
    assertThat(r.get(0).title()).isEqualTo("Electric Power Generation, Transmission");
    assertThat(r.get(0).aiie()).isEqualTo(0.2096187);
    assertThat(r.get(0).location()).isEqualTo("aiie.csv:2");
  }

  @Test
  void a_non_numeric_score_is_reported_with_file_line_column_and_fix() {
    InputException e =
        assertThrows(
            InputException.class,
            () -> industries(AIIE_HEADER + "1133,11,Logging,-1.36,\n1151,11,Crops,n/a,\n"));
    Problem p = e.problems().get(0);
    assertThat(p.where()).isEqualTo("aiie.csv line 3, column 'aiie'");
    assertThat(p.what()).isEqualTo("'n/a' is not a finite number");
    assertThat(p.fix()).isNotBlank();
  }

  @Test
  void every_bad_row_is_reported_at_once() {
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                industries(
                    AIIE_HEADER
                        + "113,11,Logging,-1.36,\n\n1151,11,Crops,,\n5112,52,Software,1.9,\n"));
    assertThat(e.problems())
        .extracting(Problem::where)
        .containsExactly(
            "aiie.csv line 2, column 'naics4'",
            "aiie.csv line 4, column 'aiie'",
            "aiie.csv line 5, column 'naics2'");
    assertThat(e.problems().get(2).what()).contains("'52' is not the first two digits of 5112");
  }

  @Test
  void a_missing_column_is_reported_against_the_header() {
    InputException e =
        assertThrows(
            InputException.class,
            () -> industries("naics4,naics2,industry_title\n1133,11,Logging\n"));
    assertThat(e.problems().get(0).where()).isEqualTo("aiie.csv line 1");
    assertThat(e.problems().get(0).what()).isEqualTo("missing column aiie");
  }

  @Test
  void a_row_with_too_few_fields_is_reported() {
    InputException e =
        assertThrows(InputException.class, () -> industries(AIIE_HEADER + "1133,11,Logging\n"));
    assertThat(e.problems().get(0).where()).isEqualTo("aiie.csv line 2");
    assertThat(e.problems().get(0).what()).isEqualTo("expected 5 fields as in the header, found 3");
  }

  @Test
  void an_unclosed_quote_is_reported_as_invalid_csv() {
    InputException e =
        assertThrows(
            InputException.class, () -> industries(AIIE_HEADER + "1133,11,\"Logging,-1.36,\n"));
    assertThat(e.problems().get(0).what()).startsWith("not valid CSV");
  }

  @Test
  void mapping_rows_become_rules_with_their_lines() {
    IndustryMapping m =
        ExposureFiles.readMapping(
            new StringReader(
                "naics_prefix,value_added_group,employment_group,note\n"
                    + "51,ISIC3_I,ISIC4_HJ,\"Information, all of it\"\n"),
            "map.csv");
    assertThat(m.rules()).hasSize(1);
    assertThat(m.rules().get(0).note()).isEqualTo("Information, all of it");
    assertThat(m.rules().get(0).location()).isEqualTo("map.csv:2");
  }

  @Test
  void structure_rows_of_other_measures_are_skipped() {
    String csv =
        "iso3,country,year,isic_code,industry,measure,value,unit,source\n"
            + "AAA,A,2023,ISIC4_A,Agriculture,employment_thousands,12.5,thousands,s\n"
            + "AAA,A,2023,ISIC4_A,Agriculture,employment_share,40,%,s\n";
    IndustryStructures t = ExposureFiles.readStructures(new StringReader(csv), "s.csv");
    var s = t.get("AAA", StructureScheme.EMPLOYMENT, 2023).orElseThrow();
    assertThat(s.sharesPercent()).containsExactly(java.util.Map.entry("ISIC4_A", 40.0));
  }

  @Test
  void a_bad_year_in_the_structure_is_reported() {
    String csv = "iso3,year,isic_code,measure,value\n" + "AAA,23,ISIC4_A,employment_share,40\n";
    InputException e =
        assertThrows(
            InputException.class,
            () -> ExposureFiles.readStructures(new StringReader(csv), "s.csv"));
    assertThat(e.problems().get(0).where()).isEqualTo("s.csv line 2, column 'year'");
  }

  @Test
  void an_indicator_is_read_from_a_long_table_with_quoted_country_names() {
    String csv =
        "iso3,country,indicator,year,value,unit,source\n"
            + "KOR,\"Korea, Rep.\",gdp_ppp_current_intl_DERIVED,2024,3.0E12,intl $,WDI\n"
            + "KOR,\"Korea, Rep.\",other,2024,oops,x,y\n";
    Dataset d =
        ExposureFiles.readIndicator(
            new StringReader(csv), "ind.csv", "gdp_ppp_current_intl_DERIVED");
    assertThat(d.latest("KOR", "gdp_ppp_current_intl_DERIVED", null).orElseThrow().value())
        .isEqualTo(3.0e12);
    assertThat(d.name("KOR")).isEqualTo("Korea, Rep.");
  }

  @Test
  void a_file_is_read_from_a_path_and_named_by_its_file_name(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("mine.csv");
    Files.writeString(f, AIIE_HEADER + "1133,11,Logging,-1.36,\n");
    assertThat(ExposureFiles.readIndustries(f).get(0).location()).isEqualTo("mine.csv:2");
    InputException e =
        assertThrows(
            InputException.class, () -> ExposureFiles.readIndustries(dir.resolve("no.csv")));
    assertThat(e.problems().get(0).what()).isEqualTo("file not found");
  }

  @Test
  void the_shipped_gdp_at_ppp_covers_the_20_economies() {
    Dataset gdp = ExposureFiles.loadDefaultGdpPpp();
    assertThat(gdp.economies()).hasSize(20);
    assertThat(gdp.indicators()).containsExactly("gdp_ppp_current_intl_DERIVED");
  }
}
