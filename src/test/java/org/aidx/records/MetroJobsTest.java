package org.aidx.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.aidx.input.JobFiles;
import org.aidx.records.duckdb.DuckDbEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three metro records jobs on small hand-made inputs; every expected value is derived by hand
 * in the comments.
 */
class MetroJobsTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  private static RecordsResult run(String job, Map<String, Path> inputs) {
    try (DuckDbEngine e = DuckDbEngine.open("1GB", 2)) {
      return RecordsRunner.of(JobFiles.load(job))
          .withInputs(inputs)
          .run(e, RecordsEngine.Progress.NONE);
    }
  }

  private static double note(RecordsResult r, String check, String item) {
    return r.notes().stream()
        .filter(n -> n.check().equals(check) && n.item().equals(item))
        .mapToDouble(Note::amount)
        .findFirst()
        .orElse(Double.NaN);
  }

  private Map<String, Path> ipeds() throws IOException {
    return Map.of(
        "ipeds_names",
        file(
            "names.csv",
            "unitid,name,kind\n"
                + "1,Georgia Institute of Technology-Main Campus,instnm\n"
                + "2,University of Maryland-College Park,instnm\n"
                + "3,University of Maryland-Baltimore County,instnm\n"
                + "4,Carnegie Mellon University,instnm\n"
                + "4,CMU,alias\n"
                + "5,Trinity College,instnm\n"
                + "6,Trinity College,instnm\n"),
        "ipeds_places",
        file(
            "places.csv",
            "unitid,instnm,city,stabbr,county_fips,county_name,cbsa\n"
                + "1,Georgia Institute of Technology-Main Campus,Atlanta,GA,13121,Fulton,12060\n"
                + "2,University of Maryland-College Park,College Park,MD,24033,PG,47900\n"
                + "3,University of Maryland-Baltimore County,Baltimore,MD,24005,BC,12580\n"
                + "4,Carnegie Mellon University,Pittsburgh,PA,42003,Allegheny,38300\n"
                + "5,Trinity College,Hartford,CT,09110,Capitol,25540\n"
                + "6,Trinity College,Deerfield,IL,17097,Lake,16980\n"));
  }

  @Test
  void authorship_places_affiliations_by_override_lab_name_and_clean_up_and_lists_the_rest()
      throws IOException {
    // p1: CMU (exact) and Google (lab), 1/2 each. p2: author 0 has Georgia Tech (clean-up) and
    // Oxford (not US), 1/4 each; author 1 "University of Maryland" (override to College Park) 1/2.
    // p3 (icra): Acme Robotics, not placed, 1. p4 (2014): outside 2015-2024. p5 (icra): "cmu"
    // (alias, any case), 1. p6: Trinity College, in two counties: ambiguous, 1.
    Path papers =
        Jobs.papers(
            dir,
            "neurips,2020,p1,Poster,2,0,Carnegie Mellon University,,United States,-1",
            "neurips,2020,p1,Poster,2,1,Google,,United States,-1",
            "neurips,2020,p2,Poster,2,0,Georgia Institute of Technology,,United States,-1",
            "neurips,2020,p2,Poster,2,0,University of Oxford,,United Kingdom,-1",
            "neurips,2020,p2,Poster,2,1,University of Maryland,,United States,-1",
            "icra,2020,p3,Poster,1,0,Acme Robotics,,United States,-1",
            "neurips,2014,p4,Poster,1,0,CMU,,United States,-1",
            "icra,2021,p5,Poster,1,0,cmu,,United States,-1",
            "neurips,2022,p6,Poster,1,0,Trinity College,,United States,-1");
    Map<String, Path> in = new java.util.HashMap<>(ipeds());
    in.put("papers", papers);
    in.put(
        "overrides",
        file(
            "o.csv",
            "source,name,unitid,ipeds_name,rule\n"
                + "records,University of Maryland,2,University of Maryland-College Park,flagship\n"));
    in.put(
        "labs", file("l.csv", "affiliation,county_fips,city,state,source\nGoogle,06085,MV,CA,x\n"));
    RecordsResult r = run("metro-authorship", in);

    assertThat(Jobs.value(r, "42003", "ai_authorship", 2024)).isEqualTo(1.5);
    assertThat(Jobs.value(r, "42003", "ai_authorship_embodied", 2024)).isEqualTo(1.0);
    assertThat(Jobs.value(r, "06085", "ai_authorship", 2024)).isEqualTo(0.5);
    assertThat(Jobs.value(r, "13121", "ai_authorship", 2024)).isEqualTo(0.25);
    assertThat(Jobs.value(r, "24033", "ai_authorship", 2024)).isEqualTo(0.5);
    assertThat(Jobs.value(r, "24005", "ai_authorship", 2024)).isNull();
    // national totals keep what was not placed: 0.5+0.5+0.25+0.5+1+1+1 = 4.75, embodied 2
    assertThat(Jobs.value(r, "US", "ai_authorship", 2024)).isEqualTo(4.75);
    assertThat(Jobs.value(r, "US", "ai_authorship_embodied", 2024)).isEqualTo(2.0);
    assertThat(Jobs.value(r, "US", "ai_authorship_nonembodied", 2024)).isEqualTo(2.75);
    assertThat(note(r, "match_rate", "exact IPEDS name or alias"))
        .isCloseTo(100 * 1.5 / 4.75, within(1e-6));
    assertThat(note(r, "match_rate", "company lab")).isCloseTo(100 * 0.5 / 4.75, within(1e-6));
    assertThat(note(r, "match_rate", "IPEDS name after clean-up"))
        .isCloseTo(100 * 0.25 / 4.75, within(1e-6));
    assertThat(note(r, "match_rate", "override")).isCloseTo(100 * 0.5 / 4.75, within(1e-6));
    assertThat(note(r, "not_placed", "Acme Robotics")).isEqualTo(1.0);
    assertThat(note(r, "not_placed", "Trinity College [ambiguous]")).isEqualTo(1.0);
  }

  @Test
  void cs_rd_joins_herd_to_ipeds_within_the_state_and_keeps_the_national_total()
      throws IOException {
    Map<String, Path> in = new java.util.HashMap<>(ipeds());
    in.put(
        "herd",
        file(
            "herd.csv",
            "row_id,state,control,institution,all_rd,cs_rd\n"
                + "r001,,,United States,\"['9', '']\",\"['1,000,000', '']\"\n"
                + "r010,Pennsylvania,Private,Carnegie Mellon U.,\"['9', '']\",\"['211,839', '']\"\n"
                + "r011,Maryland,Public,U. Maryland<sup>c</sup>,\"['9', '']\",\"['63,281', '']\"\n"
                + "r012,Louisiana,Private,Xavier U. Louisiana,\"['9', '']\",\"['696', 'i']\"\n"
                + "r013,Georgia,Public,Georgia Institute of Technology,\"['9', '']\",\"['100', '']\"\n"
                + "r014,Ohio,Private,Carnegie Mellon U.,\"['9', '']\",\"['5', '']\"\n"));
    in.put(
        "overrides",
        file(
            "o.csv",
            "source,name,unitid,ipeds_name,rule\nherd,U. Maryland<sup>c</sup>,2,UMD,campus\n"));
    in.put(
        "counties",
        file(
            "c.csv",
            "fips,state_name,county_name,population_2024\n42003,Pennsylvania,A,1\n"
                + "24033,Maryland,B,1\n13121,Georgia,C,1\n22071,Louisiana,D,1\n39049,Ohio,E,1\n"));
    RecordsResult r = run("metro-cs-rd", in);

    assertThat(Jobs.value(r, "42003", "cs_rd", 2022)).isEqualTo(211_839.0);
    assertThat(Jobs.value(r, "24033", "cs_rd", 2022)).isEqualTo(63_281.0);
    assertThat(Jobs.value(r, "13121", "cs_rd", 2022)).isEqualTo(100.0);
    assertThat(Jobs.value(r, "US", "cs_rd", 2022)).isEqualTo(1_000_000.0);
    double all = 211_839 + 63_281 + 696 + 100 + 5;
    assertThat(note(r, "match_rate", "override")).isCloseTo(100 * 63_281 / all, within(1e-6));
    assertThat(note(r, "not_placed", "Xavier U. Louisiana (Louisiana)")).isEqualTo(696.0);
    // the same name in another state is not Carnegie Mellon
    assertThat(note(r, "not_placed", "Carnegie Mellon U. (Ohio)")).isEqualTo(5.0);
  }

  @Test
  void patents_sum_the_window_and_list_county_codes_that_no_longer_exist() throws IOException {
    Path grants =
        file(
            "g.csv",
            "stco_code,co_name,year,patents_issued\n06085,Santa Clara County,2011,10\n"
                + "06085,Santa Clara County,2015,5\n06085,Santa Clara County,2010,100\n"
                + "09001,Fairfield County,2012,7\n");
    Path counties = file("c.csv", "fips,state_name,county_name,population_2024\n06085,CA,SC,1\n");
    RecordsResult r = run("metro-patents", Map.of("grants", grants, "counties", counties));

    assertThat(Jobs.value(r, "06085", "patents", 2015)).isEqualTo(15.0);
    assertThat(Jobs.value(r, "US", "patents", 2015)).isEqualTo(22.0);
    assertThat(Jobs.value(r, "09001", "patents", 2015)).isNull();
    assertThat(note(r, "not_placed", "09001 Fairfield County")).isEqualTo(7.0);
    assertThat(note(r, "match_rate", "placed")).isCloseTo(100 * 15.0 / 22, within(1e-6));
  }
}
