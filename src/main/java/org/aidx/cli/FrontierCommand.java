package org.aidx.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.aidx.analysis.explain.FrontierDistance;
import org.aidx.input.Inputs;
import org.aidx.output.TextTable;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code aidx frontier}: distance to the best performer per layer and dimension. */
@Command(
    name = "frontier",
    header = "Distance to the best performer on each layer and dimension.",
    mixinStandardHelpOptions = true,
    description = {
      "Distance to the frontier: on each layer and dimension, each economy's score as a share of",
      "the best performer's (ratio = score / best) and the absolute gap (best − score).",
      ""
    },
    footer = {
      "",
      "The table shows ratios (1 = on the frontier). Output columns (csv, one row per node and economy):",
      "node,iso3,score,frontier,frontier_score,gap,ratio",
      "",
      "Examples:",
      "  aidx frontier",
      "  aidx frontier --format csv"
    })
final class FrontierCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions run;

  @Mixin TableCsv output;

  @Override
  public Integer call() {
    Inputs in = run.inputs();
    IndexResult r =
        Pipeline.run(in.framework(), in.dataset(), Methodology.of(in.framework(), run.spec()));
    List<FrontierDistance.Distance> ds = FrontierDistance.of(r);
    var w = spec.commandLine().getOut();
    if (output.format == TableCsv.Format.csv) {
      TextTable t =
          new TextTable(
              List.of("node", "iso3", "score", "frontier", "frontier_score", "gap", "ratio"),
              Set.of());
      for (FrontierDistance.Distance d : ds) {
        t.add(
            List.of(
                d.node(),
                d.iso3(),
                num(d.score()),
                d.frontier(),
                num(d.frontierScore()),
                num(d.gap()),
                num(d.ratio())));
      }
      w.print(t.csv());
      w.flush();
      return 0;
    }
    List<String> nodes = FrontierDistance.nodes(r);
    List<String> head = new ArrayList<>(List.of("iso3"));
    head.addAll(nodes);
    TextTable t = new TextTable(head, Set.of(0));
    Map<String, Map<String, FrontierDistance.Distance>> byEconomy = new LinkedHashMap<>();
    for (FrontierDistance.Distance d : ds) {
      byEconomy.computeIfAbsent(d.iso3(), k -> new LinkedHashMap<>()).put(d.node(), d);
    }
    byEconomy.forEach(
        (e, m) -> {
          List<String> row = new ArrayList<>(List.of(e));
          for (String n : nodes) {
            double v = m.get(n).ratio();
            row.add(Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v));
          }
          t.add(row);
        });
    w.println("Share of the best performer's score (1 = on the frontier):");
    w.println();
    w.print(t.aligned());
    w.println();
    w.println("Frontier (best performer, score) per node:");
    for (String n : nodes) {
      FrontierDistance.Distance d =
          ds.stream().filter(x -> x.node().equals(n)).findFirst().orElseThrow();
      w.printf(Locale.ROOT, "  %-22s %s, %.4f%n", n, d.frontier(), d.frontierScore());
    }
    w.flush();
    return 0;
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }
}
