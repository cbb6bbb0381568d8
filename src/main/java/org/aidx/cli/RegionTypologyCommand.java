package org.aidx.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.aidx.analysis.region.Clusterer;
import org.aidx.analysis.region.KMeans;
import org.aidx.analysis.region.Scorecard;
import org.aidx.analysis.region.Typology;
import org.aidx.analysis.region.Ward;
import org.aidx.input.InputFile;
import org.aidx.input.RegionFiles;
import org.aidx.input.RegionInputs;
import org.aidx.model.InputException;
import org.aidx.output.Manifest;
import org.aidx.report.region.RegionCharts;
import org.aidx.report.region.RegionWriter;
import org.aidx.report.region.UsMaps;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aidx region typology}. */
@Command(
    name = "typology",
    header = "A data-driven typology of regions: groups from k-means++ or Ward, named by profile.",
    mixinStandardHelpOptions = true,
    description = {
      "Indicators (counts per person with --scaling per-capita) are z-scored over the regions and "
          + "clustered by k-means++ (many seeded starts, the best kept) or Ward. The number of "
          + "groups is chosen by the mean silhouette (or the gap statistic) unless --k is given; "
          + "each group's stability is its mean bootstrap Jaccard; groups are ranked by their mean "
          + "z-score and named from their profile (high X for mean z >= 0.5, low X for <= -0.5). "
          + "On the shipped metro data a scorecard shows where Brookings' 2021 superstars and "
          + "early adopters land.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  aidx region typology",
      "  aidx region typology --method ward --choose gap",
      "  aidx region typology --k 4 --out runs/typology     CSV, JSON, k-choice chart, map, manifest",
      "",
      "csv: code,name,group,group_name"
    })
