package org.aidx.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aidx.analysis.region.Concentration;
import org.aidx.input.RegionFiles;
import org.aidx.input.RegionInputs;
import org.aidx.output.Manifest;
import org.aidx.report.region.RegionCharts;
import org.aidx.report.region.RegionWriter;
import org.aidx.report.region.UsMaps;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aidx region concentrate}. */
@Command(
    name = "concentrate",
    header = "How concentrated an amount is across regions: top-k shares, HHI, Gini, Theil, LQ.",
    mixinStandardHelpOptions = true,
    description = {
      "Top-k shares of the national total (all counties, not only the regions listed), the "
          + "Herfindahl-Hirschman index of the regions' shares, Gini and Theil (each region counts "
          + "alike, or with --basis per-capita each person), location quotients (share of the "
          + "amount / share of population) and the Lorenz curve. Default amount: AI conference "
          + "papers by US affiliation (fractional, 2015-2024, built by the records job metro-authorship).",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  aidx region concentrate --top 6,15",
      "  aidx region concentrate --basis per-capita --level county --format csv",
      "  aidx region concentrate --out runs/concentration   CSV, JSON, Lorenz chart, maps, manifest",
      "",
      "csv: rank,code,name,amount,population,share_of_nation,per_capita,location_quotient"
    })
final class RegionConcentrateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin RegionOptions region;

  @Option(
      names = "--indicator",
      paramLabel = "IND",
      description =
          "A count indicator (default: ai_authorship for the shipped data; also cs_rd, patents, ai_users, ai_authorship_embodied, ai_authorship_nonembodied; else required).")
  String indicator;

  @Option(
      names = "--top",
      paramLabel = "K",
      split = ",",
      description = "The k of the top-k shares (default: 6,15, as in Brookings' study).")
  List<Integer> top = new ArrayList<>(List.of(6, 15));

  @Option(
      names = "--basis",
      paramLabel = "BASIS",
      defaultValue = "absolute",
      description =
          "absolute | per-capita: who counts alike in Gini, Theil, Lorenz (default: ${DEFAULT-VALUE}).")
  String basis;

  @Option(
      names = "--rows",
      paramLabel = "N",
      defaultValue = "20",
      description = "Regions shown in the table (default: ${DEFAULT-VALUE}).")
  int rows;

  @Override
  public Integer call() {
    RegionInputs in = region.inputs();
    String ind =
        indicator != null ? indicator : region.data == null ? RegionFiles.AI_AUTHORSHIP : null;
    if (ind == null) {
      throw new org.aidx.model.InputException(
          "--indicator", "not given", "name a count column of " + region.data);
    }
    Concentration.Basis b = basis(basis);
    List<String> notes = new ArrayList<>(in.notes());
    Concentration.Result r = in.concentration(ind, top, b, notes);
    var out = spec.commandLine().getOut();
    switch (region.output.format) {
      case csv -> out.print(RegionWriter.concentrationCsv(r));
      case json -> out.print(RegionWriter.text(RegionWriter.concentrationJson(r, notes)));
      default -> out.print(RegionWriter.concentrationText(r, notes, rows));
    }
    out.flush();
    if (region.out != null) {
      Map<String, Double> perCapita = new HashMap<>();
      for (Concentration.Row row : r.rows()) {
        perCapita.put(row.region().code(), row.perCapita());
      }
      OutDir o =
          OutDir.at(region.out)
              .text("concentration.csv", RegionWriter.concentrationCsv(r))
              .text(
                  "concentration.json", RegionWriter.text(RegionWriter.concentrationJson(r, notes)))
              .chart("lorenz", RegionCharts.lorenz(r, in.table().indicator(ind).label()));
      var map = UsMaps.numeric(in, perCapita, ind + " per person, by " + in.level(), "%.3f");
      o.bytes("map-" + in.level() + ".svg", map.svgBytes())
          .bytes("map-" + in.level() + ".png", map.png());
      o.write(
          names ->
              Manifest.json(
                  "aidx region concentrate",
                  spec.commandLine().getParseResult().originalArgs(),
                  in.inputs(),
                  TrendCommand.settings(
                      "level",
                      in.level(),
                      "indicator",
                      ind,
                      "basis",
                      b,
                      "top",
                      top,
                      "national_total",
                      "sum over all child regions with a value"),
                  names),
          spec.commandLine().getErr());
    }
    return 0;
  }

  static Concentration.Basis basis(String s) {
    return switch (s.toLowerCase(java.util.Locale.ROOT)) {
      case "absolute" -> Concentration.Basis.ABSOLUTE;
      case "per-capita", "per_capita" -> Concentration.Basis.PER_CAPITA;
      default ->
          throw new org.aidx.model.InputException(
              "--basis " + s, "unknown basis", "choose absolute or per-capita");
    };
  }
}
