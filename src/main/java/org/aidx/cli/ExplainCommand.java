package org.aidx.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.aidx.analysis.explain.GapDecomposition;
import org.aidx.analysis.explain.Standings;
import org.aidx.input.Inputs;
import org.aidx.model.InputException;
import org.aidx.model.Observation;
import org.aidx.pipeline.Coverage;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aidx explain ISO3}: raw values, scores and the decomposition of the gap. */
@Command(
    name = "explain",
    header = "Explain one economy's score: raw values, sources, contributions to the gap.",
    mixinStandardHelpOptions = true,
    description = {
      "Explain one economy's score: its raw values (with year and source), normalised scores, and",
      "each layer's, dimension's and indicator's contribution to its index and to its gap to the",
      "reference (or to --vs). Gaps are measured in logs, ln(index) − ln(index of the other), so that",
      "the contributions add up exactly under geometric means. 'share' is a node's part of its parent:",
      "its share of the parent's level under an arithmetic mean, its weight (exponent) under a",
      "geometric one. Imputed and floored values are marked in the raw values.",
      ""
    })
final class ExplainCommand implements Callable<Integer> {
  /** Below this absolute log gap (about 5%), percentages of the gap are not shown. */
  static final double SMALL_GAP = 0.05;

  @Spec CommandSpec spec;
  @Mixin RunOptions run;

  @Parameters(index = "0", paramLabel = "ISO3", description = "The economy to explain.")
  String economy;

  @Option(
      names = "--vs",
      paramLabel = "ISO3",
      description = "Compare with this economy (default: the reference).")
  String vs;

  @Override
  public Integer call() {
    Inputs in = run.inputs();
    IndexResult r =
        Pipeline.run(in.framework(), in.dataset(), Methodology.of(in.framework(), run.spec()));
    int a = r.requireEconomy(economy);
    String other = vs != null ? vs : r.reference();
    if (other == null) {
      throw new InputException(
          "--vs", "this framework has no reference economy", "name one with --vs ISO3");
    }
    int b = r.requireEconomy(other);
    PrintWriter w = spec.commandLine().getOut();
    w.printf(
        Locale.ROOT,
        "%s (%s): rank %s of %d, tier %d, index %.4f%n",
        r.name(a),
        r.economies().get(a),
        rank(r.rank(a)),
        r.economies().size(),
        r.tier(a),
        r.index(a));
    // the coverage rule of every ranked output (Coverage)
    for (int e : new int[] {a, b}) {
      Coverage cov = Coverage.of(r, e);
      if (cov.low() || e == a) {
        w.printf(
            Locale.ROOT,
            "Coverage of %s: %s%s%n",
            r.economies().get(e),
            cov.describe(),
            cov.low()
                ? String.format(
                    Locale.ROOT,
                    " — low coverage (below %.0f%%): its rank is flagged",
                    100 * cov.minShare())
                : "");
      }
    }
    w.printf(
        Locale.ROOT,
        "Compared with %s (%s): index %.4f; gap ln(%.4f / %.4f) = %+.4f%n%n",
        r.name(b),
        r.economies().get(b),
        r.index(b),
        r.index(a),
        r.index(b),
        Math.log(r.index(a) / r.index(b)));
    List<GapDecomposition.Contribution> cs = GapDecomposition.decompose(r, a, b);
    double total = cs.get(0).logGap();
    w.printf(
        Locale.ROOT,
        "%-58s %9s %9s %7s %9s %8s%n",
        "node",
        r.economies().get(a),
        r.economies().get(b),
        "share",
        "ln gap",
        "of gap");
    for (GapDecomposition.Contribution c : cs) {
      String label = "  ".repeat(c.depth()) + (c.indicator() ? "· " : "") + c.node();
      w.printf(
          Locale.ROOT,
          "%-58s %9s %9s %7s %+9.4f %8s%n",
          label.length() > 58 ? label.substring(0, 58) : label,
          score(c.score()),
          score(c.other()),
          Double.isNaN(c.shareOfParent())
              ? ""
              : String.format(Locale.ROOT, "%.0f%%", 100 * c.shareOfParent()),
          c.logGap(),
          Math.abs(total) < SMALL_GAP
              ? ""
              : String.format(Locale.ROOT, "%.0f%%", 100 * c.logGap() / total));
    }
    if (Math.abs(total) < SMALL_GAP) {
      w.printf(
          Locale.ROOT,
          "%nThe two indices are within %.0f%% of each other: percentages of so small a gap would"
              + " mislead, so only the log gaps are shown.%n",
          100 * (Math.exp(SMALL_GAP) - 1));
    }
    w.printf(
        Locale.ROOT,
        "%nContributions are exactly additive in logs: each layer's, dimension's and indicator's"
            + " 'ln gap' sums to its parent's,%nand the layers' to ln(%s / %s). A geometric mean is a"
            + " weighted sum of logs; an arithmetic node shares its parent's%nlog gap in proportion to"
            + " its children's weighted score differences. Largest residual: %.1e.%n",
        r.economies().get(a),
        r.economies().get(b),
        GapDecomposition.maxResidual(cs));
    w.printf(
        Locale.ROOT,
        "%nStrengths and weaknesses of %s: rank on each dimension, score, and places better (+) or"
            + " worse (-) than its overall rank %s:%n",
        r.economies().get(a),
        rank(r.rank(a)));
    List<Standings.Standing> strong = Standings.strengths(r, a);
    List<Standings.Standing> weak = Standings.weaknesses(r, a);
    w.println(
        "  strengths:  "
            + (strong.isEmpty()
                ? "none (no dimension ranks better than the index)"
                : standings(strong)));
    w.println(
        "  weaknesses: "
            + (weak.isEmpty()
                ? "none (no dimension ranks worse than the index)"
                : standings(weak)));
    w.println();
    w.println("Raw values used (indicator: value unit, year, source):");
    for (int i = 0; i < r.indicators().size(); i++) {
      Observation o = r.observation(i, a);
      String id = r.indicators().get(i);
      if (o == null) {
        w.printf(
            Locale.ROOT,
            "  %s: missing%s%n",
            id,
            r.imputed(i, a)
                ? String.format(
                    Locale.ROOT,
                    ", imputed %.4g (%s)",
                    r.prepared(i, a),
                    r.methodology().imputation().label())
                : "");
      } else {
        w.printf(
            Locale.ROOT,
            "  %s: %.6g %s, %d, %s%s%n",
            id,
            o.value(),
            o.provenance().unit(),
            o.year(),
            o.provenance().source(),
            r.floored(i, a)
                ? String.format(
                    Locale.ROOT,
                    " [zero: raised to the floor %.4g before normalisation]",
                    r.prepared(i, a))
                : "");
      }
    }
    w.flush();
    return 0;
  }

  private static String standings(List<Standings.Standing> list) {
    StringBuilder b = new StringBuilder();
    for (Standings.Standing s : list) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(
          String.format(
              Locale.ROOT,
              "%s (rank %s, score %.3f, %+.0f)",
              s.dimension(),
              rank(s.rank()),
              s.score(),
              s.advantage()));
    }
    return b.toString();
  }

  private static String rank(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** A score with four decimals, or "missing" (never "NaN"). */
  private static String score(double v) {
    return Double.isNaN(v) ? "missing" : String.format(Locale.ROOT, "%.4f", v);
  }
}
