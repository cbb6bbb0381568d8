package org.aidx.input.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aidx.data.Dataset;
import org.aidx.input.Inputs;
import org.aidx.model.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manual sources' readers take the publishers' workbooks as downloaded (the fixtures are the
 * team's copies, whole) and give the shipped values of all 20 economies.
 */
class ManualWorkbookTest {
  @TempDir Path cache;

  private static final Path DIR = PublisherServer.FIXTURES.resolve("manual");
  private static final List<String> MANUAL =
      List.of(
          "imf_aipi_regulation_ethics",
          "oxford_gairi_2024_government",
          "oxford_gairi_2024_data_availability",
          "oxford_gairi_2024_data_infrastructure");

  private static DataUpdate.Outcome run(Map<String, Path> files, Path cache) {
    Dataset shipped = Inputs.embeddedBase();
    return DataUpdate.run(
        SourceRegistry.standard().onlySources(List.of("manual")),
        new Fetcher(new ResponseCache(cache), Fetcher.Options.of("test"), Clock.systemUTC()),
        new DataUpdate.Settings(new HashSet<>(shipped.economies()), 2015, Map.of(), files));
  }

  @Test
  void the_workbooks_give_the_shipped_values() {
    DataUpdate.Outcome o =
        run(
            Map.of(
                "aipidata.xlsx", DIR.resolve("aipidata.xlsx"),
                "2024-GAIRI-data.xlsx", DIR.resolve("2024-GAIRI-data.xlsx")),
            cache);
    assertThat(o.failures()).isEmpty();
    Dataset shipped = Inputs.embeddedBase();
    for (String ind : MANUAL) {
      Map<String, Double> want = new TreeMap<>();
      for (Observation x : shipped.observations()) {
        if (x.indicator().equals(ind)) {
          want.put(x.economy() + " " + x.year(), x.value());
        }
      }
      Map<String, Double> got = new TreeMap<>();
      for (UpdatedValue v : o.values()) {
        if (v.indicator().equals(ind)) {
          got.put(v.iso3() + " " + v.year(), v.value());
        }
      }
      assertThat(want).as(ind).hasSize(20);
      assertThat(got).as(ind).isEqualTo(want);
    }
    // the GPU-cluster series have no reader yet and stay listed as manual
    assertThat(o.manual())
        .extracting(SeriesSpec::indicator)
        .containsExactly(
            "ai_supercomputers_h100e_operational_all_records",
            "ai_supercomputers_power_mw_operational_all_records",
            "hyperscale_cloud_regions",
            "newly_funded_ai_companies_2013_2024");
    assertThat(o.responses())
        .extracting(RawResponse::url)
        .containsExactlyInAnyOrder("file:aipidata.xlsx", "file:2024-GAIRI-data.xlsx");
  }

  @Test
  void a_workbook_of_another_layout_names_the_columns_expected() throws Exception {
    Path wrong = cache.resolve("aipidata.xlsx");
    Files.copy(DIR.resolve("2024-GAIRI-data.xlsx"), wrong);
    DataUpdate.Outcome o = run(Map.of("aipidata.xlsx", wrong), cache);
    assertThat(o.failures())
        .singleElement()
        .extracting(SourceException::line)
        .asString()
        .startsWith(
            "manual: file:aipidata.xlsx: expected a header row with the columns 'iso3' and 'Regulation and Ethics'");
  }
}
