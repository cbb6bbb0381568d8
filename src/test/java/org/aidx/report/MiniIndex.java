package org.aidx.report;

import java.util.List;
import java.util.Map;
import org.aidx.data.Dataset;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.method.normalise.Ratio;
import org.aidx.model.Direction;
import org.aidx.model.Observation;
import org.aidx.model.Provenance;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;

/*
 * A hand-sized index whose names and sources need escaping, relative to REF:
 *
 *   index (arithmetic) = D1 (weight 1: arithmetic mean of a, b) and D2 (weight 3: c)
 *
 *            a (year)      b (year)      c (year)
 *   REF     10 (2019)      4 (2020)      2 (2020)
 *   AAA     20 (2021)      8 (2020)      1 (2020)
 *   BBB      5 (2020)      missing     3.2 (2020)
 *
 * Ratios to REF: a 1, 2, 0.5; b 1, 2, -; c 1, 0.5, 1.6.
 * D1 = mean of a and b present: REF 1, AAA 2, BBB 0.5.   D2: REF 1, AAA 0.5, BBB 1.6.
 * index = (D1 + 3·D2)/4: REF 1, AAA (2 + 1.5)/4 = 0.875, BBB (0.5 + 4.8)/4 = 1.325,
 * so ranks BBB 1, REF 2, AAA 3; D1 is 25% and D2 75% of the index.
 * BBB's value of a has a source with markup; AAA's name has <&> and quotes.
 */
final class MiniIndex {
  static final String AAA_NAME = "Zeta <&> \"Land\"";
  static final String BBB_NAME = "B'ville";
  static final String MARKUP_SOURCE = "<script>alert(1)</script> & Co";

  private MiniIndex() {}

  static Framework framework() {
    Node.Indicator a =
        new Node.Indicator("a", "Indicator <a>", 1, Direction.POSITIVE, null, null, null, null);
    Node.Indicator b = new Node.Indicator("b", null, 1, Direction.POSITIVE, null, null, null, null);
    Node.Indicator c = new Node.Indicator("c", null, 1, Direction.POSITIVE, null, null, null, null);
    Aggregation ar = Aggregation.ARITHMETIC;
    Node.Aggregate d1 = new Node.Aggregate("D1", null, "dimension", 1, ar, List.of(a, b), null);
    Node.Aggregate d2 = new Node.Aggregate("D2", null, "dimension", 3, ar, List.of(c), null);
    Node.Aggregate root =
        new Node.Aggregate("index", "Mini index", "index", 1, ar, List.of(d1, d2), null);
    return new Framework("mini", "Mini & Co index", root, new Ratio(), "REF", true, Map.of(), null);
  }

  static Dataset dataset() {
    return Dataset.of(
        List.of(
            obs("REF", "a", 2019, 10, "Src A"),
            obs("AAA", "a", 2021, 20, "Src A"),
            obs("BBB", "a", 2020, 5, MARKUP_SOURCE),
            obs("REF", "b", 2020, 4, "Src B"),
            obs("AAA", "b", 2020, 8, "Src B"),
            obs("REF", "c", 2020, 2, "Src C"),
            obs("AAA", "c", 2020, 1, "Src C"),
            obs("BBB", "c", 2020, 3.2, "Src C")),
        Map.of("REF", "Reference", "AAA", AAA_NAME, "BBB", BBB_NAME));
  }

  private static Observation obs(String e, String i, int year, double v, String source) {
    return new Observation(e, i, year, v, new Provenance(source, "count", "mini.csv", ""));
  }

  static IndexResult result(PipelineSpec spec) {
    return Pipeline.run(framework(), dataset(), Methodology.of(framework(), spec));
  }

  static IndexResult result() {
    return result(PipelineSpec.defaults());
  }

  static String manifest(IndexResult r) {
    return ResultWriter.manifest(
        "aidx report",
        List.of("report", "--out", "x"),
        List.of(),
        r.framework(),
        r.methodology(),
        ReportFiles.outputs(r));
  }
}
