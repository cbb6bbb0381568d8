package org.aidx.records;

import static org.aidx.records.Jobs.papers;
import static org.aidx.records.Jobs.run;
import static org.aidx.records.Jobs.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.aidx.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in conference-authorship job on hand-made records whose counts are worked out in each
 * test (fractional counting, 5-year windows ending 2014..2024, embodied = icra, iros, corl, rss).
 */
class ConferenceAuthorshipTest {
  private static final String TOTAL = "ai_conference_authorship_5y";
  private static final String EMBODIED = "ai_conference_authorship_embodied_5y";
  private static final String NONEMBODIED = "ai_conference_authorship_nonembodied_5y";

  @TempDir Path tmp;

  @Test
  void a_paper_is_split_among_its_authors_then_among_each_authors_affiliations() {
    // author 0 has two affiliations (USA, China): 1/2 x 1/2 each; author 1 (Japan): 1/2
    Path p =
        papers(
            tmp,
            "icra,2020,a,Poster,2,0,MIT,,United States,-1",
            "icra,2020,a,Poster,2,0,Tsinghua,,China,-1",
            "icra,2020,a,Poster,2,1,Tokyo,,Japan,-1");
    RecordsResult r = run(p);
    assertThat(value(r, "USA", EMBODIED, 2020)).isEqualTo(0.25);
    assertThat(value(r, "CHN", EMBODIED, 2020)).isEqualTo(0.25);
    assertThat(value(r, "JPN", EMBODIED, 2020)).isEqualTo(0.5);
    assertThat(value(r, "JPN", NONEMBODIED, 2020)).isEqualTo(0.0);
    assertThat(value(r, "JPN", TOTAL, 2020)).isEqualTo(0.5);
  }

  @Test
  void authors_are_the_distinct_positions_present_not_the_n_authors_field() {
    // n_authors says 5, but only positions 0 and 3 have rows: 1/2 each
    Path p =
        papers(tmp, "nips,2020,b,Poster,5,0,X,,Germany,-1", "nips,2020,b,Poster,5,3,Y,,France,-1");
    RecordsResult r = run(p);
    assertThat(value(r, "DEU", NONEMBODIED, 2020)).isEqualTo(0.5);
    assertThat(value(r, "FRA", TOTAL, 2020)).isEqualTo(0.5);
  }

  @Test
  void a_paper_counts_in_the_five_windows_ending_in_its_year_to_four_years_later() {
    Path p = papers(tmp, "cvpr,2018,c,Poster,1,0,X,,Canada,-1");
    RecordsResult r = run(p);
    for (int end = 2018; end <= 2022; end++) {
      assertThat(value(r, "CAN", TOTAL, end)).as("window ending %d", end).isEqualTo(1.0);
    }
    assertThat(value(r, "CAN", TOTAL, 2017)).isNull();
    assertThat(value(r, "CAN", TOTAL, 2023)).isNull();
    assertThat(r.rows()).hasSize(5 * 3);
  }

  @Test
  void windows_end_between_the_first_and_last_end_year_parameters() {
    Path p = papers(tmp, "cvpr,2012,c,Poster,1,0,X,,Canada,-1");
    RecordsResult r = run(p, Map.of("first_end_year", "2010", "last_end_year", "2013"), Set.of());
    assertThat(r.rows()).extracting(IndicatorRow::year).containsOnly(2012, 2013);
    assertThat(r.rows().get(0).unit()).isEqualTo("papers (fractional count, 2008-2012)");
  }

  @Test
  void rows_without_a_country_are_unattributed_and_listed_in_the_notes() {
    Path p =
        papers(
            tmp,
            "acl,2021,d,Poster,3,0,X,,,-1",
            "acl,2021,d,Poster,3,1,Y,,Unknown,-1",
            "acl,2021,d,Poster,3,2,Z,,Italy,-1");
    RecordsResult r = run(p);
    assertThat(value(r, "ITA", TOTAL, 2021)).isCloseTo(1.0 / 3, within(1e-6));
    assertThat(r.notes())
        .extracting(Note::check, Note::item)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("unattributed", "(empty)"),
            org.assertj.core.groups.Tuple.tuple("unattributed", "Unknown"));
    assertThat(r.notes()).allSatisfy(n -> assertThat(n.amount()).isCloseTo(1.0 / 3, within(1e-9)));
  }

  @Test
  void rows_without_a_paper_id_are_left_out_and_counted_by_conference_and_year() {
    // without an id, the papers of a conference-year cannot be told apart
    Path p =
        papers(
            tmp,
            "rss,2019,,Poster,1,0,X,,Spain,-1",
            "rss,2019,,Poster,1,0,Y,,Sweden,-1",
            "rss,2019,k,Poster,1,0,Z,,Spain,-1");
    RecordsResult r = run(p);
    assertThat(value(r, "ESP", EMBODIED, 2019)).isEqualTo(1.0);
    assertThat(r.rows()).noneMatch(x -> x.key().equals("SWE"));
    assertThat(r.notes()).contains(new Note("no_paper_id", "rss 2019", 2.0));
  }

  @Test
  void an_unmapped_country_name_stops_the_run_and_is_named() {
    Path p = papers(tmp, "icml,2020,e,Poster,1,0,X,,Atlantis,-1");
    assertThatThrownBy(() -> run(p))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'Atlantis'")
        .hasMessageContaining("--allow unmapped");
  }

  @Test
  void an_allowed_unmapped_name_is_listed_in_the_notes_and_left_out() {
    Path p =
        papers(tmp, "icml,2020,e,Poster,2,0,X,,Atlantis,-1", "icml,2020,e,Poster,2,1,X,,Brazil,-1");
    RecordsResult r = run(p, Map.of(), Set.of("unmapped"));
    assertThat(r.notes()).containsExactly(new Note("unmapped", "Atlantis", 0.5));
    assertThat(value(r, "BRA", TOTAL, 2020)).isEqualTo(0.5);
    assertThat(r.rows()).allMatch(x -> x.key().equals("BRA"));
  }

  @Test
  void citation_weighting_counts_each_paper_as_its_citations() {
    Path p =
        papers(
            tmp,
            "icml,2020,f,Poster,2,0,X,,United States,10",
            "icml,2020,f,Poster,2,1,Y,,China,10",
            "icml,2020,g,Poster,1,0,Z,,China,-1");
    RecordsResult r = run(p, Map.of("weighting", "citations"), Set.of());
    assertThat(value(r, "USA", TOTAL, 2020)).isEqualTo(5.0);
    assertThat(value(r, "CHN", TOTAL, 2020)).isEqualTo(5.0);
    assertThat(r.rows().get(0).unit()).startsWith("citation-weighted papers");
    assertThat(r.notes()).containsExactly(new Note("uncited", "papers without gs_citation", 1));
  }

  @Test
  void on_the_sample_the_total_is_embodied_plus_nonembodied() {
    RecordsResult r = run(Jobs.SAMPLE);
    assertThat(r.rows()).hasSizeGreaterThan(30);
    Map<String, BigDecimal> v = new java.util.HashMap<>();
    r.rows().forEach(x -> v.put(x.key() + x.year() + x.indicator(), x.value()));
    for (IndicatorRow x : r.rows()) {
      if (x.indicator().equals(TOTAL)) {
        double parts =
            v.get(x.key() + x.year() + EMBODIED).doubleValue()
                + v.get(x.key() + x.year() + NONEMBODIED).doubleValue();
        assertThat(x.value().doubleValue()).isCloseTo(parts, within(2.1e-6));
      }
    }
    assertThat(r.inputs().get(0).rows()).isEqualTo(1212);
  }
}
