package org.aidx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aidx.data.Dataset;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.framework.Transform;
import org.aidx.method.normalise.Ratio;
import org.aidx.model.Direction;
import org.aidx.model.InputException;
import org.aidx.model.Observation;
import org.aidx.model.Provenance;
import org.junit.jupiter.api.Test;

/*
 * A hand-sized CICC-style index, ratio-normalised to REF, all values in 2020:
 *
 *   index (geometric)
 *     L1 (arithmetic): D1 = compute (w 1) + talent (w 3); D2 = patents
 *     L2 (arithmetic): D3 = energy_price (negative); D4 = adoption
 *
 *          compute talent patents energy_price adoption
 *   REF       10      4       2         6         100
 *   AAA       20      4       1         3          50
 *   BBB        5      8       3        12         200
 *
 * Ratios to REF (energy_price: REF / x):
 *   AAA   2      1     0.5     2      0.5
 *   BBB   0.5    2     1.5     0.5    2
 * D1 = (compute + 3·talent)/4: AAA (2 + 3)/4 = 1.25;  BBB (0.5 + 6)/4 = 1.625
 * L1 = (D1 + D2)/2:            AAA (1.25 + 0.5)/2 = 0.875;  BBB (1.625 + 1.5)/2 = 1.5625
 * L2 = (D3 + D4)/2:            AAA (2 + 0.5)/2 = 1.25;  BBB (0.5 + 2)/2 = 1.25
 * index = sqrt(L1·L2):         AAA sqrt(1.09375) ≈ 1.0458;  BBB sqrt(1.953125) ≈ 1.3975
 * REF scores 1 on every indicator, so on every mean.
 */
class PipelineTest {
  static final Node.Indicator COMPUTE = indicator("compute", 1, Direction.POSITIVE);
  static final Node.Indicator TALENT = indicator("talent", 3, Direction.POSITIVE);
  static final Node.Indicator PATENTS = indicator("patents", 1, Direction.POSITIVE);
  static final Node.Indicator ENERGY = indicator("energy_price", 1, Direction.NEGATIVE);
  static final Node.Indicator ADOPTION = indicator("adoption", 1, Direction.POSITIVE);
  static final String[] ECONOMIES = {"REF", "AAA", "BBB"};
  static final double[][] VALUES = {
    {10, 4, 2, 6, 100},
    {20, 4, 1, 3, 50},
    {5, 8, 3, 12, 200}
  };
  static final List<String> IDS =
      List.of("compute", "talent", "patents", "energy_price", "adoption");

  static Node.Indicator indicator(String id, double weight, Direction direction) {
    return new Node.Indicator(id, null, weight, direction, null, null, null, null);
  }

  static Node.Aggregate node(String id, Aggregation how, Node... children) {
    return new Node.Aggregate(id, null, null, 1, how, List.of(children), null);
  }

  static Framework framework(
      Node.Indicator compute,
      Node.Indicator talent,
      Node.Indicator patents,
      Node.Indicator energy,
      Node.Indicator adoption) {
    Aggregation ar = Aggregation.ARITHMETIC;
    Node.Aggregate root =
        node(
            "index",
            Aggregation.GEOMETRIC,
            node("L1", ar, node("D1", ar, compute, talent), node("D2", ar, patents)),
            node("L2", ar, node("D3", ar, energy), node("D4", ar, adoption)));
    return new Framework("mini", null, root, new Ratio(), "REF", false, Map.of(), null);
  }

  static Framework framework() {
    return framework(COMPUTE, TALENT, PATENTS, ENERGY, ADOPTION);
  }

  static Observation obs(String economy, String indicator, int year, double value) {
    return new Observation(
        economy,
        indicator,
        year,
        value,
        new Provenance("fixture", "", "data.csv:" + economy + "/" + indicator, ""));
  }

  static List<Observation> table(double[][] values) {
    List<Observation> out = new ArrayList<>();
    for (int e = 0; e < ECONOMIES.length; e++) {
      for (int i = 0; i < IDS.size(); i++) {
        if (!Double.isNaN(values[e][i])) {
          out.add(obs(ECONOMIES[e], IDS.get(i), 2020, values[e][i]));
        }
      }
    }
    return out;
  }

  static Dataset data() {
    return Dataset.of(table(VALUES), Map.of());
  }