final class RegionTypologyCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin RegionOptions region;

  @Option(
      names = "--indicators",
      paramLabel = "IND",
      split = ",",
      description =
          "Indicators to cluster on (default for the shipped data: ai_authorship,cs_rd,patents;"
              + " also ai_user_share, aige, ai_users, ai_authorship_embodied,"
              + " ai_authorship_nonembodied).")
  List<String> indicators = new ArrayList<>();

  @Option(
      names = "--scaling",
      paramLabel = "S",
      description =
          "both | per-capita | none: each count as a total and per resident (default for the"
              + " shipped data), per resident only (default for --data), or as it is.")
  String scaling;

  @Option(
      names = "--method",
      paramLabel = "M",
      defaultValue = "kmeans",
      description = "kmeans | ward (default: ${DEFAULT-VALUE}).")
  String method;

  @Option(
      names = "--k",
      paramLabel = "K",
      defaultValue = "0",
      description = "Number of groups; 0 chooses it from the data (default).")
  int k;

  @Option(
      names = "--kmax",
      paramLabel = "K",
      defaultValue = "8",
      description = "Largest k tried when choosing (default: ${DEFAULT-VALUE}).")
  int kmax;

  @Option(
      names = "--choose",
      paramLabel = "RULE",
      defaultValue = "silhouette",
      description = "silhouette | gap (default: ${DEFAULT-VALUE}).")
  String choose;

  @Option(
      names = "--starts",
      paramLabel = "N",
      defaultValue = "50",
      description = "k-means++ starts (default: ${DEFAULT-VALUE}).")
  int starts;

  @Option(
      names = "--references",
      paramLabel = "N",
      defaultValue = "20",
      description = "Reference data sets of the gap statistic (default: ${DEFAULT-VALUE}).")
  int references;

  @Option(
      names = "--bootstrap",
      paramLabel = "N",
      defaultValue = "50",
      description = "Bootstrap replicates for group stability (default: ${DEFAULT-VALUE}).")
  int bootstrap;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      defaultValue = "42",
      description = "Seed of every random draw (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    RegionInputs in = region.inputs();
    Typology spec0 = typology(in);
    Typology.Result r = spec0.run(in.table());
    Scorecard card = null;
    List<InputFile> inputs = new ArrayList<>(in.inputs());
    if (region.data == null && in.level().equals("metro")) {
      var published = RegionFiles.brookings();
      inputs.addAll(published.inputs());
      card = Scorecard.of(r, published.value());
    }
    var out = spec.commandLine().getOut();
    switch (region.output.format) {
      case csv -> out.print(RegionWriter.typologyCsv(r));
      case json -> out.print(RegionWriter.text(RegionWriter.typologyJson(r, card)));
      default -> out.print(RegionWriter.typologyText(r, card));
    }
    out.flush();
    if (region.out != null) {
      OutDir o =
          OutDir.at(region.out)
              .text("typology.csv", RegionWriter.typologyCsv(r))
              .text("groups.csv", RegionWriter.groupsCsv(r))
              .text("typology.json", RegionWriter.text(RegionWriter.typologyJson(r, card)));
      if (r.choice() != null) {
        o.chart("k-choice", RegionCharts.choice(r.choice()));
      }
      var map = UsMaps.groups(in, r, "Typology of " + in.level() + " areas (" + r.k() + " groups)");
      o.bytes("map-typology.svg", map.svgBytes()).bytes("map-typology.png", map.png());
      o.write(
          names ->
              Manifest.json(
                  "aidx region typology",
                  spec.commandLine().getParseResult().originalArgs(),
                  inputs,
                  TrendCommand.settings(
                      "level",
                      in.level(),
                      "typology",
                      spec0.describe(),
                      "k_rule",
                      r.kRule(),
                      "bootstrap",
                      bootstrap,
                      "gap_references",
                      references,
                      "naming_rule",
                      "high X: group mean z >= 0.5; low X: <= -0.5"),
                  names),
          spec.commandLine().getErr());
    }
    return 0;
  }

  private Typology typology(RegionInputs in) {
    List<String> ids = indicators;
    if (ids.isEmpty()) {
      if (region.data != null) {
        throw new InputException(
            "--indicators", "not given", "name the columns of " + region.data + " to cluster on");
      }
      ids = RegionFiles.TYPOLOGY_DEFAULT;
    }
    Clusterer c =
        switch (method.toLowerCase(Locale.ROOT)) {
          case "kmeans", "k-means" -> KMeans.of(Math.max(1, starts));
          case "ward" -> new Ward();
          default ->
              throw new InputException(
                  "--method " + method, "unknown method", "choose kmeans or ward");
        };
    String sc = scaling != null ? scaling : region.data == null ? "both" : "per-capita";
    Typology.Scaling s =
        switch (sc.toLowerCase(Locale.ROOT)) {
          case "per-capita", "per-worker", "per_capita" -> Typology.Scaling.PER_CAPITA;
          case "none" -> Typology.Scaling.NONE;
          case "both" -> Typology.Scaling.BOTH;
          default ->
              throw new InputException(
                  "--scaling " + sc, "unknown scaling", "choose both, per-capita or none");
        };
    Typology.Choice ch =
        switch (choose.toLowerCase(Locale.ROOT)) {
          case "silhouette" -> Typology.Choice.SILHOUETTE;
          case "gap" -> Typology.Choice.GAP;
          default ->
              throw new InputException(
                  "--choose " + choose, "unknown rule", "choose silhouette or gap");
        };
    if (k < 0 || kmax < 2 || references < 1 || bootstrap < 0 || starts < 1) {
      throw new InputException(
          "--k/--kmax/--references/--bootstrap/--starts",
          "k >= 0, kmax >= 2, references >= 1, bootstrap >= 0 and starts >= 1 are required",
          "e.g. --kmax 8 --references 20 --bootstrap 50 --starts 50");
    }
    if (s != Typology.Scaling.NONE && in.weight() == null) {
      throw new InputException(
          "--scaling " + sc, "needs a population", "add --weight COLUMN or --scaling none");
    }
    return new Typology(ids, s, in.weight(), c, k, kmax, ch, references, bootstrap, seed);
  }
}
