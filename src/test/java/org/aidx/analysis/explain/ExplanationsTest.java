package org.aidx.analysis.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.aidx.input.Inputs;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
import org.junit.jupiter.api.Test;

class ExplanationsTest {
  private static final IndexResult R = run();

  private static IndexResult run() {
    Inputs in = Inputs.load(null, List.of(), List.of());
    return Pipeline.run(
        in.framework(), in.dataset(), Methodology.of(in.framework(), PipelineSpec.defaults()));
  }

  @Test
  void a_dimension_rank_counts_the_economies_scoring_higher() {
    int jpn = R.economyIndex("JPN");
    for (Standings.Standing s : Standings.of(R, jpn)) {
      long higher = 0;
      long equal = 0;
      for (int e = 0; e < R.economies().size(); e++) {
        double x = R.score(s.dimension(), e);
        higher += x > s.score() ? 1 : 0;
        equal += x == s.score() ? 1 : 0;
      }
      assertThat(s.rank()).as(s.dimension()).isEqualTo(higher + (equal + 1) / 2.0);
      assertThat(s.advantage()).isEqualTo(R.rank(jpn) - s.rank());
    }
  }

  @Test
  void strengths_rank_better_than_the_index_and_weaknesses_worse_largest_first() {
    int jpn = R.economyIndex("JPN");
    List<Standings.Standing> strong = Standings.strengths(R, jpn);
    List<Standings.Standing> weak = Standings.weaknesses(R, jpn);
    assertThat(strong).allSatisfy(s -> assertThat(s.rank()).isLessThan(R.rank(jpn)));
    assertThat(weak).allSatisfy(s -> assertThat(s.rank()).isGreaterThan(R.rank(jpn)));
    assertThat(strong.stream().map(Standings.Standing::advantage).toList())
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(weak.stream().map(Standings.Standing::advantage).toList()).isSorted();
    assertThat(strong.size() + weak.size()).isLessThanOrEqualTo(7);
  }

  @Test
  void the_residual_check_finds_a_broken_decomposition() {
    int a = R.economyIndex("JPN");
    int b = R.economyIndex("CHN");
    List<GapDecomposition.Contribution> cs = GapDecomposition.decompose(R, a, b);
    assertThat(GapDecomposition.maxResidual(cs)).isLessThan(1e-12);
    List<GapDecomposition.Contribution> broken = new ArrayList<>(cs);
    GapDecomposition.Contribution c = broken.get(1);
    broken.set(
        1,
        new GapDecomposition.Contribution(
            c.node(),
            c.name(),
            c.depth(),
            c.indicator(),
            c.weight(),
            c.score(),
            c.other(),
            c.logGap() + 0.25,
            c.shareOfParent()));
    assertThat(GapDecomposition.maxResidual(broken)).isCloseTo(0.25, within(1e-9));
  }

  @Test
  void the_layer_ratio_decides_the_class_and_the_reference_is_balanced() {
    ComparativeAdvantage rule =
        ComparativeAdvantage.defaults().withCentre(ComparativeAdvantage.Centre.REFERENCE);
    for (ComparativeAdvantage.Position p : rule.classify(R)) {
      int e = R.economyIndex(p.iso3());
      assertThat(p.ratio())
          .isEqualTo(R.score("technology_activity", e) / R.score("market_friendliness", e));
      ComparativeAdvantage.Lead expected =
          p.ratio() > 1.25
              ? ComparativeAdvantage.Lead.RND_LED
              : p.ratio() < 0.8
                  ? ComparativeAdvantage.Lead.APPLICATION_LED
                  : ComparativeAdvantage.Lead.BALANCED;
      assertThat(p.lead()).as(p.iso3()).isEqualTo(expected);
    }
    assertThat(rule.classify(R))
        .filteredOn(p -> p.iso3().equals("USA"))
        .singleElement()
        .satisfies(p -> assertThat(p.lead()).isEqualTo(ComparativeAdvantage.Lead.BALANCED));
  }