  /** The fixture with one value changed: economy row e, indicator column i. */
  static Dataset dataWith(int e, int i, double value) {
    double[][] v = new double[VALUES.length][];
    for (int r = 0; r < v.length; r++) {
      v[r] = VALUES[r].clone();
    }
    v[e][i] = value;
    return Dataset.of(table(v), Map.of());
  }

  static IndexResult run() {
    return Pipeline.run(framework(), data(), Methodology.of(framework(), PipelineSpec.defaults()));
  }

  @Test
  void economies_are_in_code_order() {
    assertThat(run().economies()).containsExactly("AAA", "BBB", "REF");
  }

  @Test
  void a_positive_indicator_is_divided_by_the_reference_value() {
    IndexResult r = run();
    // compute: AAA 20/10, BBB 5/10
    assertThat(r.normalised(0, r.economyIndex("AAA"))).isEqualTo(2);
    assertThat(r.normalised(0, r.economyIndex("BBB"))).isEqualTo(0.5);
  }

  @Test
  void a_negative_indicator_divides_the_reference_value() {
    IndexResult r = run();
    // energy_price: AAA 6/3, BBB 6/12
    assertThat(r.normalised(3, r.economyIndex("AAA"))).isEqualTo(2);
    assertThat(r.normalised(3, r.economyIndex("BBB"))).isEqualTo(0.5);
  }

  @Test
  void a_dimension_is_the_weighted_mean_of_its_indicators() {
    IndexResult r = run();
    // D1 = (compute + 3·talent)/4: AAA (2 + 3)/4, BBB (0.5 + 6)/4
    assertThat(r.score("D1", r.economyIndex("AAA"))).isCloseTo(1.25, within(1e-12));
    assertThat(r.score("D1", r.economyIndex("BBB"))).isCloseTo(1.625, within(1e-12));
  }

  @Test
  void a_layer_is_the_mean_of_its_dimensions() {
    IndexResult r = run();
    // L1 = (D1 + D2)/2: AAA (1.25 + 0.5)/2, BBB (1.625 + 1.5)/2; L2 = (D3 + D4)/2 = 1.25 for both
    assertThat(r.score("L1", r.economyIndex("AAA"))).isCloseTo(0.875, within(1e-12));
    assertThat(r.score("L1", r.economyIndex("BBB"))).isCloseTo(1.5625, within(1e-12));
    assertThat(r.score("L2", r.economyIndex("AAA"))).isCloseTo(1.25, within(1e-12));
    assertThat(r.score("L2", r.economyIndex("BBB"))).isCloseTo(1.25, within(1e-12));
  }

  @Test
  void the_index_is_the_geometric_mean_of_the_layers() {
    IndexResult r = run();
    // sqrt(0.875 · 1.25) = sqrt(1.09375) ≈ 1.0458; sqrt(1.5625 · 1.25) = sqrt(1.953125) ≈ 1.3975
    assertThat(r.index(r.economyIndex("AAA"))).isCloseTo(Math.sqrt(1.09375), within(1e-12));
    assertThat(r.index(r.economyIndex("BBB"))).isCloseTo(Math.sqrt(1.953125), within(1e-12));
  }

  @Test
  void the_reference_scores_one_on_every_indicator_and_aggregate() {
    IndexResult r = run();
    int ref = r.economyIndex("REF");
    for (int i = 0; i < IDS.size(); i++) {
      assertThat(r.normalised(i, ref)).as(IDS.get(i)).isEqualTo(1);
    }
    for (String a : r.aggregates()) {
      assertThat(r.score(a, ref)).as(a).isCloseTo(1, within(1e-12));
    }
  }

  @Test
  void ranks_follow_the_index() {
    IndexResult r = run();
    // BBB 1.3975 > AAA 1.0458 > REF 1
    assertThat(r.rank(r.economyIndex("BBB"))).isEqualTo(1);
    assertThat(r.rank(r.economyIndex("AAA"))).isEqualTo(2);
    assertThat(r.rank(r.economyIndex("REF"))).isEqualTo(3);
  }

  @Test
  void a_missing_indicator_drops_out_and_its_siblings_weights_are_renormalised() {
    // AAA without talent: D1 = compute = 2 (weight 1 of 1)
    IndexResult r =
        Pipeline.run(
            framework(),
            dataWith(1, 1, Double.NaN),
            Methodology.of(framework(), PipelineSpec.defaults()));
    assertThat(r.score("D1", r.economyIndex("AAA"))).isEqualTo(2);
  }

