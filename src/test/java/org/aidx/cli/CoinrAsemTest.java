package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * COINr's own ASEM example, built unchanged with COINr's default steps, gives COINr's published
 * results (examples/coinr-asem/PROVENANCE.md).
 */
class CoinrAsemTest {
  private static final String DATA = "examples/coinr-asem/ASEM_iData.csv";
  private static final String META = "examples/coinr-asem/ASEM_iMeta.csv";

  /**
   * The first six rows printed by COINr's {@code get_results(coin, dset = "Aggregated", tab_type =
   * "Aggs")} in its results vignette: uCode, rank, then Index, Conn, Sust, Physical, ConEcFin,
   * Political, Instit, P2P, Environ, Social, SusEcFin to two decimals.
   */
  private static final List<String> PUBLISHED =
      List.of(
          "CHE 1 68.38 62.79 73.98 63.41 32.87 74.78 85.94 56.93 77.21 87.85 56.88",
          "NLD 2 64.82 61.94 67.70 64.87 46.62 84.55 71.74 41.92 58.73 86.58 57.78",
          "DNK 3 64.80 57.10 72.51 50.52 30.43 78.13 75.35 51.04 69.83 86.40 61.29",
          "NOR 4 64.47 57.44 71.50 58.18 25.70 80.03 89.46 33.80 70.90 87.00 56.59",
          "BEL 5 63.54 63.99 63.09 71.97 48.22 80.84 75.60 43.32 53.01 86.17 50.09",
          "SWE 6 63.00 53.87 72.12 51.51 23.87 80.98 74.51 38.50 66.37 87.74 62.27");

  @Test
  void the_asem_example_with_coinrs_default_steps_gives_coinrs_published_scores_and_ranks() {
    Cli c =
        Cli.run(
            "index",
            "--coinr",
            DATA,
            META,
            "--denominate",
            "--impute",
            "group-mean:EurAsia_group",
            "--treat",
            "winsorise:5",
            "--format",
            "csv");
    assertThat(c.code()).as(c.err()).isZero();
    List<String> lines = c.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "iso3,name,rank,tier,index,Conn,Sust,Physical,ConEcFin,Political,Instit,P2P,Environ,Social,SusEcFin,"
                + "indicators_present,indicators_total,low_coverage,missing_dimensions");
    assertThat(lines).hasSize(1 + 51);
    for (int r = 0; r < PUBLISHED.size(); r++) {
      String[] want = PUBLISHED.get(r).split(" ");
      String[] got = lines.get(1 + r).split(",");
      assertThat(got[0]).isEqualTo(want[0]);
      assertThat(got[2]).isEqualTo(want[1]);
      for (int k = 2; k < want.length; k++) {
        assertThat(Double.parseDouble(got[k + 2]))
            .as("%s column %d", want[0], k)
            .isCloseTo(Double.parseDouble(want[k]), within(0.005 + 1e-9));
      }
    }
  }
}
