package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** COINr's iData and iMeta are read as data and framework with COINr's defaults. */
class CoinrTest {
  @TempDir Path dir;

  @Test
  void a_coinr_index_is_computed_with_minmax_0_100_and_arithmetic_means() throws IOException {
    Path data = dir.resolve("iData.csv");
    Path meta = dir.resolve("iMeta.csv");
    Files.writeString(
        data,
        "uCode,uName,Group_Size,a,b,c\nU1,One,big,0,10,5\nU2,Two,big,10,20,NA\nU3,Three,small,5,0,1\n");
    Files.writeString(
        meta,
        "iCode,iName,Level,Parent,Direction,Weight,Type\n"
            + "a,A,1,P1,1,1,Indicator\n"
            + "b,B,1,P1,-1,1,Indicator\n"
            + "c,C,1,P2,1,1,Indicator\n"
            + "P1,Pillar 1,2,Index,1,1,Aggregate\n"
            + "P2,Pillar 2,2,Index,1,3,Aggregate\n"
            + "Index,Index,3,,1,1,Aggregate\n");
    Cli c = Cli.run("index", "--coinr", data.toString(), meta.toString(), "--format", "csv");
    assertThat(c.code()).as(c.err()).isZero();
    // a: 0,10,5 -> 0,100,50; b (negative): 10,20,0 -> 50,0,100; c: 5,NA,1 -> 100,NA,0
    // P1 = (a+b)/2: U1 25, U2 50, U3 75; P2 = c: U1 100, U2 NA, U3 0
    // Index = (P1 + 3 P2)/4 where P2 present: U1 (25+300)/4 = 81.25, U2 50, U3 75/4 = 18.75
    assertThat(c.out().lines().findFirst())
        .hasValue(
            "iso3,name,rank,tier,index,P1,P2,"
                + "indicators_present,indicators_total,low_coverage,missing_dimensions");
    double u1 = value(c.out(), "U1", 4);
    double u2 = value(c.out(), "U2", 4);
    double u3 = value(c.out(), "U3", 4);
    assertThat(u1).isCloseTo(81.25, within(1e-9));
    assertThat(u2).isCloseTo(50, within(1e-9));
    assertThat(u3).isCloseTo(18.75, within(1e-9));
    Cli g =
        Cli.run(
            "index",
            "--coinr",
            data.toString(),
            meta.toString(),
            "--format",
            "csv",
            "--impute",
            "group-mean:Group_Size");
    // U2's c imputed by the mean of its group 'big' (U1 only): 5 -> c scores 100; P2 = 100; Index =
    // (50 + 300)/4
    assertThat(value(g.out(), "U2", 4)).isCloseTo(87.5, within(1e-9));
  }

  private static final String META =
      "iCode,iName,Level,Parent,Direction,Weight,Type,Denominator\n"
          + "a,A,1,Index,1,1,Indicator,Pop\n"
          + "b,B,1,Index,1,1,Indicator,NA\n"
          + "Index,Index,2,,1,1,Aggregate,NA\n"
          + "Region,Region,NA,NA,NA,NA,Group,NA\n"
          + "Pop,Population,NA,NA,NA,NA,Denominator,NA\n";

  @Test
  void imeta_rows_of_type_group_make_group_columns_without_the_prefix() throws IOException {
    Path data = dir.resolve("iData.csv");
    Path meta = dir.resolve("iMeta.csv");
    // a: 2,NA,6 -> U2 imputed by its Region's mean (U1 only) = 2
    Files.writeString(
        data, "uCode,Region,Pop,a,b\nU1,east,1,2,0\nU2,east,1,NA,5\nU3,west,1,6,10\n");
    Files.writeString(meta, META);
    Cli c =
        Cli.run(
            "index",
            "--coinr",
            data.toString(),
            meta.toString(),
            "--format",
            "csv",
            "--impute",
            "group-mean:Region");
    assertThat(c.code()).as(c.err()).isZero();
    // a: 2,2,6 -> 0,0,100; b: 0,5,10 -> 0,50,100; index U2 = (0 + 50)/2
    assertThat(value(c.out(), "U2", 4)).isCloseTo(25, within(1e-9));
  }

  @Test
  void a_missing_denominator_makes_the_value_missing_and_leaves_it_to_imputation()
      throws IOException {
    Path data = dir.resolve("iData.csv");
    Path meta = dir.resolve("iMeta.csv");
    // a / Pop: 4/2 = 2, 9/NA = missing, 30/5 = 6; U2 then imputed by the mean 4
    Files.writeString(
        data, "uCode,Region,Pop,a,b\nU1,east,2,4,0\nU2,east,NA,9,5\nU3,west,5,30,10\n");
    Files.writeString(meta, META);
    Cli plain =
        Cli.run(
            "index",
            "--coinr",
            data.toString(),
            meta.toString(),
            "--denominate",
            "--format",
            "csv");
    assertThat(plain.code()).as(plain.err()).isZero();
    // without imputation U2 has only b: 50
    assertThat(value(plain.out(), "U2", 4)).isCloseTo(50, within(1e-9));
    Cli imputed =
        Cli.run(
            "index",
            "--coinr",
            data.toString(),
            meta.toString(),
            "--denominate",
            "--impute",
            "mean",
            "--out",
            dir.resolve("run").toString());
    assertThat(imputed.code()).as(imputed.err()).isZero();
    String notes = Files.readString(dir.resolve("run/summary.md"));
    assertThat(notes).contains("U2 has no value for the denominator 'Pop' of a");
    // a: 2, 4 (imputed), 6 -> 0, 50, 100; b -> 0, 50, 100; U2 = 50
    Cli csv =
        Cli.run(
            "index",
            "--coinr",
            data.toString(),
            meta.toString(),
            "--denominate",
            "--impute",
            "mean",
            "--format",
            "csv");
    assertThat(value(csv.out(), "U2", 4)).isCloseTo(50, within(1e-9));
    assertThat(value(csv.out(), "U1", 4)).isCloseTo(0, within(1e-9));
  }

  @Test
  void denominate_without_a_denominator_column_is_an_error() throws IOException {
    Path data = dir.resolve("iData.csv");
    Path meta = dir.resolve("iMeta.csv");
    Files.writeString(data, "uCode,a,b\nU1,1,2\nU2,3,4\n");
    Files.writeString(
        meta,
        "iCode,iName,Level,Parent,Direction,Weight,Type\n"
            + "a,A,1,Index,1,1,Indicator\n"
            + "b,B,1,Index,1,1,Indicator\n"
            + "Index,Index,2,,1,1,Aggregate\n");
    Cli c = Cli.run("index", "--coinr", data.toString(), meta.toString(), "--denominate");
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err())
        .contains("--denominate")
        .contains("declares a denominator")
        .contains("add a Denominator column");
  }

  private static double value(String csv, String code, int column) {
    return Double.parseDouble(
        csv.lines()
            .filter(l -> l.startsWith(code + ","))
            .findFirst()
            .orElseThrow()
            .split(",")[column]);
  }
}
