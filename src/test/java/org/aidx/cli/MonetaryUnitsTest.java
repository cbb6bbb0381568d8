package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.aidx.analysis.trend.ModelMetric;
import org.aidx.exposure.EconomyExposure;
import org.junit.jupiter.api.Test;

/**
 * Every monetary unit in the shipped data names its base year, says it is in current prices, or
 * says the source states none (PROVENANCE-units.md).
 */
class MonetaryUnitsTest {
  private static final Pattern MONEY = Pattern.compile("(?i)\\$|\\bUSD\\b|\\bdollars?\\b");
  private static final Pattern DATED =
      Pattern.compile(
          "(?i)\\bcurrent\\b|\\bconstant (19|20)\\d\\d\\b|\\b(19|20)\\d\\d (US\\$|USD|US dollars|international \\$)"
              + "|base year not stated by source");

  /** A monetary unit must be dated; other units pass. */
  static boolean dated(String unit) {
    return !MONEY.matcher(unit).find() || DATED.matcher(unit).find();
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = MonetaryUnitsTest.class.getResourceAsStream("/org/aidx/" + path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Set<String> units(String csvPath) throws IOException {
    Set<String> out = new TreeSet<>();
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(resource(csvPath))) {
      while (it.hasNext()) {
        out.add(it.next().get("unit"));
      }
    }
    assertThat(out).as(csvPath).isNotEmpty().doesNotContainNull();
    return out;
  }

  @Test
  void the_rule_refuses_a_deflated_unit_without_its_year_and_a_year_range_that_is_no_base_year() {
    assertThat(dated("USD (inflation-adjusted, OWID)")).isFalse();
    assertThat(dated("US$ (sum over 2015-2019)")).isFalse();
    assertThat(dated("international $ (PPP), AI-exposed output")).isFalse();
    assertThat(dated("constant 2021 US$ (sum over 2015-2019)")).isTrue();
    assertThat(dated("current US$")).isTrue();
    assertThat(dated("2023 USD per FLOP")).isTrue();
    assertThat(dated("score 0-100")).isTrue();
  }

  @Test
  void every_monetary_unit_of_the_shipped_indicators_is_dated() throws IOException {
    Set<String> units = units("data/cicc-indicators.csv");
    assertThat(units).contains("current US$").anyMatch(u -> u.startsWith("constant 2021 US$"));
    assertThat(units).allSatisfy(u -> assertThat(dated(u)).as(u).isTrue());
  }

  @Test
  void every_monetary_unit_of_the_industry_structure_is_dated() throws IOException {
    assertThat(units("data/industry-structure.csv"))
        .allSatisfy(u -> assertThat(dated(u)).as(u).isTrue());
  }

  @Test
  void framework_indicator_names_that_give_a_currency_give_its_year() throws IOException {
    List<String> names =
        resource("framework/cicc.yaml")
            .lines()
            .map(String::strip)
            .filter(l -> l.startsWith("name:"))
            .toList();
    assertThat(names).anyMatch(n -> n.contains("constant 2021 US$"));
    assertThat(names).allSatisfy(n -> assertThat(dated(n)).as(n).isTrue());
  }

  @Test
  void investment_in_2021_is_whole_millions_as_a_2021_base_year_leaves_it() throws IOException {
    // CSET publishes whole US$ millions; OWID divides by CPI(year) / CPI(2021), which keeps whole
    // millions only in 2021
    Map<Integer, long[]> whole = new java.util.TreeMap<>(); // year -> {whole millions, values}
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(resource("data/cicc-indicators.csv"))) {
      while (it.hasNext()) {
        Map<String, String> r = it.next();
        if (r.get("indicator").equals("private_ai_investment")) {
          double v = Double.parseDouble(r.get("value"));
          long[] n = whole.computeIfAbsent(Integer.parseInt(r.get("year")), y -> new long[2]);
          n[0] += v > 0 && v % 1e6 == 0 ? 1 : 0;
          n[1]++;
        }
      }
    }
    assertThat(whole.get(2021)[0]).isEqualTo(whole.get(2021)[1]).isPositive();
    whole.forEach(
        (year, n) -> {
          if (year != 2021) {
            assertThat(n[0]).as("whole millions in %d", year).isLessThan(n[1] / 2);
          }
        });
  }

  @Test
  void derived_and_trend_units_are_dated() {
    assertThat(dated(EconomyExposure.EXPOSURE_SCALE_UNIT)).isTrue();
    for (ModelMetric m : ModelMetric.values()) {
      assertThat(dated(m.unit())).as(m.unit()).isTrue();
    }
    Cli c = Cli.run("trend", "decline", "--format", "json");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out())
        .contains("\"unit\" : \"USD per FLOP/s (release price; base year not stated");
  }
}
