package org.aidx.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Economy codes and names resolved through one table. */
class EconomiesTest {
  private static final Economies E = Economies.standard();

  @Test
  void iso3_in_any_case_and_iso2_resolve() {
    assertThat(E.resolve("jpn").iso3()).isEqualTo("JPN");
    assertThat(E.resolve("jp").iso3()).isEqualTo("JPN");
    assertThat(E.resolve(" DE ").iso3()).isEqualTo("DEU");
  }

  @Test
  void names_and_aliases_resolve_ignoring_case_accents_and_punctuation() {
    assertThat(E.resolve("UK").iso3()).isEqualTo("GBR");
    assertThat(E.resolve("Korea").iso3()).isEqualTo("KOR");
    assertThat(E.resolve("korea, rep.").iso3()).isEqualTo("KOR");
    assertThat(E.resolve("Türkiye").iso3()).isEqualTo("TUR");
    assertThat(E.resolve("Turkiye").iso3()).isEqualTo("TUR");
    assertThat(E.resolve("Turkey").iso3()).isEqualTo("TUR");
    assertThat(E.resolve("cote d'ivoire").iso3()).isEqualTo("CIV");
    assertThat(E.resolve("Germany").iso3()).isEqualTo("DEU");
  }

  @Test
  void an_ambiguous_name_has_candidates_and_no_code() {
    Economies.Resolution r = E.resolve("Congo");
    assertThat(r.found()).isFalse();
    assertThat(r.candidates()).containsExactly("COD", "COG");
    assertThat(r.problem()).startsWith("'Congo' is ambiguous: it could be COD (");
  }

  @Test
  void an_unknown_name_is_not_guessed() {
    Economies.Resolution r = E.resolve("Atlantis");
    assertThat(r.found()).isFalse();
    assertThat(r.problem()).isEqualTo("'Atlantis' is not an ISO 3166 code or a known economy name");
  }

  @Test
  void aggregates_are_not_economies() {
    assertThat(E.isIso3("GBR")).isTrue();
    assertThat(E.isIso3("WLD")).isFalse();
    assertThat(E.resolve("World").found()).isFalse();
  }
}