  @Test
  void the_run_carries_its_methodology_and_reference() {
    Methodology m = Methodology.of(framework(), PipelineSpec.defaults().withYear(2020));
    IndexResult r = Pipeline.run(framework(), data(), m);
    assertThat(r.methodology()).isEqualTo(m);
    assertThat(r.reference()).isEqualTo("REF");
  }

  // ---- which year is used

  /** The fixture (2020) plus AAA's compute in 2022 (40) and 2024 (80). */
  static Dataset dataOverYears() {
    return data().with(List.of(obs("AAA", "compute", 2022, 40), obs("AAA", "compute", 2024, 80)));
  }

  @Test
  void the_latest_year_is_used_by_default() {
    IndexResult r =
        Pipeline.run(
            framework(), dataOverYears(), Methodology.of(framework(), PipelineSpec.defaults()));
    int aaa = r.economyIndex("AAA");
    // 80 / 10
    assertThat(r.observation(0, aaa).year()).isEqualTo(2024);
    assertThat(r.normalised(0, aaa)).isEqualTo(8);
  }

  @Test
  void with_year_uses_the_latest_year_at_or_before_it() {
    IndexResult r =
        Pipeline.run(
            framework(),
            dataOverYears(),
            Methodology.of(framework(), PipelineSpec.defaults().withYear(2023)));
    int aaa = r.economyIndex("AAA");
    // 40 / 10
    assertThat(r.observation(0, aaa).year()).isEqualTo(2022);
    assertThat(r.normalised(0, aaa)).isEqualTo(4);
  }

  @Test
  void with_year_before_a_newer_value_falls_back_to_the_older_one() {
    IndexResult r =
        Pipeline.run(
            framework(),
            dataOverYears(),
            Methodology.of(framework(), PipelineSpec.defaults().withYear(2021)));
    int aaa = r.economyIndex("AAA");
    // the fixture's 20 / 10
    assertThat(r.observation(0, aaa).year()).isEqualTo(2020);
    assertThat(r.normalised(0, aaa)).isEqualTo(2);
  }

  @Test
  void economies_without_a_value_at_or_before_the_year_are_left_out() {
    Dataset d = data().with(List.of(obs("NEW", "compute", 2024, 1)));
    IndexResult r =
        Pipeline.run(
            framework(), d, Methodology.of(framework(), PipelineSpec.defaults().withYear(2021)));
    assertThat(r.economies()).containsExactly("AAA", "BBB", "REF");
  }

