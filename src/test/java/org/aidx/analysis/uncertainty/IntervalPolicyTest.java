package org.aidx.analysis.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aidx.framework.Aggregation;
import org.aidx.input.Inputs;
import org.aidx.method.impute.Imputation;
import org.aidx.method.normalise.MinMax;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.PipelineSpec;
import org.junit.jupiter.api.Test;

/** The one interval policy: no index interval across scales, none that excludes its nominal. */
class IntervalPolicyTest {
  private static final Inputs IN = Inputs.load(null, List.of(), null);

  private static void assertEveryPrintedIntervalContainsItsNominal(UncertaintySummary s) {
    for (UncertaintySummary.EconomyStats e : s.economies()) {
      for (UncertaintySummary.Spread sp : List.of(e.rank(), e.index(), e.gap())) {
        assertThat(IntervalPolicy.contains(sp)).as(e.iso3() + " " + sp).isTrue();
        if (!Double.isNaN(sp.q05())) {
          double slack = 1e-4 * Math.max(1, Math.abs(sp.nominal()));
          assertThat(sp.nominal()).as(e.iso3()).isBetween(sp.q05() - slack, sp.q95() + slack);
        }
      }
    }
  }

  @Test
  void the_default_run_prints_no_interval_that_excludes_its_nominal() {
    UncertaintySummary s =
        Uncertainty.defaults(
            IN.framework(),
            IN.dataset(),
            Methodology.of(IN.framework(), PipelineSpec.defaults()),
            256,
            1,
            null);
    assertEveryPrintedIntervalContainsItsNominal(s);
  }

  @Test
  void scale_changing_defaults_withhold_index_and_gap_intervals_and_say_which() {
    Assumptions a =
        Assumptions.defaults(
            IN.framework(), Methodology.of(IN.framework(), PipelineSpec.defaults()), IN.dataset());
    List<String> changing = IntervalPolicy.scaleChanging(a);
    assertThat(changing).contains("normalisation", "leave-one-out");
    assertThat(IntervalPolicy.keepsScale(new Assumption.LeaveOneOut(List.of()))).isFalse();
    UncertaintySummary s =
        Uncertainty.defaults(
            IN.framework(),
            IN.dataset(),
            Methodology.of(IN.framework(), PipelineSpec.defaults()),
            128,
            1,
            null);
    assertThat(s.economies())
        .allSatisfy(
            e -> {
              assertThat(e.index().q05()).isNaN();
              assertThat(e.index().median()).isNaN();
              assertThat(e.gap().q95()).isNaN();
              assertThat(e.index().nominal()).isNotNaN();
              assertThat(e.rank().median()).isNotNaN();
            });
    assertThat(s.notes())
        .anySatisfy(n -> assertThat(n).contains("index and gap").contains("normalisation"));
  }

  @Test
  void weights_and_imputation_keep_the_index_intervals_and_they_contain_the_nominal() {
    // the panel's assumptions: the defaults' weights and imputation (the nominal imputation first)
    Assumptions a =
        IntervalPolicy.scalePreserving(
            Assumptions.defaults(
                IN.framework(),
                Methodology.of(IN.framework(), PipelineSpec.defaults()),
                IN.dataset()));
    assertThat(a.items()).isNotEmpty();
    assertThat(IntervalPolicy.scaleChanging(a)).isEmpty();
    UncertaintySummary s =
        IntervalPolicy.apply(
            Uncertainty.run(
                IN.framework(),
                IN.dataset(),
                Methodology.of(IN.framework(), PipelineSpec.defaults()),
                a,
                256,
                1,
                1,
                null),
            a);
    assertThat(s.economies()).anySatisfy(e -> assertThat(e.index().q05()).isNotNaN());
    assertThat(s.notes()).noneSatisfy(n -> assertThat(n).contains("index and gap"));
    assertEveryPrintedIntervalContainsItsNominal(s);
  }

  @Test
  void normalisation_and_means_change_the_scale_weights_and_imputation_do_not() {
    assertThat(IntervalPolicy.keepsScale(new Assumption.UniformWeights("indicator", 0.1))).isTrue();
    assertThat(IntervalPolicy.keepsScale(new Assumption.Imputations(List.of(Imputation.none()))))
        .isTrue();
    assertThat(
            IntervalPolicy.keepsScale(
                new Assumption.Normalisations(List.of(MinMax.of(1, 100), MinMax.of(0, 1)))))
        .isFalse();
    assertThat(
            IntervalPolicy.keepsScale(
                new Assumption.Aggregations(
                    new Assumption.Level.Aggregates("dimension"),
                    List.of(Aggregation.GEOMETRIC, Aggregation.ARITHMETIC))))
        .isFalse();
  }

  @Test
  void a_rank_interval_that_excludes_its_nominal_is_withheld_and_named() {
    var inside = new UncertaintySummary.Spread(2, 2, 1, 3);
    var outside = new UncertaintySummary.Spread(19, 5, 1, 8);
    var none = new UncertaintySummary.Spread(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    var a = new UncertaintySummary.EconomyStats("AAA", "A", inside, 0.5, none, none, List.of(), 0);
    var b = new UncertaintySummary.EconomyStats("IDN", "I", outside, 9, none, none, List.of(), 0);
    IntervalPolicy.Applied p =
        IntervalPolicy.apply(
            List.of(a, b), Assumptions.of(List.of(new Assumption.UniformWeights("indicator", .2))));
    assertThat(p.economies().get(0).rank()).isEqualTo(inside);
    assertThat(p.economies().get(1).rank().q05()).isNaN();
    assertThat(p.economies().get(1).rank().median()).isEqualTo(5);
    assertThat(p.notes()).singleElement().asString().contains("IDN (rank 19 outside 1–8)");
    assertThat(p.notes().get(0)).doesNotContain("AAA");
  }
}
