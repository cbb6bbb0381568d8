package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bad input gets one clear message naming the file, line and column (or node), exit code 2, no
 * stack trace, and the input file untouched.
 */
class BadInputTest {
  @TempDir Path dir;

  private static final String FRAMEWORK =
      String.join(
          "\n",
          "id: tiny",
          "reference: AAA",
          "relative_to_reference: true",
          "normalisation: ratio",
          "root:",
          "  id: index",
          "  aggregation: geometric",
          "  children:",
          "    - id: one",
          "      aggregation: arithmetic",
          "      children:",
          "        - indicator: x",
          "    - id: two",
          "      aggregation: arithmetic",
          "      children:",
          "        - indicator: y",
          "");

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Cli runAndCheckUntouched(Path input, String... args) throws IOException {
    byte[] before = Files.readAllBytes(input);
    Cli c = Cli.run(args);
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).doesNotContain("Exception").doesNotContain("\tat ");
    return c;
  }

  private Cli index(Path data) throws IOException {
    Path fw = write("fw.yaml", FRAMEWORK.replace("AAA", "USA"));
    return runAndCheckUntouched(
        data, "index", "--framework", fw.toString(), "--data", data.toString());
  }

  @Test
  void a_missing_file_is_named() throws IOException {
    Path fw = write("fw.yaml", FRAMEWORK);
    Cli c =
        Cli.run(
            "index", "--framework", fw.toString(), "--data", dir.resolve("nope.csv").toString());
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("nope.csv").contains("file not found");
  }

  @Test
  void a_row_with_the_wrong_column_count_names_its_line() throws IOException {
    Path d = write("d.csv", "iso3,indicator,year,value\nUSA,x,2020,1\nDEU,x,2020\n");
    assertThat(index(d).err())
        .contains("d.csv line 3")
        .contains("expected 4 columns")
        .contains("found 3");
  }

  @Test
  void a_non_numeric_value_names_line_and_column() throws IOException {
    Path d = write("d.csv", "iso3,indicator,year,value\nUSA,x,2020,1\nDEU,x,2020,abc\n");
    assertThat(index(d).err())
        .contains("d.csv line 3, column 'value'")
        .contains("'abc' is not a number")
        .contains("Fix:");
  }

  @Test
  void a_duplicate_economy_indicator_year_names_both_lines() throws IOException {
    Path d = write("d.csv", "iso3,indicator,year,value\nUSA,x,2020,1\nUSA,x,2020,2\n");
    assertThat(index(d).err())
        .contains("d.csv line 3")
        .contains("duplicate value for (USA, x, 2020)")
        .contains("line 2");
  }

  @Test
  void an_unknown_iso3_code_is_named() throws IOException {
    Path d = write("d.csv", "iso3,indicator,year,value\nUSA,x,2020,1\nXYZ,x,2020,2\n");
    assertThat(index(d).err())
        .contains("d.csv line 3, column 'iso3'")
        .contains("'XYZ' is not an ISO 3166 code or a known economy name");
  }

  @Test
  void a_framework_indicator_without_data_is_named_with_its_path() throws IOException {
    Path d = write("d.csv", "iso3,indicator,year,value\nUSA,x,2020,1\nDEU,x,2020,2\n");
    assertThat(index(d).err()).contains("index > two > y").contains("'y' has no data");
  }

  @Test
  void weights_that_are_not_positive_numbers_are_all_reported() throws IOException {
    Path d = write("d.csv", "iso3,indicator,year,value\nUSA,x,2020,1\nUSA,y,2020,1\n");
    Path fw =
        write(
            "fw.yaml",
            FRAMEWORK
                .replace("AAA", "USA")
                .replace("    - id: one\n", "    - id: one\n      weight: 0\n")
                .replace("    - id: two\n", "    - id: two\n      weight: heavy\n"));
    Cli c = runAndCheckUntouched(fw, "index", "--framework", fw.toString(), "--data", d.toString());
    assertThat(c.err())
        .contains("2 problem(s)")
        .contains("weight must be a positive number, found 0.0")
        .contains("'heavy' is not a number");
  }

  @Test
  void an_empty_node_is_reported() throws IOException {
    Path d = write("d.csv", "iso3,indicator,year,value\nUSA,x,2020,1\nUSA,y,2020,1\n");
    Path fw =
        write(
            "fw.yaml",
            FRAMEWORK.replace("AAA", "USA") + "    - id: three\n      aggregation: arithmetic\n");
    Cli c = runAndCheckUntouched(fw, "index", "--framework", fw.toString(), "--data", d.toString());
    assertThat(c.err()).contains("node index > three").contains("has no children");
  }

  @Test
  void a_cycle_in_coinr_imeta_is_reported() throws IOException {
    Path data = write("iData.csv", "uCode,uName,x,y\nA,Aland,1,2\nB,Bland,3,4\n");
    Path meta =
        write(
            "iMeta.csv",
            "iCode,iName,Level,Parent,Direction,Weight,Type\n"
                + "x,X,1,P,1,1,Indicator\n"
                + "y,Y,1,Q,1,1,Indicator\n"
                + "P,P,2,Q,1,1,Aggregate\n"
                + "Q,Q,3,P,1,1,Aggregate\n");
    Cli c = runAndCheckUntouched(meta, "index", "--coinr", data.toString(), meta.toString());
    assertThat(c.err()).contains("cycle");
  }

  @Test
  void a_log_transform_of_zero_names_the_economy() throws IOException {
    Path d =
        write(
            "d.csv",
            "iso3,indicator,year,value\nUSA,x,2020,1\nDEU,x,2020,0\nUSA,y,2020,1\nDEU,y,2020,1\n");
    Path fw =
        write(
            "fw.yaml",
            FRAMEWORK
                .replace("AAA", "USA")
                .replace("- indicator: x", "- indicator: x\n          transform: log"));
    Cli c = runAndCheckUntouched(d, "index", "--framework", fw.toString(), "--data", d.toString());
    assertThat(c.err()).contains("economy DEU").contains("log transform needs a positive value");
  }

  @Test
  void a_geometric_mean_over_zero_names_economy_and_node() throws IOException {
    Path d =
        write(
            "d.csv",
            "iso3,indicator,year,value\nUSA,x,2020,1\nDEU,x,2020,0\nUSA,y,2020,1\nDEU,y,2020,1\n");
    Cli c = index(d);
    assertThat(c.err()).contains("node 'index', economy DEU").contains("'one' scores 0.0");
  }

  @Test
  void an_empty_data_file_is_named() throws IOException {
    Path d = write("d.csv", "");
    assertThat(index(d).err()).contains("d.csv").contains("empty");
  }

  @Test
  void a_byte_order_mark_and_windows_line_endings_are_accepted() throws IOException {
    Path d =
        write(
            "d.csv",
            "\uFEFFiso3,indicator,year,value\r\nUSA,x,2020,1\r\nDEU,x,2020,2\r\nUSA,y,2020,1\r\nDEU,y,2020,4\r\n");
    Path fw = write("fw.yaml", FRAMEWORK.replace("AAA", "USA"));
    Cli c =
        Cli.run("index", "--framework", fw.toString(), "--data", d.toString(), "--format", "csv");
    assertThat(c.code()).as(c.err()).isEqualTo(0);
    // DEU: one = 2/1, two = 4/1, index = sqrt(2*4)
    String deu = c.out().lines().filter(l -> l.startsWith("DEU,")).findFirst().orElseThrow();
    assertThat(Double.parseDouble(deu.split(",")[4])).isCloseTo(Math.sqrt(8), within(1e-12));
  }

  @Test
  void an_unknown_method_lists_the_accepted_ones() {
    Cli c = Cli.run("index", "--normalise", "softmax");
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("ratio, minmax[:LO,HI], zscore[:MEAN,SD], rank, frontier");
  }
}
