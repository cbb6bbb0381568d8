package org.aidx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.aidx.analysis.compare.Comparison;
import org.aidx.data.Dataset;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.framework.Intensity;
import org.aidx.framework.Node;
import org.aidx.framework.Transform;
import org.aidx.framework.Weights;
import org.aidx.method.normalise.Ratio;
import org.aidx.model.Direction;
import org.aidx.model.InputException;
import org.junit.jupiter.api.Test;

/** --weight NODE=W and the intensity views, on PipelineTest's hand-sized index. */
class WeightsAndViewsTest {
  private static IndexResult run(String... weights) {
    Framework fw = Weights.parse(List.of(weights)).apply(PipelineTest.framework(), "--weight ");
    return Pipeline.run(fw, PipelineTest.data(), Methodology.of(fw, PipelineSpec.defaults()));
  }

  private static double index(IndexResult r, String economy) {
    return r.score("index", r.economies().indexOf(economy));
  }

  @Test
  void a_zero_weight_leaves_the_indicator_out_and_its_sibling_takes_its_share() {
    // D1 = compute alone: AAA 2, BBB 0.5; L1 = (D1 + D2)/2: AAA 1.25, BBB 1; L2 = 1.25 for both
    IndexResult r = run("talent=0");
    assertThat(index(r, "AAA")).isCloseTo(Math.sqrt(1.25 * 1.25), within(1e-12));
    assertThat(index(r, "BBB")).isCloseTo(Math.sqrt(1.0 * 1.25), within(1e-12));
    assertThat(r.framework().find("talent")).isEmpty();
  }

  @Test
  void a_zero_weight_on_a_dimension_leaves_the_layer_to_the_other_dimension() {
    // L1 = D1: AAA 1.25, BBB 1.625
    IndexResult r = run("D2=0");
    assertThat(index(r, "AAA")).isCloseTo(Math.sqrt(1.25 * 1.25), within(1e-12));
    assertThat(index(r, "BBB")).isCloseTo(Math.sqrt(1.625 * 1.25), within(1e-12));
  }

  @Test
  void a_positive_weight_replaces_the_framework_s_own() {
    // compute 3, talent 3: D1 = (3·2 + 3·1)/6 = 1.5 for AAA, (3·0.5 + 3·2)/6 = 1.25 for BBB
    IndexResult r = run("compute=3");
    int aaa = r.economies().indexOf("AAA");
    int bbb = r.economies().indexOf("BBB");
    assertThat(r.score("D1", aaa)).isCloseTo(1.5, within(1e-12));
    assertThat(r.score("D1", bbb)).isCloseTo(1.25, within(1e-12));
  }

  @Test
  void the_title_says_which_weights_were_changed() {
    assertThat(run("talent=0", "L1=2").framework().name())
        .endsWith("weights talent=0 (left out), L1=2");
  }

  @Test
  void an_unknown_node_is_refused_with_the_closest_id() {
    InputException e = assertThrows(InputException.class, () -> run("talnet=2"));
    assertThat(e.getMessage()).contains("--weight talnet").contains("did you mean 'talent'?");
  }

  @Test
  void leaving_out_every_child_of_a_node_is_refused() {
    InputException e = assertThrows(InputException.class, () -> run("patents=0"));
    assertThat(e.getMessage())
        .contains("every child of 'D2' has weight 0")
        .contains("give 'D2' itself weight 0");
  }

  @Test
  void negative_and_malformed_weights_are_refused_together() {
    InputException e =
        assertThrows(InputException.class, () -> Weights.parse(List.of("a=-1", "b", "c=x")));
    assertThat(e.problems()).hasSize(3);
    assertThat(e.getMessage()).contains("NODE=W with W a number >= 0");
  }

  @Test
  void the_root_has_no_weight_to_change() {
    InputException e = assertThrows(InputException.class, () -> run("index=2"));
    assertThat(e.getMessage()).contains("has no siblings");
  }