  @Test
  void by_standing_the_class_follows_the_difference_of_standardised_log_layer_scores() {
    List<ComparativeAdvantage.Position> ps = ComparativeAdvantage.defaults().classify(R);
    int n = ps.size();
    double[] t = new double[n];
    double[] m = new double[n];
    for (int k = 0; k < n; k++) {
      t[k] = Math.log(ps.get(k).technology());
      m[k] = Math.log(ps.get(k).market());
    }
    double[] zt = z(t);
    double[] zm = z(m);
    for (int k = 0; k < n; k++) {
      double d = zt[k] - zm[k];
      assertThat(Math.log(ps.get(k).relative())).isCloseTo(d, within(1e-9));
      ComparativeAdvantage.Lead expected =
          d > Math.log(1.25)
              ? ComparativeAdvantage.Lead.RND_LED
              : d < -Math.log(1.25)
                  ? ComparativeAdvantage.Lead.APPLICATION_LED
                  : ComparativeAdvantage.Lead.BALANCED;
      assertThat(ps.get(k).lead()).as(ps.get(k).iso3()).isEqualTo(expected);
    }
  }

  @Test
  void standing_does_not_depend_on_the_reference_economy() {
    Inputs in = Inputs.load(null, List.of(), List.of());
    IndexResult chn =
        Pipeline.run(
            in.framework(),
            in.dataset(),
            Methodology.of(in.framework(), PipelineSpec.defaults().withReference("CHN")));
    List<ComparativeAdvantage.Position> a = ComparativeAdvantage.defaults().classify(R);
    List<ComparativeAdvantage.Position> b = ComparativeAdvantage.defaults().classify(chn);
    for (ComparativeAdvantage.Position p : a) {
      ComparativeAdvantage.Position q =
          b.stream().filter(x -> x.iso3().equals(p.iso3())).findFirst().orElseThrow();
      assertThat(q.relative()).as(p.iso3()).isCloseTo(p.relative(), within(1e-9));
      assertThat(q.lead()).isEqualTo(p.lead());
    }
  }

  private static double[] z(double[] x) {
    double mean = java.util.Arrays.stream(x).average().orElseThrow();
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(ss / (x.length - 1));
    return java.util.Arrays.stream(x).map(v -> (v - mean) / sd).toArray();
  }

  @Test
  void against_the_median_the_middle_economies_are_balanced() {
    List<ComparativeAdvantage.Position> ps =
        ComparativeAdvantage.defaults().withCentre(ComparativeAdvantage.Centre.MEDIAN).classify(R);
    double[] rel =
        ps.stream().mapToDouble(ComparativeAdvantage.Position::relative).sorted().toArray();
    int n = rel.length;
    double median = n % 2 == 1 ? rel[n / 2] : (rel[n / 2 - 1] + rel[n / 2]) / 2;
    assertThat(median).isCloseTo(1, within(1e-12));
    assertThat(ps)
        .anySatisfy(p -> assertThat(p.lead()).isEqualTo(ComparativeAdvantage.Lead.BALANCED));
  }

  @Test
  void a_band_of_one_or_less_is_refused() {
    assertThatThrownBy(() -> ComparativeAdvantage.defaults().withBand(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("above 1");
  }

  @Test
  void the_frontier_scores_one_and_every_other_economy_its_share_of_the_best() {
    List<FrontierDistance.Distance> ds = FrontierDistance.of(R);
    assertThat(ds).hasSize(FrontierDistance.nodes(R).size() * R.economies().size());
    for (FrontierDistance.Distance d : ds) {
      double best = Double.NEGATIVE_INFINITY;
      for (int e = 0; e < R.economies().size(); e++) {
        best = Math.max(best, R.score(d.node(), e));
      }
      assertThat(d.frontierScore()).isEqualTo(best);
      assertThat(d.gap()).isEqualTo(best - d.score());
      assertThat(d.ratio()).isEqualTo(d.score() / best).isLessThanOrEqualTo(1);
      if (d.frontier().equals(d.iso3())) {
        assertThat(d.ratio()).isEqualTo(1);
        assertThat(d.gap()).isZero();
      }
    }
    assertThat(FrontierDistance.nodes(R))
        .startsWith("technology_activity", "market_friendliness")
        .contains("compute", "policy");
  }
}
