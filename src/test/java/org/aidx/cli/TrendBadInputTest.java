package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to the trend commands: exit 2, a message that says what and how, file untouched. */
class TrendBadInputTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Cli fails(Path input, String... args) throws IOException {
    byte[] before = input == null ? null : Files.readAllBytes(input);
    Cli c = Cli.run(args);
    if (input != null) {
      assertThat(Files.readAllBytes(input)).isEqualTo(before);
    }
    assertThat(c.code()).as(c.out() + c.err()).isEqualTo(2);
    assertThat(c.err()).doesNotContain("Exception").doesNotContain("\tat ");
    return c;
  }

  @Test
  void tooFewPointsSaysHowManyAreNeeded() throws IOException {
    Path f = write("short.csv", "series,year,value\nx,2000,1\nx,2001,5\nx,2002,20\n");
    Cli c = fails(f, "trend", "scurve", "--data", f.toString(), "--family", "logistic");
    assertThat(c.err()).contains("has 3 point(s)", "needs at least 5", "--saturation");
  }

  @Test
  void unsortedDatesAreReportedWithTheirPosition() throws IOException {
    Path f =
        write(
            "unsorted.csv",
            "series,year,value\nx,2000,1\nx,2002,5\nx,2001,3\nx,2003,20\nx,2004,40\nx,2005,60\n");
    Cli c = fails(f, "trend", "scurve", "--data", f.toString(), "--series", "x");
    assertThat(c.err()).contains("point 3", "dates are unsorted", "sort the rows by date");
  }

  @Test
  void duplicatedDatesAreReported() throws IOException {
    Path f =
        write(
            "dup.csv", "year,value\n2000,1\n2001,3\n2001,4\n2002,20\n2003,40\n2004,60\n2005,70\n");
    Cli c = fails(f, "trend", "scurve", "--data", f.toString(), "--family", "gompertz");
    assertThat(c.err()).contains("duplicated date 2001", "keep one value per date");
  }

  @Test
  void aFitThatDoesNotPinDownItsParametersShowsTheBestReached() throws IOException {
    StringBuilder b = new StringBuilder("year,value\n");
    for (int i = 0; i < 15; i++) {
      b.append(2000 + i).append(',').append(Math.exp(0.3 * i)).append('\n');
    }
    Path f = write("exp.csv", b.toString());
    Cli c = fails(f, "trend", "scurve", "--data", f.toString(), "--family", "logistic");
    assertThat(c.err()).contains("best parameters reached: saturation = ", "--saturation");
  }

  @Test
  void nonPositiveValuesInALogFitAreNamed() throws IOException {
    Path f =
        write(
            "growth.csv",
            "date,flop\n2000-01-01,1e10\n2001-01-01,0\n2002-01-01,1e12\n2003-01-01,-5\n");
    Cli c =
        fails(f, "trend", "growth", "--data", f.toString(), "--date", "date", "--value", "flop");
    assertThat(c.err()).contains("point 2 (2001-01)", "point 4 (2003-01)", "needs values > 0");
  }

  @Test
  void unsortedDatesInAGrowthFileAreRejected() throws IOException {
    Path f = write("g.csv", "date,flop\n2001,10\n2000,100\n2002,1000\n2003,1e4\n");
    Cli c =
        fails(f, "trend", "growth", "--data", f.toString(), "--date", "date", "--value", "flop");
    assertThat(c.err()).contains("dates are unsorted");
  }

  @Test
  void anUnparseableCellNamesItsLineAndColumn() throws IOException {
    Path f = write("g.csv", "date,flop\n2000,10\n2001,lots\n2002,1000\n");
    Cli c =
        fails(f, "trend", "growth", "--data", f.toString(), "--date", "date", "--value", "flop");
    assertThat(c.err()).contains("line 3, column 'flop'", "'lots' is not a number");
  }

  @Test
  void anUnknownSeriesListsCloseMatches() throws IOException {
    Cli c = fails(null, "trend", "scurve", "--technology", "Electricty");
    assertThat(c.err()).contains("no such series", "close matches: Electric power");
    Path f = write("s.csv", "series,year,value\nwidgets,2000,1\nwidgets,2001,2\n");
    Cli user = fails(f, "trend", "scurve", "--data", f.toString(), "--series", "widgts");
    assertThat(user.err()).contains("close matches: widgets");
  }

  @Test
  void anUnknownOrAmbiguousChipIsExplained() throws IOException {
    Cli amb = fails(null, "trend", "capacity", "--hardware", "H100", "--units", "10");
    assertThat(amb.err()).contains("matches", "NVIDIA H100 SXM5 80GB", "give the full name");
    Cli none = fails(null, "trend", "capacity", "--hardware", "Z9000", "--units", "10");
    assertThat(none.err()).contains("no such accelerator", "aidx trend capacity --list");
    Cli missing =
        fails(
            null,
            "trend",
            "capacity",
            "--hardware",
            "NVIDIA H100 SXM5 80GB",
            "--units",
            "10",
            "--precision",
            "fp4");
    assertThat(missing.err()).contains("has no fp4 throughput");
  }

  @Test
  void nonPositiveValuesInAScalingFitAreNamed() throws IOException {
    Path f = write("xy.csv", "n,loss\n1,3\n10,2\n0,1.5\n1000,1.2\n10000,1.1\n");
    Cli c = fails(f, "trend", "scaling", "--data", f.toString(), "--x", "n", "--y", "loss");
    assertThat(c.err()).contains("point 3", "log-log fit needs x > 0");
  }
}
