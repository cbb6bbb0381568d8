package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aidx.testing.TinyIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parser errors keep the line and column the parser gives; odd cells are either errors or
 * documented missing values, never silently one of them.
 */
class ParserPositionsTest {
  @TempDir Path dir;

  private Cli index(String framework, String data) throws IOException {
    Path fw = Files.writeString(dir.resolve("fw.yaml"), framework);
    Path d = Files.writeString(dir.resolve("d.csv"), data);
    return Cli.run("index", "--framework", fw.toString(), "--data", d.toString());
  }

  private static String refused(Cli c) {
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).doesNotContain("\tat ");
    return c.err();
  }

  @Test
  void a_yaml_syntax_error_names_line_and_column() throws IOException {
    String broken = "id: x\nroot:\n  id: index\n  children: [a\n  b: c\n";
    assertThat(refused(index(broken, TinyIndex.data("1"))))
        .contains("fw.yaml: is not valid YAML: line 5, column");
  }

  @Test
  void a_nan_weight_names_its_line_and_column() throws IOException {
    String fw =
        TinyIndex.FRAMEWORK.replace("- indicator: x", "- indicator: x\n          weight: .nan");
    assertThat(refused(index(fw, TinyIndex.data("1"))))
        .contains("line 13, column")
        .contains(".nan");
  }

  @Test
  void an_unterminated_csv_quote_names_its_line() throws IOException {
    String data = "iso3,indicator,year,value\nUSA,x,2020,\"1\nDEU,x,2020,2\n";
    assertThat(refused(index(TinyIndex.FRAMEWORK, data)))
        .contains("d.csv: is not valid CSV")
        .contains("line 4")
        .contains("quote");
  }

  @Test
  void a_control_character_in_a_code_is_rejected_not_trimmed_away() throws IOException {
    String data = TinyIndex.data("1").replace("USA,x", "USA\0,x");
    assertThat(refused(index(TinyIndex.FRAMEWORK, data)))
        .contains("d.csv line 2, column 'iso3'")
        .contains("control character U+0000");
  }

  @Test
  void an_infinite_cell_is_an_error() throws IOException {
    String data = TinyIndex.data("Infinity");
    assertThat(refused(index(TinyIndex.FRAMEWORK, data)))
        .contains("d.csv line 2, column 'value'")
        .contains("'Infinity' is not a number");
  }

  @Test
  void a_nan_cell_is_a_missing_value_as_documented() throws IOException {
    Cli c =
        index(TinyIndex.FRAMEWORK, TinyIndex.data("1").replace("DEU,x,2020,3", "DEU,x,2020,NaN"));
    assertThat(c.code()).isZero();
    assertThat(c.out()).contains("missing");
  }
}
