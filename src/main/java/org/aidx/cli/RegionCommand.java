package org.aidx.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code aidx region ...}: concentration and typology of regions inside a country. */
@Command(
    name = "region",
    header =
        "Geography of AI inside a country: concentration and a typology of regions, with maps.",
    mixinStandardHelpOptions = true,
    description = {
      "Sub-national analysis on the shipped US data (Microsoft AI user share 2026 Q1 by county, "
          + "Census population 2024, Felten et al. AI exposure, OMB 2023 metro areas) or your own "
          + "regions with a crosswalk.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  aidx region concentrate                        AI users: top-6/15 shares, HHI, Gini, Theil, LQ",
      "  aidx region concentrate --basis per-capita --level state",
      "  aidx region typology                           k-means++ groups of the 393 metro areas",
      "  aidx region typology --method ward --k 4 --out runs/typology",
      "  aidx region concentrate --data r.csv --crosswalk cw.csv --rule pop=sum,papers=sum --weight pop"
    },
    subcommands = {RegionConcentrateCommand.class, RegionTypologyCommand.class})
final class RegionCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
