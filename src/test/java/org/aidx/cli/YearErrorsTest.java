package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.aidx.exposure.IndustryStructure;
import org.aidx.exposure.StructureScheme;
import org.aidx.input.ExposureFiles;
import org.junit.jupiter.api.Test;

/** A year outside the data, or not a year at all, is one precise line and exit code 2. */
class YearErrorsTest {
  /** The first year of the shipped value-added structures, read from the shipped file. */
  private static int firstStructureYear() {
    var structures = ExposureFiles.loadDefaultStructures();
    return structures.economies(StructureScheme.VALUE_ADDED).stream()
        .flatMap(e -> structures.series(e, StructureScheme.VALUE_ADDED).stream())
        .mapToInt(IndustryStructure::year)
        .min()
        .orElseThrow();
  }

  @Test
  void a_year_before_the_data_is_one_problem_naming_the_first_year() {
    int first = firstStructureYear();
    Cli c = Cli.run("index", "--year", String.valueOf(first - 20));
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err())
        .contains("1 problem(s)")
        .contains("the shipped data start in " + first)
        .contains("use --year " + first + " or later");
    assertThat(c.err().lines().filter(l -> l.startsWith("  - "))).hasSize(1);
  }

  @Test
  void the_first_year_of_the_data_still_runs() {
    Cli c = Cli.run("index", "--year", String.valueOf(firstStructureYear()), "--format", "csv");
    assertThat(c.code()).isZero();
  }

  @Test
  void a_year_that_is_not_a_number_is_one_line_and_no_usage_help() {
    Cli c = Cli.run("index", "--year", "abc");
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err())
        .contains("aidx index: Invalid value for option '--year': 'abc' is not an int")
        .contains("Run 'aidx index --help'")
        .doesNotContain("Usage:");
    assertThat(c.err().lines().count()).isLessThanOrEqualTo(3);
  }

  @Test
  void a_mistyped_option_keeps_the_suggestion() {
    Cli c = Cli.run("index", "--yeer", "2020");
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("Unknown option").contains("--year").doesNotContain("Usage:");
  }

  @Test
  void a_panel_starting_before_the_data_repeats_no_problem() {
    int first = firstStructureYear();
    Cli c = Cli.run("panel", "--from", String.valueOf(first - 10), "--to", String.valueOf(first));
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("the shipped data start in " + first);
    assertThat(c.err().lines().filter(l -> l.contains("the shipped data start"))).hasSize(1);
  }
}
