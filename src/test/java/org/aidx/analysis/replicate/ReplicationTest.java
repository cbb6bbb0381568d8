package org.aidx.analysis.replicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.aidx.analysis.explain.ComparativeAdvantage;
import org.aidx.analysis.replicate.PublishedClaim.Kind;
import org.aidx.analysis.replicate.ScorecardLine.Verdict;
import org.aidx.exposure.EconomyExposure;
import org.aidx.exposure.Rescaling;
import org.aidx.exposure.StructureScheme;
import org.aidx.input.Inputs;
import org.aidx.input.PublishedFiles;
import org.aidx.model.InputException;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
import org.junit.jupiter.api.Test;

/** The verdict rules, checked against the shipped result with claims made around its values. */
class ReplicationTest {
  static final Inputs IN = Inputs.load(null, List.of(), List.of());
  static final IndexResult R =
      Pipeline.run(
          IN.framework(), IN.dataset(), Methodology.of(IN.framework(), PipelineSpec.defaults()));
  static final List<EconomyExposure> X =
      Inputs.exposure(Inputs.embeddedBase(), StructureScheme.VALUE_ADDED, Rescaling.MIN_MAX, null);
  static final Replication REP = new Replication(R, X, ComparativeAdvantage.defaults());

  static PublishedClaim claim(Kind kind, List<String> eco, List<String> group, String m, double v) {
    return new PublishedClaim("t", "test", kind, eco, group, m, v, "");
  }

  static Verdict verdict(PublishedClaim c) {
    return REP.scorecard(List.of(c)).get(0).verdict();
  }

  double score(String iso3, String node) {
    return R.score(node, R.economyIndex(iso3));
  }

  @Test
  void a_number_agrees_within_ten_percent_and_is_close_within_twenty_five() {
    double deu = score("DEU", "index");
    assertThat(verdict(claim(Kind.VALUE, List.of("DEU"), List.of(), "index", deu / 1.09)))
        .isEqualTo(Verdict.AGREES);
    assertThat(verdict(claim(Kind.VALUE, List.of("DEU"), List.of(), "index", deu / 1.2)))
        .isEqualTo(Verdict.CLOSE);
    assertThat(verdict(claim(Kind.VALUE, List.of("DEU"), List.of(), "index", deu / 1.3)))
        .isEqualTo(Verdict.MISSES);
    ScorecardLine l =
        REP.scorecard(List.of(claim(Kind.VALUE, List.of("DEU"), List.of(), "index", 0.5))).get(0);
    assertThat(l.difference()).isEqualTo(deu - 0.5);
  }

  @Test
  void the_reference_ranks_first_and_a_wrong_rank_by_one_is_close() {
    assertThat(verdict(claim(Kind.RANK, List.of("USA"), List.of(), "index", 1)))
        .isEqualTo(Verdict.AGREES);
    assertThat(verdict(claim(Kind.RANK, List.of("USA"), List.of(), "index", 2)))
        .isEqualTo(Verdict.CLOSE);
    assertThat(verdict(claim(Kind.RANK, List.of("USA"), List.of(), "index", 5)))
        .isEqualTo(Verdict.MISSES);
  }

  @Test
  void a_share_of_output_is_read_from_the_exposure_engine() {
    EconomyExposure chn = X.stream().filter(x -> x.iso3().equals("CHN")).findFirst().orElseThrow();
    assertThat(REP.value("CHN", "exposed_share")).isEqualTo(chn.exposedShare());
    double agri =
        chn.groups().stream()
            .filter(g -> g.group().equals("ISIC3_A-B"))
            .findFirst()
            .orElseThrow()
            .share();
    assertThat(REP.value("CHN", "va_share:ISIC3_A-B")).isEqualTo(agri);
  }

  @Test
  void a_higher_claim_holds_only_if_the_subject_beats_every_economy_named() {
    // the reference scores 1 on market friendliness; China is above it, Germany below
    assertThat(
            verdict(claim(Kind.HIGHER, List.of("USA"), List.of("DEU"), "market_friendliness", 0)))
        .isEqualTo(
            score("USA", "market_friendliness") > score("DEU", "market_friendliness")
                ? Verdict.AGREES
                : Verdict.MISSES);
    assertThat(
            verdict(
                claim(
                    Kind.HIGHER, List.of("DEU"), List.of("USA", "DEU"), "market_friendliness", 0)))
        .isNotEqualTo(Verdict.AGREES);
  }

