package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each trend command on the shipped data: structure and invariants, not hard-coded figures. */
class TrendCommandTest {
  private static List<String[]> rows(String csv) {
    return csv.lines().skip(1).map(l -> l.split(",", -1)).toList();
  }

  private static double num(String s) {
    return Double.parseDouble(s);
  }

  @Test
  void scurveCsvHasOneRowPerFamilyWithKneesAroundTheMidpoint() {
    Cli c =
        Cli.run(
            "trend",
            "scurve",
            "--technology",
            "Electric power",
            "--saturation",
            "100",
            "--bootstrap",
            "30",
            "--format",
            "csv");

    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out().lines().findFirst().orElseThrow())
        .isEqualTo(
            "family,saturation,rate,midpoint,knee1_year,knee1_share,knee2_year,knee2_share,aic,bic");
    List<String[]> rows = rows(c.out());
    assertThat(rows)
        .extracting(r -> r[0])
        .containsExactlyInAnyOrder("logistic", "gompertz", "bass");
    double[] aic = rows.stream().mapToDouble(r -> num(r[8])).toArray();
    assertThat(aic).as("sorted by AIC, best first").isSorted();
    for (String[] r : rows) {
      assertThat(num(r[1])).isEqualTo(100);
      assertThat(num(r[4])).isLessThan(num(r[3]));
      assertThat(num(r[6])).isGreaterThan(num(r[3]));
      if (r[0].equals("logistic")) {
        assertThat(num(r[5])).isCloseTo(100 * (3 - Math.sqrt(3)) / 6, within(1e-3));
        assertThat(num(r[7])).isCloseTo(100 * (3 + Math.sqrt(3)) / 6, within(1e-3));
        assertThat(num(r[6]) - num(r[3]))
            .as("years are printed to 6 significant digits")
            .isCloseTo(Math.log(2 + Math.sqrt(3)) / num(r[2]), within(0.02));
      }
    }
  }

  @Test
  void scurveTableStatesTheStageAndListFindsTheAiSeries() {
    Cli c = Cli.run("trend", "scurve", "--technology", "internet", "--bootstrap", "20");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out()).contains("knee 1", "knee 2", "stage at 2016:", "forecast:");

    Cli list = Cli.run("trend", "scurve", "--list");
    assertThat(list.out()).contains("Electric power", "AI job postings share: United States");
  }

  @Test
  void growthSegmentsTileThePointsAndRatesAgree() {
    Cli c = Cli.run("trend", "growth", "--bootstrap", "50", "--format", "csv");

    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out().lines().findFirst().orElseThrow())
        .isEqualTo("segment,start,end,n,doubling_months,doubling_lo,doubling_hi,per_year_factor");
    List<String[]> rows = rows(c.out());
    assertThat(rows).hasSizeBetween(1, 3);
    String previousEnd = "";
    for (String[] r : rows) {
      assertThat(r[1].compareTo(previousEnd)).isGreaterThanOrEqualTo(0);
      assertThat(r[2].compareTo(r[1])).isGreaterThanOrEqualTo(0);
      previousEnd = r[2];
      double d = num(r[4]);
      assertThat(num(r[5])).isLessThanOrEqualTo(d);
      assertThat(num(r[6])).isGreaterThanOrEqualTo(d);
      assertThat(num(r[7])).isCloseTo(Math.pow(2, 12 / d), within(1e-3 * num(r[7])));
    }
    Cli json = Cli.run("trend", "growth", "--bootstrap", "10", "--format", "json");
    int total = rows.stream().mapToInt(r -> Integer.parseInt(r[3])).sum();
    assertThat(json.out()).contains("\"n\" : " + total);
  }

  @Test
  void theFrontierRuleChangesWhichModelsAreFitted() {
    Cli all = Cli.run("trend", "growth", "--bootstrap", "0", "--format", "json");
    Cli top = Cli.run("trend", "growth", "--frontier", "top-n:3", "--bootstrap", "0");
    assertThat(top.code()).as(top.err()).isZero();
    int nTop =
        Integer.parseInt(
            top.out().lines().findFirst().orElseThrow().replaceAll(".*, (\\d+) points", "$1"));
    assertThat(all.out()).doesNotContain("\"n\" : " + nTop + ",");
    assertThat(top.out()).contains("frontier top-n:3");
  }

  @Test
  void declineOfHardwarePricesIsAFallWithAHalvingTime() {
    Cli c = Cli.run("trend", "decline", "--bootstrap", "50", "--format", "csv");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out())
        .startsWith(
            "segment,start,end,n,halving_months,halving_lo,halving_hi,annual_decline,decline_lo,decline_hi\n");
    for (String[] r : rows(c.out())) {
      double h = num(r[4]);
      double decline = num(r[7]);
      assertThat(decline).isBetween(0.0, 1.0);
      // halving time and annual decline are two views of one slope: (1 − d)^(h/12) = 1/2
      assertThat(Math.pow(1 - decline, h / 12)).isCloseTo(0.5, within(1e-4));
    }
    Cli table = Cli.run("trend", "decline", "--bootstrap", "10");
    assertThat(table.out()).contains("fp32 FLOP/s");
  }

  @Test
  void scalingExponentLiesInsideItsInterval() {
    Cli c = Cli.run("trend", "scaling", "--bootstrap", "50", "--format", "csv");
    assertThat(c.code()).as(c.err()).isZero();
    String[] r = rows(c.out()).get(0);
    assertThat(r[0]).isEqualTo("parameters");
    assertThat(r[1]).isEqualTo("training_compute");
    assertThat(Integer.parseInt(r[2])).isGreaterThan(100);
    assertThat(num(r[6])).isBetween(num(r[7]), num(r[8]));
    assertThat(num(r[12])).isBetween(0.0, 1.0);
  }

  @Test
  void capacityMultipliesThePerUnitFigureAndNamesThePrecision() {
    Cli c =
        Cli.run(
            "trend",
            "capacity",
            "--hardware",
            "NVIDIA H100 SXM5 80GB",
            "--units",
            "1000",
            "--utilisation",
            "0.5",
            "--format",
            "csv");
    assertThat(c.code()).as(c.err()).isZero();
    String[] r = rows(c.out()).get(0);
    assertThat(r[1]).isEqualTo("tensor-fp16");
    assertThat(num(r[5])).isCloseTo(num(r[2]) * 1000 * 0.5, within(1e-6 * num(r[5])));

    Cli table = Cli.run("trend", "capacity", "--hardware", "H100 SXM5", "--units", "8");
    assertThat(table.out()).contains("at tensor-fp16 (Epoch AI ML hardware");
  }

  @Test
  void outWritesResultChartAndManifest(@TempDir Path dir) throws Exception {
    Cli s =
        Cli.run(
            "trend",
            "scurve",
            "--technology",
            "Computer",
            "--family",
            "logistic",
            "--bootstrap",
            "10",
            "--out",
            dir.resolve("s").toString());
    Cli g = Cli.run("trend", "growth", "--bootstrap", "10", "--out", dir.resolve("g").toString());
    assertThat(s.code()).as(s.err()).isZero();
    assertThat(g.code()).as(g.err()).isZero();
    for (String[] f : Arrays.asList(new String[] {"s", "scurve"}, new String[] {"g", "growth"})) {
      for (String ext : List.of(".csv", ".json", ".png", ".svg")) {
        assertThat(dir.resolve(f[0]).resolve(f[1] + ext)).isNotEmptyFile();
      }
      String manifest = Files.readString(dir.resolve(f[0]).resolve("manifest.json"));
      assertThat(manifest).contains("\"sha256\"", "embedded:org/aidx/data/trends/", "\"seed\"");
    }
  }
}
