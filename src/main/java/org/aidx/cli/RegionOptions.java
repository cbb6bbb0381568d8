package org.aidx.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aidx.input.RegionInputs;
import org.aidx.model.InputException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the regions come from (shipped US data at a level, or the user's files) and the output. */
final class RegionOptions {
  @Mixin TableCsvJson output;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      defaultValue = "metro",
      description =
          "Shipped US data: metro (393 metropolitan areas, 2023), cbsa (with micropolitan), "
              + "county or state (default: ${DEFAULT-VALUE}).")
  String level;

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description = "Your regions: CSV code[,name],<indicator>… (instead of the shipped data).")
  Path data;

  @Option(
      names = "--crosswalk",
      paramLabel = "FILE",
      description = "Aggregate --data over CSV child,parent[,parent_name][,share].")
  Path crosswalk;

  @Option(
      names = "--rule",
      paramLabel = "IND=sum|mean",
      split = ",",
      description = "How each --data indicator aggregates: sum (counts) or mean (rates, weighted).")
  List<String> rules = new ArrayList<>();

  @Option(
      names = "--weight",
      paramLabel = "IND",
      description = "The population column of --data (weights of rates, per-capita denominator).")
  String weight;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Also write CSV, JSON, charts and maps (SVG, PNG) and manifest.json here.")
  Path out;

  RegionInputs inputs() {
    if (data == null) {
      if (crosswalk != null || !rules.isEmpty() || weight != null) {
        throw new InputException(
            "--crosswalk/--rule/--weight",
            "apply to your own --data only",
            "add --data FILE, or drop these options to use the shipped US data");
      }
      return RegionInputs.us(level);
    }
    return RegionInputs.custom(data, crosswalk, rules, weight);
  }
}