  /*
   * Intensity view: index = arithmetic mean of a count (absolute) and a score (rate), ratio to REF.
   *          count  score  pop
   *   REF      10     50    1
   *   AAA      20     50    4
   * absolute view:   AAA (20/10 + 50/50)/2 = 1.5
   * per capita view: count/pop = 10 and 5, so AAA (5/10 + 1)/2 = 0.75; the score is not divided
   */
  private static Framework scaled(Node.Scale countScale) {
    Node.Indicator count =
        new Node.Indicator(
            "count", null, 1, Direction.POSITIVE, null, null, null, null, null, countScale);
    Node.Indicator score =
        new Node.Indicator(
            "score", null, 1, Direction.POSITIVE, null, null, null, null, null, Node.Scale.RATE);
    Node.Aggregate root =
        new Node.Aggregate(
            "index", null, null, 1, Aggregation.ARITHMETIC, List.of(count, score), null);
    return new Framework(
        "mini", "Mini", root, new Ratio(), "REF", false, Map.of("per-capita", "pop"), null);
  }

  private static Dataset scaledData() {
    return Dataset.of(
        List.of(
            PipelineTest.obs("REF", "count", 2020, 10),
            PipelineTest.obs("REF", "score", 2020, 50),
            PipelineTest.obs("REF", "pop", 2020, 1),
            PipelineTest.obs("AAA", "count", 2020, 20),
            PipelineTest.obs("AAA", "score", 2020, 50),
            PipelineTest.obs("AAA", "pop", 2020, 4)),
        Map.of());
  }

  @Test
  void per_capita_divides_absolute_indicators_and_leaves_rates() {
    Framework fw = Intensity.PER_CAPITA.apply(scaled(Node.Scale.ABSOLUTE));
    IndexResult abs =
        Pipeline.run(
            scaled(Node.Scale.ABSOLUTE),
            scaledData(),
            Methodology.of(scaled(Node.Scale.ABSOLUTE), PipelineSpec.defaults()));
    IndexResult per = Pipeline.run(fw, scaledData(), Methodology.of(fw, PipelineSpec.defaults()));
    assertThat(index(abs, "AAA")).isCloseTo(1.5, within(1e-12));
    assertThat(index(per, "AAA")).isCloseTo(0.75, within(1e-12));
    assertThat(((Node.Indicator) fw.find("score").orElseThrow()).transform())
        .isEqualTo(Transform.NONE);
  }

  @Test
  void the_view_is_named_in_the_title() {
    assertThat(Intensity.PER_GDP.apply(scaled(Node.Scale.ABSOLUTE)).name())
        .isEqualTo(
            "Mini, intensity view per GDP (1 absolute indicators ÷ gdp_current_usd;"
                + " rates, scores and shares as they are)");
  }

  @Test
  void an_indicator_without_a_declared_scale_stops_the_view() {
    InputException e =
        assertThrows(InputException.class, () -> Intensity.PER_CAPITA.apply(scaled(null)));
    assertThat(e.getMessage()).contains("indicator count").contains("add 'scale: absolute'");
  }

  @Test
  void an_unknown_view_names_the_two_that_exist() {
    InputException e = assertThrows(InputException.class, () -> Intensity.parse("head"));
    assertThat(e.getMessage()).contains("--per capita or --per gdp");
    assertThat(Intensity.parse("per-capita")).isEqualTo(Intensity.PER_CAPITA);
  }

  @Test
  void compare_names_the_dimension_left_out_as_the_driver_of_the_economy_it_held_back() {
    // AAA scores 0.5 on patents (D2). In A, L1 = (D1 + D2)/2 = (1.25 + 0.5)/2 against REF's 1:
    // the arithmetic terms differ by +0.125 (D1) and -0.25 (D2), so L1's log-gap contribution
    // ½·ln 0.875 splits into +½·|ln 0.875| for D1 and ln 0.875 for D2. In B (D2 left out) D2
    // contributes 0: its change is -ln 0.875 = +0.1335, the largest, so D2 is the driver.
    Comparison c = Comparison.of(run(), run("D2=0"));
    Comparison.Row aaa =
        c.rows().stream().filter(r -> r.iso3().equals("AAA")).findFirst().orElseThrow();
    assertThat(c.comparator()).isEqualTo("REF");
    assertThat(aaa.driver()).isEqualTo("D2");
    assertThat(aaa.driverChange()).isCloseTo(-Math.log(0.875), within(1e-12));
    assertThat(aaa.gapChange())
        .isCloseTo(Math.log(1.25) - Math.log(Math.sqrt(0.875 * 1.25)), within(1e-12));
  }
}
