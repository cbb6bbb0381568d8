package org.aidx.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --format table|csv|json} option shared by the commands that print a table for people,
 * CSV for spreadsheets or JSON for programs. Used as a picocli mixin.
 */
final class TableCsvJson {
  enum Format {
    table,
    csv,
    json
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table | csv | json (default: ${DEFAULT-VALUE}).")
  Format format;
}
