package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to aidx region: exit 2, one clear message, no stack trace, files untouched. */
class RegionBadInputTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Cli fails(String... args) throws IOException {
    Cli c = Cli.run(args);
    assertThat(c.code()).as(c.out() + c.err()).isEqualTo(2);
    assertThat(c.err()).doesNotContain("Exception").doesNotContain("\tat ");
    return c;
  }

  private Path data() throws IOException {
    return write(
        "r.csv", "code,name,pop,papers,rate\na,A,100,5,1\nb,B,300,1,2\nc,C,50,0,3\nd,D,20,2,4\n");
  }

  @Test
  void a_region_not_in_the_crosswalk_is_listed_with_the_count() throws IOException {
    Path d = data();
    Path cw = write("cw.csv", "child,parent\na,m\nb,m\n");
    byte[] before = Files.readAllBytes(d);
    Cli c =
        fails(
            "region",
            "concentrate",
            "--data",
            d.toString(),
            "--crosswalk",
            cw.toString(),
            "--rule",
            "pop=sum,papers=sum,rate=mean",
            "--weight",
            "pop",
            "--indicator",
            "papers");
    assertThat(c.err())
        .contains("2 row(s) have a region code that is not in", "c, d", "child column");
    assertThat(Files.readAllBytes(d)).isEqualTo(before);
  }

  @Test
  void a_child_in_two_parents_without_shares_is_refused() throws IOException {
    Path cw = write("cw.csv", "child,parent\na,m\nb,m\nc,m\nd,m\nd,n\n");
    Cli c =
        fails(
            "region",
            "concentrate",
            "--data",
            data().toString(),
            "--crosswalk",
            cw.toString(),
            "--rule",
            "pop=sum,papers=sum,rate=mean",
            "--weight",
            "pop",
            "--indicator",
            "papers");
    assertThat(c.err()).contains("line 6", "region d is mapped to 2 parents (m, n) without shares");
  }

  @Test
  void a_non_positive_population_weight_is_refused() throws IOException {
    Path d = write("r.csv", "code,pop,rate\na,100,1\nb,0,2\n");
    Path cw = write("cw.csv", "child,parent\na,m\nb,m\n");
    Cli c =
        fails(
            "region",
            "typology",
            "--data",
            d.toString(),
            "--crosswalk",
            cw.toString(),
            "--rule",
            "pop=sum,rate=mean",
            "--weight",
            "pop",
            "--indicators",
            "rate");
    assertThat(c.err()).contains("region b", "its weight pop is 0.0, not positive");
  }

  @Test
  void k_larger_than_the_number_of_regions_is_refused() throws IOException {
    Cli c =
        fails(
            "region",
            "typology",
            "--data",
            data().toString(),
            "--rule",
            "pop=sum,papers=sum,rate=mean",
            "--weight",
            "pop",
            "--indicators",
            "papers,rate",
            "--k",
            "9");
    assertThat(c.err()).contains("asks for 9 groups of 4 regions", "choose k below 4");
  }

  @Test
  void a_constant_indicator_alone_cannot_make_groups() throws IOException {
    Path d = write("r.csv", "code,pop,flat\na,1,5\nb,2,5\nc,3,5\nd,4,5\n");
    Cli c =
        fails(
            "region",
            "typology",
            "--data",
            d.toString(),
            "--rule",
            "pop=sum,flat=mean",
            "--weight",
            "pop",
            "--indicators",
            "flat",
            "--k",
            "2");
    assertThat(c.err()).contains("flat left out: it is constant over the regions");
  }

  @Test
  void a_column_without_a_rule_is_named() throws IOException {
    Cli c =
        fails(
            "region",
            "concentrate",
            "--data",
            data().toString(),
            "--rule",
            "pop=sum",
            "--weight",
            "pop",
            "--indicator",
            "pop");
    assertThat(c.err()).contains("no aggregation rule for papers", "--rule papers=sum");
  }

  @Test
  void a_rate_is_not_an_amount_to_concentrate() throws IOException {
    Cli c = fails("region", "concentrate", "--indicator", "ai_user_share");
    assertThat(c.err()).contains("is a rate", "ai_users");
  }

  @Test
  void an_unknown_level_lists_the_levels() throws IOException {
    Cli c = fails("region", "concentrate", "--level", "zip");
    assertThat(c.err()).contains("unknown level", "metro", "county");
  }
}