  @Test
  void a_year_before_all_data_is_an_input_error() {
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                Pipeline.run(
                    framework(),
                    data(),
                    Methodology.of(framework(), PipelineSpec.defaults().withYear(2019))));
    assertThat(e)
        .hasMessageContaining("no economy has a value for any indicator of the framework")
        .hasMessageContaining("at or before 2019");
  }

  // ---- input errors

  @Test
  void an_indicator_without_data_is_an_input_error_suggesting_the_closest_id() {
    Framework fw =
        framework(COMPUTE, TALENT, PATENTS, ENERGY, indicator("adoptoin", 1, Direction.POSITIVE));
    InputException e =
        assertThrows(
            InputException.class,
            () -> Pipeline.run(fw, data(), Methodology.of(fw, PipelineSpec.defaults())));
    assertThat(e.problems()).hasSize(1);
    assertThat(e)
        .hasMessageContaining("framework mini, indicator index > L2 > D4 > adoptoin")
        .hasMessageContaining("indicator 'adoptoin' has no data in the dataset")
        .hasMessageContaining("(did you mean 'adoption'?)");
  }

  @Test
  void every_indicator_without_data_is_reported_at_once() {
    Framework fw =
        framework(
            indicator("gpu", 1, Direction.POSITIVE),
            TALENT,
            PATENTS,
            ENERGY,
            indicator("zzz", 1, Direction.POSITIVE));
    InputException e =
        assertThrows(
            InputException.class,
            () -> Pipeline.run(fw, data(), Methodology.of(fw, PipelineSpec.defaults())));
    assertThat(e.problems()).hasSize(2);
  }

  @Test
  void framework_problems_are_reported_by_the_run() {
    Framework fw =
        framework(COMPUTE, TALENT, PATENTS, ENERGY, indicator("adoption", 0, Direction.POSITIVE));
    InputException e =
        assertThrows(
            InputException.class,
            () -> Pipeline.run(fw, data(), Methodology.of(fw, PipelineSpec.defaults())));
    assertThat(e).hasMessageContaining("weight must be a positive number, found 0.0");
  }

  @Test
  void an_unknown_reference_is_an_input_error_listing_the_economies() {
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                Pipeline.run(
                    framework(),
                    data(),
                    Methodology.of(framework(), PipelineSpec.defaults().withReference("ZZZ"))));
    assertThat(e).hasMessageContaining("'ZZZ' is not among the economies with data: AAA BBB REF");
  }

  @Test
  void the_log_of_zero_is_an_input_error_naming_the_economy() {
    Framework fw =
        framework(
            COMPUTE,
            TALENT,
            new Node.Indicator(
                "patents", null, 1, Direction.POSITIVE, Transform.LOG, null, null, null),
            ENERGY,
            ADOPTION);
    // BBB's patents set to 0
    InputException e =
        assertThrows(
            InputException.class,
            () -> Pipeline.run(fw, dataWith(2, 2, 0), Methodology.of(fw, PipelineSpec.defaults())));
    assertThat(e)
        .hasMessageContaining("indicator 'patents', economy BBB (data.csv:BBB/patents)")
        .hasMessageContaining("the log transform needs a positive value, found 0.0");
  }

  @Test
  void a_log_transform_takes_the_natural_log_before_normalising() {
    Framework fw =
        framework(
            COMPUTE,
            TALENT,
            new Node.Indicator(
                "patents", null, 1, Direction.POSITIVE, Transform.LOG, null, null, null),
            ENERGY,
            ADOPTION);
    IndexResult r = Pipeline.run(fw, data(), Methodology.of(fw, PipelineSpec.defaults()));
    // BBB: ln 3 / ln 2 ≈ 1.585
    assertThat(r.normalised(2, r.economyIndex("BBB")))
        .isCloseTo(Math.log(3) / Math.log(2), within(1e-12));
  }

  @Test
  void a_geometric_mean_over_a_zero_is_an_input_error_naming_economy_and_child() {
    // BBB's patents 0 → ratio 0 → D2, now geometric, cannot take its log
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                Pipeline.run(
                    framework(),
                    dataWith(2, 2, 0),
                    Methodology.of(
                        framework(),
                        PipelineSpec.defaults().withAggregate(Aggregation.GEOMETRIC))));
    assertThat(e)
        .hasMessageContaining("node 'D2', economy BBB")
        .hasMessageContaining("'patents' scores 0.0");
  }

  @Test
  void a_floor_replaces_a_zero_before_a_geometric_mean() {
    IndexResult r =
        Pipeline.run(
            framework(),
            dataWith(2, 2, 0),
            Methodology.of(
                framework(),
                PipelineSpec.defaults()
                    .withAggregate(Aggregation.GEOMETRIC)
                    .withGeometricFloor(0.01)));
    // D2 = patents alone = max(0, 0.01)
    assertThat(r.score("D2", r.economyIndex("BBB"))).isCloseTo(0.01, within(1e-15));
    assertThat(r.notes()).anyMatch(n -> n.startsWith("floored: BBB patents 0 raised to 0.01 "));
  }

  @Test
  void a_floor_raises_positive_values_below_it_too() {
    // BBB's patents 0.002 → ratio 0.002/2 = 0.001 < floor 0.01; flooring only zeros would score a
    // zero (0.01) above a small positive value (0.001)
    IndexResult r =
        Pipeline.run(
            framework(),
            dataWith(2, 2, 0.002),
            Methodology.of(
                framework(),
                PipelineSpec.defaults()
                    .withAggregate(Aggregation.GEOMETRIC)
                    .withGeometricFloor(0.01)));
    assertThat(r.score("D2", r.economyIndex("BBB"))).isCloseTo(0.01, within(1e-15));
  }

  @Test
  void a_floor_leaves_arithmetic_means_alone() {
    // default aggregation: D2 is arithmetic, so BBB's zero patents stay 0
    IndexResult r =
        Pipeline.run(
            framework(),
            dataWith(2, 2, 0),
            Methodology.of(framework(), PipelineSpec.defaults().withGeometricFloor(0.01)));
    assertThat(r.score("D2", r.economyIndex("BBB"))).isEqualTo(0);
  }
}
