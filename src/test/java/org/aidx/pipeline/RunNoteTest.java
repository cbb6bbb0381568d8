package org.aidx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aidx.input.Inputs;
import org.aidx.pipeline.tier.Tiering;
import org.aidx.pipeline.treat.Treatment;
import org.junit.jupiter.api.Test;

/** Each kind of run note renders to the line results and reports print. */
class RunNoteTest {
  @Test
  void a_missing_value_names_the_year_the_maximum_age_and_the_imputation() {
    assertThat(new RunNote.Missing("JPN", "patents", 2019, 1, "relative").text())
        .isEqualTo(
            "missing: JPN has no value for patents at or before 2019 within 1 year(s)"
                + " (relative imputation)");
    assertThat(new RunNote.Missing("JPN", "patents", null, 1, "none").text())
        .isEqualTo("missing: JPN has no value for patents (none imputation)");
  }

  @Test
  void a_missing_denominator_says_the_indicator_is_missing_too() {
    assertThat(new RunNote.MissingDenominator("LAO", "Elec", "Energy", null, "none").text())
        .isEqualTo(
            "missing: LAO has no value for the denominator 'Energy' of Elec, so Elec is missing"
                + " (none imputation)");
  }

  @Test
  void a_floored_zero_gives_the_floor_and_how_it_was_found() {
    assertThat(new RunNote.Floored("BRA", "models", 0.0, 0.25, 0.5, 0.5).text())
        .isEqualTo("floored: BRA models 0 raised to 0.25 (0.5 × the smallest positive value, 0.5)");
  }

  @Test
  void a_value_floored_for_a_mean_names_the_mean_and_the_aggregate() {
    assertThat(
            new RunNote.FlooredForMean("BBB", "patents", 0.0, 0.01, "geometric", "technology")
                .text())
        .isEqualTo("floored: BBB patents 0 raised to 0.01 for the geometric mean of technology");
  }

  @Test
  void numbers_in_notes_have_four_significant_figures_without_an_exponent() {
    // 318.52854977730317 → 318.5; 0.00038356937844778917 → 0.0003836; 1234567 → 1235000
    assertThat(
            new RunNote.Floored("BRA", "k", 0.0, 159.26427488865158, 0.5, 318.52854977730317)
                .text())
        .isEqualTo("floored: BRA k 0 raised to 159.3 (0.5 × the smallest positive value, 318.5)");
    assertThat(
            new RunNote.FlooredForMean(
                    "IDN", "finance", 3.8356937844778917E-4, 0.001, "geometric", "t")
                .text())
        .isEqualTo("floored: IDN finance 0.0003836 raised to 0.001 for the geometric mean of t");
    assertThat(RunNote.number(1234567.0)).isEqualTo("1235000");
    assertThat(RunNote.number(-2.0)).isEqualTo("-2");
    assertThat(RunNote.number(Double.NaN)).isEqualTo("NaN");
  }

  @Test
  void the_other_kinds() {
    assertThat(new RunNote.Treated("k", Treatment.Outcome.WINSORISED).text())
        .isEqualTo("treated: k winsorised");
    assertThat(new RunNote.NoValues("k").text())
        .isEqualTo("no values: k is missing for every economy");
    assertThat(new RunNote.NoIndex("AAA").text())
        .isEqualTo("no index: AAA lacks data for a whole branch of the framework");
    assertThat(new RunNote.TiersReduced(50, 20).text())
        .isEqualTo("tiers: 50 asked, reduced to 20, the number of distinct index scores");
  }

  @Test
  void the_shipped_data_gives_every_kind_but_no_index_and_notes_are_their_text() {
    Inputs cicc = Inputs.load(null, List.of(), List.of());
    Inputs asem =
        Inputs.load(
            null,
            List.of(),
            List.of(
                Path.of("examples/coinr-asem/ASEM_iData.csv"),
                Path.of("examples/coinr-asem/ASEM_iMeta.csv")));
    PipelineSpec d = PipelineSpec.defaults();
    List<IndexResult> runs =
        List.of(
            Pipeline.run(
                cicc.framework(),
                cicc.dataset(),
                Methodology.of(cicc.framework(), d.withZeroFloor(0.5))),
            Pipeline.run(
                cicc.framework(),
                cicc.dataset(),
                Methodology.of(cicc.framework(), d.withGeometricFloor(0.01))),
            Pipeline.run(
                cicc.framework(),
                cicc.dataset(),
                Methodology.of(cicc.framework(), d.withTreat(Treatment.parse("winsorise:5")))),
            Pipeline.run(
                cicc.framework(),
                cicc.dataset(),
                Methodology.of(cicc.framework(), d.withTiers(Tiering.fixed(50)))),
            Pipeline.run(
                cicc.framework(),
                cicc.dataset(),
                Methodology.of(cicc.framework(), d.withYear(2019).withMaxAge(1))),
            Pipeline.run(
                asem.framework(),
                asem.dataset(),
                Methodology.of(asem.framework(), d.withDenominate(true))));
    Set<Class<?>> kinds =
        runs.stream()
            .flatMap(r -> r.runNotes().stream())
            .map(Object::getClass)
            .collect(Collectors.toSet());
    assertThat(kinds)
        .containsExactlyInAnyOrder(
            RunNote.Missing.class,
            RunNote.MissingDenominator.class,
            RunNote.Floored.class,
            RunNote.FlooredForMean.class,
            RunNote.Treated.class,
            RunNote.NoValues.class,
            RunNote.TiersReduced.class);
    for (IndexResult r : runs) {
      assertThat(r.notes()).isEqualTo(r.runNotes().stream().map(RunNote::text).toList());
    }
  }
}
