package org.aidx.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.aidx.analysis.scenario.TargetSearch;
import org.aidx.framework.Levels;
import org.aidx.framework.Node;
import org.aidx.input.Inputs;
import org.aidx.model.InputException;
import org.aidx.model.Names;
import org.aidx.output.TextTable;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aidx target ISO3 --rank R | --tier T}: what would it take. */
@Command(
    name = "target",
    header = "What would it take: the smallest change of one dimension to reach a rank or tier.",
    mixinStandardHelpOptions = true,
    description = {
      "What would it take: the smallest common factor f by which one dimension's indicators (or one",
      "indicator) of the economy must improve to reach a rank or tier, the others unchanged.",
      "Positive indicators are multiplied by f, negative ones divided by f. Found by bisection in",
      "log f after checking on a grid that the index rises with f; 'not reachable by this dimension",
      "alone' when even f = --max-factor does not do it. Tiers use the baseline's Jenks breaks.",
      ""
    },
    footer = {
      "",
      "Output columns (csv): lever,reachable,factor,change_pct,index,rank,monotone,indicators,note",
      "",
      "Examples:",
      "  aidx target JPN --rank 3                 every dimension, smallest factor first",
      "  aidx target JPN --rank 1 --dimension compute",
      "  aidx target BRA --tier 1 --indicator private_ai_investment"
    })
final class TargetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions run;

  @Parameters(index = "0", paramLabel = "ISO3", description = "The economy.")
  String economy;

  @ArgGroup(exclusive = true, multiplicity = "1")
  GoalOptions goal;

  static final class GoalOptions {
    @Option(names = "--rank", paramLabel = "R", description = "Reach rank R or better.")
    Integer rank;

    @Option(names = "--tier", paramLabel = "T", description = "Reach tier T or higher.")
    Integer tier;
  }

  @ArgGroup(exclusive = true)
  LeverOptions lever;

  static final class LeverOptions {
    @Option(
        names = "--dimension",
        paramLabel = "D",
        description = "Improve only this dimension (default: try each dimension).")
    String dimension;

    @Option(names = "--indicator", paramLabel = "I", description = "Improve only this indicator.")
    String indicator;
  }

  @Option(
      names = "--max-factor",
      paramLabel = "F",
      defaultValue = "1000",
      description = "Largest factor tried (default: ${DEFAULT-VALUE}).")
  double maxFactor;

  @Mixin TableCsv output;

  @Override
  public Integer call() {
    Inputs in = run.inputs();
    Methodology ps = Methodology.of(in.framework(), run.spec());
    IndexResult base = Pipeline.run(in.framework(), in.dataset(), ps);
    String iso3 = economy.trim().toUpperCase(Locale.ROOT);
    int e = base.requireEconomy(iso3);
    int n = base.economies().size();
    TargetSearch.Goal g;
    if (goal.rank != null) {
      if (goal.rank < 1 || goal.rank > n) {
        throw new InputException(
            "--rank " + goal.rank, "a rank must be between 1 and " + n, "pass --rank 1 to " + n);
      }
      g = new TargetSearch.Rank(goal.rank);
    } else {
      int tiers = base.tiering().count();
      if (goal.tier < 1 || goal.tier > tiers) {
        throw new InputException(
            "--tier " + goal.tier,
            "the baseline has " + tiers + " tier(s)",
            "pass --tier 1 to " + tiers);
      }
      g = new TargetSearch.Tier(goal.tier);
    }
    if (!(maxFactor > 1)) {
      throw new InputException(
          "--max-factor " + maxFactor, "the largest factor must be above 1", "e.g. 1000");
    }
    TargetSearch search = TargetSearch.defaults().withMaxFactor(maxFactor);
    List<TargetSearch.Outcome> outcomes = new ArrayList<>();
    if (lever == null) {
      outcomes.addAll(search.searchAll(in.framework(), in.dataset(), ps, iso3, g));
    } else {
      String id = lever.dimension != null ? lever.dimension : lever.indicator;
      checkLever(in.framework().root(), id, lever.dimension != null, in.framework());
      outcomes.add(search.search(in.framework(), in.dataset(), ps, iso3, g, id));
    }
    TextTable t =
        new TextTable(
            List.of(
                "lever",
                "reachable",
                "factor",
                "change_pct",
                "index",
                "rank",
                "monotone",
                "indicators",
                "note"),
            Set.of(0, 1, 6, 8));
    for (TargetSearch.Outcome o : outcomes) {
      t.add(
          List.of(
              o.lever(),
              o.reachable() ? "yes" : "no",
              o.reachable() ? String.format(Locale.ROOT, "%.6g", o.factor()) : "",
              o.reachable() ? String.format(Locale.ROOT, "%.1f", 100 * (o.factor() - 1)) : "",
              String.format(Locale.ROOT, "%.4f", o.index()),
              rank(o.rank()),
              o.monotone() ? "yes" : "no",
              Integer.toString(o.indicators()),
              o.note()));
    }
    var w = spec.commandLine().getOut();
    if (output.format == TableCsv.Format.csv) {
      w.print(t.csv());
    } else {
      w.printf(
          Locale.ROOT,
          "%s (%s): rank %s, tier %d, index %.4f. Target: %s.%n%n",
          base.name(e),
          iso3,
          rank(base.rank(e)),
          base.tier(e),
          base.index(e),
          g.label());
      w.print(t.aligned());
      w.println();
      w.println(
          "factor: every indicator of the lever improved by this factor (negative indicators divided"
              + " by it); change_pct = 100·(factor − 1).");
    }
    w.flush();
    return 0;
  }

  private static void checkLever(
      Node root, String id, boolean dimension, org.aidx.framework.Framework fw) {
    List<String> known =
        dimension
            ? Levels.dimensions(fw).stream().map(Node::id).toList()
            : fw.indicators().stream().map(Node::id).toList();
    if (!known.contains(id)) {
      throw new InputException(
          (dimension ? "--dimension " : "--indicator ") + id,
          "not a "
              + (dimension ? "dimension" : "indicator")
              + " of "
              + fw.id()
              + ": "
              + String.join(" ", known),
          Names.closest(id, known)
              .map(s -> "did you mean " + s + "?")
              .orElse("use one of these ids"));
    }
  }

  private static String rank(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
