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
  void an_unknown_measure_names_what_is_accepted() {
    InputException e =
        assertThrows(
            InputException.class,
            () -> verdict(claim(Kind.VALUE, List.of("DEU"), List.of(), "talent", 1)));
    assertThat(e.getMessage()).contains("index node 'talent'").contains("va_share:GROUP");
  }

  @Test
  void the_shipped_claims_all_parse_and_each_gets_a_line() {
    List<PublishedClaim> claims = PublishedFiles.cicc();
    assertThat(claims).hasSizeGreaterThan(15);
    assertThat(REP.scorecard(claims)).hasSameSizeAs(claims);
  }
}