  @Test
  void a_measure_the_framework_lacks_is_not_measured_with_the_reason() {
    ScorecardLine l =
        REP.scorecard(List.of(claim(Kind.RANK, List.of("CHN"), List.of(), "finance_counts", 2)))
            .get(0);
    assertThat(l.verdict()).isEqualTo(Verdict.NOT_MEASURED);
    assertThat(l.aidx()).contains("finance_counts").contains("cicc-ai-development-index");
    assertThat(l.chance()).isNaN();
    assertThat(l.trivial()).isFalse();
  }

  @Test
  void alternatives_use_the_first_measure_the_result_holds_and_say_which() {
    double deu = score("DEU", "finance");
    ScorecardLine l =
        REP.scorecard(
                List.of(
                    claim(Kind.VALUE, List.of("DEU"), List.of(), "finance_counts finance", deu)))
            .get(0);
    assertThat(l.verdict()).isEqualTo(Verdict.AGREES);
    assertThat(l.aidx()).endsWith("[finance]");
  }

  @Test
  void an_indicator_id_is_read_as_its_value_as_read() {
    int i = R.indicators().indexOf("private_ai_investment_2y");
    double usa = R.observation(i, R.economyIndex("USA")).value();
    double chn = R.observation(i, R.economyIndex("CHN")).value();
    ScorecardLine l =
        REP.scorecard(
                List.of(
                    claim(
                        Kind.RATIO, List.of("CHN"), List.of("USA"), "private_ai_investment_2y", 1)))
            .get(0);
    assertThat(l.difference()).isCloseTo(chn / usa - 1, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void an_unknown_industry_group_names_what_is_accepted() {
    InputException e =
        assertThrows(
            InputException.class,
            () -> verdict(claim(Kind.VALUE, List.of("DEU"), List.of(), "va_share:ISIC9", 1)));
    assertThat(e.getMessage()).contains("industry group 'ISIC9'").contains("va_share:GROUP");
  }

  @Test
  void the_shipped_claims_all_parse_and_each_gets_a_line() {
    List<PublishedClaim> claims = PublishedFiles.cicc();
    assertThat(claims).hasSizeGreaterThan(15);
    assertThat(REP.scorecard(claims)).hasSameSizeAs(claims);
  }

  // ---- the new kinds, each with expectations derived from the result by another route

  List<String> tier(int t) {
    return R.economies().stream().filter(e -> R.tier(R.economyIndex(e)) == t).toList();
  }

  @Test
  void a_whole_tier_agrees_only_for_all_its_members_and_is_close_for_some_of_them() {
    List<String> top = tier(1);
    assertThat(verdict(claim(Kind.WHOLE_TIER, top, List.of(), "index", Double.NaN)))
        .isEqualTo(Verdict.AGREES);
    List<String> big =
        java.util.stream.IntStream.rangeClosed(1, R.tiering().count())
            .mapToObj(this::tier)
            .filter(t -> t.size() >= 3)
            .findFirst()
            .orElseThrow();
    assertThat(verdict(claim(Kind.WHOLE_TIER, big.subList(0, 2), List.of(), "index", Double.NaN)))
        .isEqualTo(Verdict.CLOSE);
    assertThat(
            verdict(claim(Kind.WHOLE_TIER, List.of(top.get(0), big.get(0)), List.of(), "index", 0)))
        .isEqualTo(Verdict.MISSES);
  }

  @Test
  void same_tier_chance_is_the_share_of_triples_inside_one_tier() {
    // hand formula: sum over tiers of C(size, 3) / C(n, 3)
    int n = R.economies().size();
    double inside = 0;
    for (int t = 1; t <= R.tiering().count(); t++) {
      inside += Replication.binomial(tier(t).size(), 3);
    }
    List<String> big =
        java.util.stream.IntStream.rangeClosed(1, R.tiering().count())
            .mapToObj(this::tier)
            .filter(t -> t.size() >= 3)
            .findFirst()
            .orElseThrow();
    ScorecardLine l =
        REP.scorecard(List.of(claim(Kind.SAME_TIER, big.subList(0, 3), List.of(), "index", 0)))
            .get(0);
    assertThat(l.verdict()).isEqualTo(Verdict.AGREES);
    assertThat(l.chance())
        .isCloseTo(inside / Replication.binomial(n, 3), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(l.trivial()).isEqualTo(l.chance() > 0.5);
  }

  @Test
  void with_tiers_of_1_1_and_18_three_economies_share_a_tier_by_chance_0_72() {
    // the trivial rule's worked example: C(18,3) / C(20,3) = 816 / 1140
    assertThat(Replication.binomial(18, 3) / Replication.binomial(20, 3))
        .isCloseTo(816.0 / 1140, org.assertj.core.data.Offset.offset(1e-15))
        .isGreaterThan(Replication.TRIVIAL);
  }

  @Test
  void higher_than_m_economies_holds_at_random_with_chance_one_in_m_plus_one() {
    // with distinct values, each of m + 1 random economies is equally likely to be the largest
    long distinct =
        R.economies().stream().mapToDouble(e -> score(e, "market_friendliness")).distinct().count();
    assertThat(distinct).isEqualTo(R.economies().size());
    ScorecardLine l =
        REP.scorecard(
                List.of(
                    claim(
                        Kind.HIGHER,
                        List.of("IND"),
                        List.of("DEU", "JPN", "GBR"),
                        "market_friendliness",
                        0)))
            .get(0);
    assertThat(l.chance()).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(l.trivial()).isFalse();
  }

  @Test
  void following_a_group_holds_at_random_with_chance_one_in_n() {
    // for a random subject and group of m, the pairs where the subject ranks right after the
    // group's last number C(n-1, m) of the n C(n-1, m) choices
    ScorecardLine l =
        REP.scorecard(
                List.of(claim(Kind.FOLLOWS, List.of("IND"), List.of("DEU", "JPN"), "index", 0)))
            .get(0);
    assertThat(l.chance())
        .isCloseTo(1.0 / R.economies().size(), org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void lower_mirrors_higher() {
    assertThat(verdict(claim(Kind.LOWER, List.of("DEU"), List.of("USA"), "index", 0)))
        .isEqualTo(Verdict.AGREES);
    assertThat(verdict(claim(Kind.LOWER, List.of("USA"), List.of("DEU"), "index", 0)))
        .isEqualTo(Verdict.MISSES);
  }

  @Test
  void all_as_the_group_means_every_other_economy() {
    assertThat(verdict(claim(Kind.HIGHER, List.of("USA"), List.of("ALL"), "index", 0)))
        .isEqualTo(Verdict.AGREES);
    // the second economy beats 18 of the other 19: at least half, so close
    String second = R.economies().get(R.order()[1]);
    assertThat(verdict(claim(Kind.HIGHER, List.of(second), List.of("ALL"), "index", 0)))
        .isEqualTo(Verdict.CLOSE);
  }

  @Test
  void shares_of_the_total_over_all_economies_add_up_to_one() {
    double sum = 0;
    for (String e : R.economies()) {
      ScorecardLine l =
          REP.scorecard(
                  List.of(
                      claim(
                          Kind.SHARE_OF_TOTAL,
                          List.of(e),
                          List.of(),
                          "private_ai_investment_2y",
                          1)))
              .get(0);
      sum += l.difference() + 1;
    }
    assertThat(sum).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void top_k_agrees_for_the_top_k_and_is_close_with_half_of_them() {
    List<String> byRank =
        java.util.Arrays.stream(R.order()).mapToObj(e -> R.economies().get(e)).toList();
    assertThat(verdict(claim(Kind.TOP_K, byRank.subList(0, 2), List.of(), "index", 0)))
        .isEqualTo(Verdict.AGREES);
    assertThat(
            verdict(
                claim(Kind.TOP_K, List.of(byRank.get(0), byRank.get(5)), List.of(), "index", 0)))
        .isEqualTo(Verdict.CLOSE);
    assertThat(
            verdict(
                claim(Kind.TOP_K, List.of(byRank.get(4), byRank.get(5)), List.of(), "index", 0)))
        .isEqualTo(Verdict.MISSES);
  }

  @Test
  void a_ratio_is_judged_as_a_number_and_a_bound_holds_or_is_close_within_25_percent() {
    double r = score("DEU", "index") / score("USA", "index");
    assertThat(verdict(claim(Kind.RATIO, List.of("DEU"), List.of("USA"), "index", r / 1.09)))
        .isEqualTo(Verdict.AGREES);
    assertThat(verdict(claim(Kind.RATIO_BELOW, List.of("DEU"), List.of("USA"), "index", r * 1.01)))
        .isEqualTo(Verdict.AGREES);
    assertThat(verdict(claim(Kind.RATIO_BELOW, List.of("DEU"), List.of("USA"), "index", r / 1.2)))
        .isEqualTo(Verdict.CLOSE);
    assertThat(verdict(claim(Kind.RATIO_BELOW, List.of("DEU"), List.of("USA"), "index", r / 1.3)))
        .isEqualTo(Verdict.MISSES);
  }

  @Test
  void a_ratio_claim_needs_exactly_one_economy_to_compare_with() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> claim(Kind.RATIO, List.of("DEU"), List.of("USA", "CHN"), "index", 1));
    assertThat(e.getMessage()).contains("exactly one economy");
  }

  @Test
  void an_implied_value_is_judged_at_its_point_and_shows_its_rounding_interval() {
    double mf = score("DEU", "market_friendliness");
    PublishedClaim c =
        new PublishedClaim(
            "x",
            "x",
            Kind.IMPLIED_VALUE,
            List.of("DEU"),
            List.of(),
            "market_friendliness",
            mf / 1.09,
            mf / 1.2,
            mf,
            "",
            "");
    ScorecardLine l = REP.scorecard(List.of(c)).get(0);
    assertThat(l.verdict()).isEqualTo(Verdict.AGREES);
    assertThat(l.published()).contains("rounding: " + Replication.fmt(mf / 1.2));
  }

  @Test
  void a_value_claim_that_most_economies_would_meet_is_flagged_trivial() {
    // the median exposed share: a claim at it agrees for every economy within 10% of it
    double[] v = X.stream().mapToDouble(EconomyExposure::exposedShare).sorted().toArray();
    double mid = v[v.length / 2];
    long near =
        X.stream().filter(x -> Math.abs(x.exposedShare() / mid - 1) <= Replication.AGREES).count();
    String who =
        X.stream()
            .filter(x -> Math.abs(x.exposedShare() / mid - 1) <= Replication.AGREES)
            .findFirst()
            .orElseThrow()
            .iso3();
    ScorecardLine l =
        REP.scorecard(List.of(claim(Kind.VALUE, List.of(who), List.of(), "exposed_share", mid)))
            .get(0);
    assertThat(l.chance())
        .isCloseTo((double) near / X.size(), org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void the_closed_form_chance_of_higher_and_lower_equals_the_enumeration() {
    for (Kind k : List.of(Kind.HIGHER, Kind.LOWER)) {
      for (List<String> g : List.of(List.of("USA"), List.of("DEU", "JPN", "GBR"))) {
        PublishedClaim c = claim(k, List.of("CHN"), g, "data", 0);
        assertThat(REP.chance(c))
            .as(k + " " + g)
            .isCloseTo(REP.chanceByEnumeration(c), org.assertj.core.data.Offset.offset(1e-12));
      }
    }
  }

  @Test
  void every_shipped_claim_has_a_unique_id_its_words_and_its_location_in_the_study() {
    List<PublishedClaim> claims = PublishedFiles.cicc();
    assertThat(claims.stream().map(PublishedClaim::id).distinct().count()).isEqualTo(claims.size());
    assertThat(claims).allSatisfy(c -> assertThat(c.text()).isNotBlank());
    assertThat(claims)
        .allSatisfy(c -> assertThat(c.location()).matches("(§4\\(2\\)|earlier in the study).*"));
  }
}
