package org.aidx.input.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.aidx.data.Dataset;
import org.aidx.input.Inputs;
import org.aidx.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live path of every adapter against the local publisher server, failures included. */
class DataUpdateTest {
  @TempDir Path cache;

  private static SourceRegistry only(String... indicators) {
    return SourceRegistry.standard().onlyIndicators(List.of(indicators));
  }

  private static double value(DataUpdate.Outcome o, String ind, String iso, int year) {
    return o.values().stream()
        .filter(v -> v.indicator().equals(ind) && v.iso3().equals(iso) && v.year() == year)
        .findFirst()
        .orElseThrow()
        .value();
  }

  @Test
  void the_world_bank_adapter_follows_every_page() {
    try (PublisherServer s = new PublisherServer()) {
      DataUpdate.Outcome o =
          UpdateFixtures.run(s, cache, UpdateFixtures.fast(), only("population"));
      // 264 rows of four economies in pages of 100: three requests
      assertThat(s.requests).filteredOn(r -> r.contains("SP.POP.TOTL")).hasSize(3);
      assertThat(o.values()).filteredOn(v -> v.year() < 2015).isEmpty();
      assertThat(o.values()).hasSize(4 * (2025 - 2015 + 1));
    }
  }

  @Test
  void every_value_carries_its_url_retrieval_time_vintage_and_hash() {
    try (PublisherServer s = new PublisherServer()) {
      DataUpdate.Outcome o =
          UpdateFixtures.run(s, cache, UpdateFixtures.fast(), only("fixed_broadband_per_100"));
      UpdatedValue v = o.values().get(0);
      assertThat(v.url())
          .startsWith(s.base() + "/v2/country/CHE;DEU;JPN;SAU/indicator/IT.NET.BBND.P2");
      assertThat(v.vintage()).isEqualTo("last updated 2026-07-01");
      RawResponse r =
          o.responses().stream().filter(x -> x.url().equals(v.url())).findFirst().orElseThrow();
      assertThat(v.sha256()).isEqualTo(ResponseCache.sha256(r.body())).hasSize(64);
      assertThat(Instant.parse(v.retrieved())).isEqualTo(r.retrieved());
    }
  }

  @Test
  void requests_name_aidx_and_its_version() {
    try (PublisherServer s = new PublisherServer()) {
      UpdateFixtures.run(s, cache, UpdateFixtures.fast(), only("private_ai_investment"));
      assertThat(s.userAgents).isNotEmpty().allMatch(u -> u.startsWith("aidx/test "));
    }
  }

  @Test
  void no_more_requests_run_at_once_on_a_host_than_allowed() {
    try (PublisherServer s = new PublisherServer()) {
      s.delay("/v2/country/", 50);
      DataUpdate.Outcome o =
          UpdateFixtures.run(
              s,
              cache,
              UpdateFixtures.fast().withPerHost(1),
              SourceRegistry.standard().onlySources(List.of("worldbank")));
      assertThat(o.failures()).isEmpty();
      // seven series fetched by four threads, one request at a time
      assertThat(s.maxInFlight.get()).isEqualTo(1);
    }
  }

  @Test
  void a_404_is_one_line_and_the_other_sources_carry_on() {
    try (PublisherServer s = new PublisherServer()) {
      s.fail("/grapher/private-investment", 404);
      DataUpdate.Outcome o = UpdateFixtures.run(s, cache, UpdateFixtures.fast());
      assertThat(o.failures()).hasSize(1);
      assertThat(o.failures().get(0).line())
          .startsWith(
              "owid: "
                  + s.base()
                  + "/grapher/private-investment-in-artificial-intelligence-cset.csv: HTTP 404")
          .contains("check the series id");
      assertThat(o.values()).anyMatch(v -> v.indicator().equals("population"));
      assertThat(o.values()).noneMatch(v -> v.indicator().startsWith("private_ai_investment"));
      assertThat(o.succeeded()).isFalse();
    }
  }

  @Test
  void a_500_is_retried_then_reported() {
    try (PublisherServer s = new PublisherServer()) {
      s.fail("/data/notable_ai_models.csv", 500);
      DataUpdate.Outcome o =
          UpdateFixtures.run(s, cache, UpdateFixtures.fast(), only("notable_ai_models_6y"));
      assertThat(s.requests).filteredOn(r -> r.contains("notable_ai_models")).hasSize(2);
      assertThat(o.failures())
          .singleElement()
          .extracting(SourceException::line)
          .asString()
          .contains("epoch: ")
          .contains("HTTP 500 (server error) after 2 attempt(s)");
    }
  }

  @Test
  void a_server_that_does_not_answer_in_time_is_a_timeout() {
    try (PublisherServer s = new PublisherServer()) {
      s.delay("/lists/top500", 1500);
      Fetcher.Options o =
          UpdateFixtures.fast().withTimeout(Duration.ofMillis(300)).withRetries(1, Duration.ZERO);
      DataUpdate.Outcome out = UpdateFixtures.run(s, cache, o, only("top500_rmax_tflops"));
      assertThat(out.failures())
          .singleElement()
          .extracting(SourceException::getMessage)
          .asString()
          .startsWith("no answer within 300 ms");
    }
  }

