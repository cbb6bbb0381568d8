package org.aidx.analysis.uncertainty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidx.data.Dataset;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.Prepared;

/**
 * A replication regenerated as a full {@link IndexResult} through the ordinary pipeline, as an
 * edited methodology (COINr's {@code Regen}); see {@link CompiledIndex#replay}.
 */
final class Replay {
  private Replay() {}

  /**
   * The data stage under the nominal methodology with the drawn year, imputation, treatment,
   * normalisation and indicator choice (and the nominal weights, which relative-position imputation
   * uses), the core under the same methodology with the drawn weights and per-node aggregations, on
   * the tree without the left-out indicator.
   */
  static IndexResult of(Evaluator ev, DataVariants variants, Dataset data, double[] u) {
    ev.evaluate(u);
    int[] o = ev.choice.clone();
    Methodology variant = variants.methodology(o, new ArrayList<>());
    // the framework of the drawn indicator choice: same tree, same positions, other ids
    Framework fwv = variants.framework(o, new ArrayList<>());
    Prepared p = Pipeline.prepare(fwv, data, variant);
    List<Node.Indicator> inds = fwv.indicators();
    List<Node.Aggregate> aggs = fwv.aggregates();
    Map<String, Double> weights = new LinkedHashMap<>();
    Map<String, Aggregation> methods = new LinkedHashMap<>();
    for (int i = 0; i < inds.size(); i++) {
      weights.put(inds.get(i).id(), ev.ws.indicatorWeights[i]);
    }
    for (int a = 0; a < aggs.size(); a++) {
      if (a > 0) { // the root has no weight
        weights.put(aggs.get(a).id(), ev.ws.aggregateWeights[a]);
      }
      methods.put(aggs.get(a).id(), Aggregation.values()[ev.ws.method[a]]);
    }
    Methodology drawn = variant.withWeights(weights).withAggregations(methods);
    if (ev.ws.dropped >= 0) {
      String left = inds.get(ev.ws.dropped).id();
      p = p.withoutIndicator(ev.ws.dropped);
      drawn = drawn.withoutIndicator(left);
      fwv = fwv.withoutIndicator(left);
    }
    return Pipeline.run(fwv, data, drawn, p);
  }
}
