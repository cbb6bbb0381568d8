package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  @TempDir Path dir;

  @Test
  void csv_has_one_row_per_economy_and_the_documented_columns() {
    Cli c = Cli.run("compare", "--weight", "diffusion=0", "--format", "csv");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out().lines().findFirst())
        .hasValue("iso3,name,index_a,index_b,rank_a,rank_b,rank_change,driver,driver_change");
    assertThat(c.out().lines().count()).isEqualTo(1 + IndexCommandTest.ECONOMIES.size());
  }

  @Test
  void the_table_names_both_versions_and_lists_the_biggest_movers() {
    Cli c = Cli.run("compare", "--per", "capita", "--movers", "3");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out())
        .contains("A: AI Development Index (CICC Research, 2024)\n")
        .contains("B: AI Development Index (CICC Research, 2024), intensity view per capita")
        .contains("Spearman rank correlation")
        .contains("Biggest movers:");
  }

  @Test
  void a_baseline_with_the_same_options_changes_no_rank() {
    Cli c =
        Cli.run(
            "compare", "--normalise", "rank", "--baseline", "--normalise rank", "--format", "csv");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out().lines().skip(1)).allSatisfy(l -> assertThat(l.split(",")).contains("0"));
  }

  @Test
  void out_writes_the_table_the_scatter_and_a_manifest() throws Exception {
    Cli c = Cli.run("compare", "--weight", "compute=2", "--out", dir.toString());
    assertThat(c.code()).as(c.err()).isZero();
    for (String f :
        new String[] {
          "compare.csv", "compare-scatter.png", "compare-scatter.svg", "manifest.json"
        }) {
      assertThat(dir.resolve(f)).as(f).isNotEmptyFile();
    }
    assertThat(Files.readString(dir.resolve("manifest.json"))).contains("aidx compare");
  }

  @Test
  void an_unknown_baseline_option_is_exit_2_with_the_fix() {
    Cli c = Cli.run("compare", "--baseline", "--bogus");
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("--baseline '--bogus'").contains("Unknown option");
  }
}