  @Test
  void a_changed_column_names_the_source_url_and_the_expected_column() {
    try (PublisherServer s = new PublisherServer()) {
      s.replace(
          "/grapher/share-of-individuals",
          "Entity,Code,Year,Internet users (% of population)\nGermany,DEU,2020,89.8\n"
              .getBytes(StandardCharsets.UTF_8));
      DataUpdate.Outcome o =
          UpdateFixtures.run(s, cache, UpdateFixtures.fast(), only("internet_users"));
      assertThat(o.failures())
          .singleElement()
          .extracting(SourceException::line)
          .asString()
          .contains("owid: " + s.base() + "/grapher/share-of-individuals-using-the-internet.csv")
          .contains("expected a column 'Individuals using the Internet (% of population)'")
          .contains("[Entity, Code, Year, Internet users (% of population)]");
    }
  }

  @Test
  void a_body_cut_off_in_transfer_is_retried_then_reported() {
    try (PublisherServer s = new PublisherServer()) {
      s.truncate("/grapher/annual-scholarly");
      DataUpdate.Outcome o =
          UpdateFixtures.run(s, cache, UpdateFixtures.fast(), only("ai_scholarly_publications"));
      assertThat(o.values()).isEmpty();
      assertThat(s.requests).filteredOn(r -> r.contains("annual-scholarly")).hasSize(2);
      assertThat(o.failures())
          .singleElement()
          .extracting(SourceException::getMessage)
          .asString()
          .startsWith("cannot read the response")
          .endsWith("after 2 attempt(s)");
    }
  }

  @Test
  void a_csv_cut_inside_a_row_names_the_line() {
    try (PublisherServer s = new PublisherServer()) {
      s.replace(
          "/grapher/annual-scholarly",
          "Entity,Code,Year,All\nGermany,DEU,2016,1200\nGermany,DEU\n"
              .getBytes(StandardCharsets.UTF_8));
      DataUpdate.Outcome o =
          UpdateFixtures.run(s, cache, UpdateFixtures.fast(), only("ai_scholarly_publications"));
      assertThat(o.failures())
          .singleElement()
          .extracting(SourceException::getMessage)
          .asString()
          .isEqualTo(
              "line 3 has 2 cells where the header has 4 (a truncated response or a changed layout)");
    }
  }

  @Test
  void a_json_page_cut_short_is_reported_with_the_expected_shape() {
    try (PublisherServer s = new PublisherServer()) {
      s.replace(
          "SP.POP.SCIE.RD.P6",
          "[{\"page\":1,\"pages\":1},[{\"countryiso3code\":\"DEU\",\"da"
              .getBytes(StandardCharsets.UTF_8));
      DataUpdate.Outcome o =
          UpdateFixtures.run(s, cache, UpdateFixtures.fast(), only("researchers_per_million"));
      assertThat(o.failures())
          .singleElement()
          .extracting(SourceException::line)
          .asString()
          .startsWith("worldbank: ")
          .contains("not valid JSON")
          .contains("expected the API's [ {page, pages, ...}, [ values ] ]");
    }
  }

  @Test
  void an_unknown_world_bank_series_reports_the_api_message() {
    SourceRegistry r =
        SourceRegistry.parse(
            "r.csv",
            "indicator,adapter,series,transform,unit,publisher\nx,worldbank,NO.SUCH.CODE,copy,u,p\n"
                .getBytes(StandardCharsets.UTF_8));
    try (PublisherServer s = new PublisherServer()) {
      DataUpdate.Outcome o = UpdateFixtures.run(s, cache, UpdateFixtures.fast(), r);
      assertThat(o.failures())
          .singleElement()
          .extracting(SourceException::getMessage)
          .asString()
          .contains("Invalid value")
          .contains("NO.SUCH.CODE");
    }
  }

  @Test
  void values_that_are_not_numbers_are_listed_not_coerced() {
    try (PublisherServer s = new PublisherServer()) {
      s.replace(
          "/grapher/artificial-intelligence-patents",
          "Entity,Code,Year,All\nGermany,DEU,2016,12\nJapan,JPN,2016,n/a\nJapan,JPN,2017,<5\n"
              .getBytes(StandardCharsets.UTF_8));
      DataUpdate.Outcome o =
          UpdateFixtures.run(s, cache, UpdateFixtures.fast(), only("ai_patent_applications"));
      assertThat(o.failures())
          .singleElement()
          .extracting(SourceException::getMessage)
          .asString()
          .startsWith("2 value(s) are not numbers: JPN 2016 'n/a', JPN 2017 '<5'");
    }
  }

