package org.aidx.analysis.coherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aidx.data.Dataset;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.method.normalise.MinMax;
import org.aidx.model.Direction;
import org.aidx.model.Observation;
import org.aidx.model.Provenance;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
import org.junit.jupiter.api.Test;

class CoherenceTest {
  @Test
  void cronbach_alpha_of_two_items_by_hand() {
    // var(1,2,3,4) = var(1,3,2,4) = 5/3; total (2,5,5,8) has variance 6: α = 2·(1 − (10/3)/6)
    double a = Coherence.cronbachAlpha(new double[][] {{1, 2, 3, 4}, {1, 3, 2, 4}});
    assertThat(a).isCloseTo(2 * (1 - (10.0 / 3) / 6), within(1e-12));
  }

  @Test
  void identical_items_have_alpha_one_and_a_single_item_none() {
    assertThat(Coherence.cronbachAlpha(new double[][] {{1, 2, 3, 4}, {2, 3, 4, 5}}))
        .isCloseTo(1, within(1e-12));
    assertThat(Coherence.cronbachAlpha(new double[][] {{1, 2, 3}})).isNaN();
  }

  @Test
  void first_component_of_two_items_with_r_08() {
    // r((1,2,3,4),(1,3,2,4)) = (4/3)/(5/3) = 0.8; eigenvalues 1 ± r; share (1+r)/2; loadings
    // √1.8/√2
    double[] pc = Coherence.firstComponent(new double[][] {{1, 2, 3, 4}, {1, 3, 2, 4}});
    assertThat(pc[0]).isCloseTo(0.9, within(1e-12));
    assertThat(pc[1]).isCloseTo(Math.sqrt(0.9), within(1e-12));
    assertThat(pc[2]).isCloseTo(Math.sqrt(0.9), within(1e-12));
  }

  @Test
  void pearson_and_spearman_skip_missing_pairs() {
    double[] a = {1, 2, 3, 4, Double.NaN};
    double[] b = {1, 3, 2, 4, 100};
    assertThat(Coherence.pearson(a, b)).isCloseTo(0.8, within(1e-12));
    // ranks equal the values here, so Spearman equals Pearson
    assertThat(Coherence.spearman(a, b)).isCloseTo(0.8, within(1e-12));
    // a monotone but non-linear relation: Spearman 1, Pearson below 1
    double[] c = {1, 8, 27, 64, 125};
    double[] d = {1, 2, 3, 4, 5};
    assertThat(Coherence.spearman(c, d)).isCloseTo(1, within(1e-12));
    assertThat(Coherence.pearson(c, d)).isLessThan(0.99);
  }

  /*
   * Index (arithmetic) of D1 = {a, b, c} (weights 1, 1, 1) and D2 = {d} (weight 3), min-max 0..1.
   * Over five economies a = b rise together, c falls as they rise (negatively correlated with
   * D1), d is unrelated. Nominal weights: D1 1/4, D2 3/4.
   */
  @Test
  void flags_negative_indicators_collinear_pairs_and_reports_weights() {
    List<Node> d1 = List.of(ind("a"), ind("b"), ind("c"));
    Node.Aggregate root =
        new Node.Aggregate(
            "index",
            null,
            "index",
            1,
            Aggregation.ARITHMETIC,
            List.of(
                new Node.Aggregate("D1", null, "dimension", 1, Aggregation.ARITHMETIC, d1, null),
                new Node.Aggregate(
                    "D2", null, "dimension", 3, Aggregation.ARITHMETIC, List.of(ind("d")), null)),
            null);
    Framework fw = new Framework("t", "t", root, MinMax.of(0, 1), null, false, Map.of(), "test");
    double[][] v = {
      {1, 2, 3, 4, 5}, // a
      {2, 4, 6, 8, 10}, // b
      {5, 4, 4, 2, 1}, // c
      {3, 1, 4, 1, 5} // d
    };
    String[] ids = {"a", "b", "c", "d"};
    List<Observation> obs = new ArrayList<>();
    Provenance p = new Provenance("test", "", "", "");
    for (int i = 0; i < 4; i++) {
      for (int e = 0; e < 5; e++) {
        obs.add(new Observation("E" + e, ids[i], 2020, v[i][e], p));
      }
    }
    var r =
        Pipeline.run(fw, Dataset.of(obs, Map.of()), Methodology.of(fw, PipelineSpec.defaults()));
    Coherence.Report c = Coherence.of(r);
    var byId =
        c.indicators().stream()
            .collect(java.util.stream.Collectors.toMap(i -> i.indicator(), i -> i));
    assertThat(byId.get("c").flags()).containsExactly("negatively correlated with its dimension");
    assertThat(byId.get("a").flags()).isEmpty();
    assertThat(byId.get("d").flags()).as("alone in its dimension").isEmpty();
    assertThat(byId.get("d").pearsonDimension()).isCloseTo(1, within(1e-12));
    assertThat(c.collinear())
        .anySatisfy(
            q -> {
              assertThat(q.first()).isEqualTo("a");
              assertThat(q.second()).isEqualTo("b");
              assertThat(q.pearson()).isCloseTo(1, within(1e-12));
              assertThat(q.sameDimension()).isTrue();
            });
    var dims = c.dimensions();
    assertThat(dims.get(0).nominalWeight()).isCloseTo(0.25, within(1e-12));
    assertThat(dims.get(1).nominalWeight()).isCloseTo(0.75, within(1e-12));
    assertThat(dims.get(0).effectiveWeight() + dims.get(1).effectiveWeight())
        .isCloseTo(1, within(1e-12));
    // index = (D1 + 3·D2)/4: D2's squared correlation with the index dominates
    assertThat(dims.get(1).effectiveWeight()).isGreaterThan(dims.get(0).effectiveWeight());
    assertThat(dims.get(1).cronbachAlpha()).isNaN();
    assertThat(dims.get(0).loadings()).hasSize(3);
  }

  private static Node.Indicator ind(String id) {
    return new Node.Indicator(id, id, 1, Direction.POSITIVE, null, null, null, null);
  }
}
