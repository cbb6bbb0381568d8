package org.aidx.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --format table|csv} option of the commands that print a table for people or CSV for
 * spreadsheets (and have no JSON form). Used as a picocli mixin.
 */
final class TableCsv {
  enum Format {
    table,
    csv
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table | csv (default: ${DEFAULT-VALUE}).")
  Format format;
}