  @Test
  void a_revised_value_shows_in_the_diff_with_old_and_new() {
    try (PublisherServer s = new PublisherServer()) {
      s.replace(
          "/grapher/artificial-intelligence-patents",
          "Entity,Code,Year,All\nSwitzerland,CHE,2016,50\n".getBytes(StandardCharsets.UTF_8));
      DataUpdate.Outcome o =
          UpdateFixtures.run(s, cache, UpdateFixtures.fast(), only("ai_patent_applications"));
      Dataset shipped = Inputs.embeddedBase();
      double old = shipped.latest("CHE", "ai_patent_applications", 2016).orElseThrow().value();
      UpdateDiff d = UpdateDiff.of(shipped, o.values());
      assertThat(d.revised())
          .containsExactly(
              String.format(
                  java.util.Locale.ROOT,
                  "ai_patent_applications CHE 2016: %d → 50 (%+.2f%%)",
                  (long) old,
                  100 * (50 - old) / old));
      assertThat(d.economiesDisappeared()).contains("ai_patent_applications DEU");
      assertThat(d.dropped()).anyMatch(x -> x.startsWith("ai_patent_applications CHE: "));
    }
  }

  @Test
  void an_unchanged_response_is_revalidated_with_its_etag() {
    try (PublisherServer s = new PublisherServer()) {
      UpdateFixtures.run(s, cache, UpdateFixtures.fast(), only("ai_scholarly_publications"));
      DataUpdate.Outcome second =
          UpdateFixtures.run(s, cache, UpdateFixtures.fast(), only("ai_scholarly_publications"));
      assertThat(s.notModified.get()).isEqualTo(1);
      assertThat(second.responses())
          .singleElement()
          .extracting(RawResponse::origin)
          .isEqualTo("revalidated");
    }
  }

  @Test
  void offline_rebuilds_the_same_values_from_the_cache_when_the_publishers_are_gone() {
    List<UpdatedValue> online;
    Map<String, String> bases;
    try (PublisherServer s = new PublisherServer()) {
      bases = s.baseUrls();
      online = UpdateFixtures.run(s, cache, UpdateFixtures.fast()).values();
    }
    Fetcher offline =
        new Fetcher(
            new ResponseCache(cache),
            UpdateFixtures.fast().withOffline(true),
            java.time.Clock.systemUTC());
    DataUpdate.Outcome o =
        DataUpdate.run(
            SourceRegistry.standard(),
            offline,
            new DataUpdate.Settings(UpdateFixtures.ECONOMIES, 2015, bases));
    assertThat(o.failures()).isEmpty();
    assertThat(o.values()).isEqualTo(online);
    assertThat(o.responses()).allMatch(r -> r.origin().equals("cache"));
  }

  @Test
  void as_of_picks_the_response_retrieved_on_or_before_the_date() {
    try (PublisherServer s = new PublisherServer()) {
      DataUpdate.Outcome first =
          UpdateFixtures.run(s, cache, UpdateFixtures.fast(), only("ai_patent_applications"));
      Instant between = Instant.now();
      sleep(5);
      s.replace(
          "/grapher/artificial-intelligence-patents",
          "Entity,Code,Year,All\nSwitzerland,CHE,2016,50\n".getBytes(StandardCharsets.UTF_8));
      DataUpdate.Outcome second =
          UpdateFixtures.run(s, cache, UpdateFixtures.fast(), only("ai_patent_applications"));
      assertThat(value(second, "ai_patent_applications", "CHE", 2016)).isEqualTo(50);
      DataUpdate.Outcome past =
          UpdateFixtures.run(
              s, cache, UpdateFixtures.fast().withAsOf(between), only("ai_patent_applications"));
      assertThat(past.values()).isEqualTo(first.values());
      Map<String, String> pin =
          Map.of(first.responses().get(0).url(), first.responses().get(0).sha256());
      DataUpdate.Outcome pinned =
          UpdateFixtures.run(
              s, cache, UpdateFixtures.fast().withPinned(pin), only("ai_patent_applications"));
      assertThat(pinned.values()).isEqualTo(first.values());
    }
  }

  @Test
  void an_unknown_source_or_indicator_names_the_closest() {
    assertThatThrownBy(() -> SourceRegistry.standard().onlySources(List.of("worldbnk")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown source 'worldbnk' (did you mean 'worldbank'?)");
    assertThatThrownBy(() -> SourceRegistry.standard().find("populaton"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("(did you mean 'population'?)");
  }

  @Test
  void the_sdmx_adapter_reads_sdmx_csv() {
    SourceRegistry r =
        SourceRegistry.parse(
            "r.csv",
            ("indicator,adapter,series,transform,unit,publisher\n"
                    + "rd,sdmx,AIDX.SAMPLE/A.GERD,copy,% of GDP,sample\n")
                .getBytes(StandardCharsets.UTF_8));
    try (PublisherServer s = new PublisherServer()) {
      DataUpdate.Outcome o = UpdateFixtures.run(s, cache, UpdateFixtures.fast(), r);
      assertThat(o.failures()).isEmpty();
      assertThat(o.values()).extracting(UpdatedValue::iso3).contains("DEU", "JPN");
      assertThat(s.requests)
          .anyMatch(q -> q.startsWith("/sdmx/data/AIDX.SAMPLE/A.GERD?format=csvfilewithlabels"));
    }
  }

  private static void sleep(int ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
