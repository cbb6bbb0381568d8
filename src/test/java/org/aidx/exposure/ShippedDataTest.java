package org.aidx.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.aidx.data.Dataset;
import org.aidx.input.ExposureFiles;
import org.junit.jupiter.api.Test;

/** The shipped AIIE table, mapping, industry structures and GDP at PPP work together. */
class ShippedDataTest {
  private static final List<String> ECONOMIES =
      List.of(
          "USA", "CHN", "DEU", "JPN", "IND", "GBR", "FRA", "ITA", "BRA", "CAN", "RUS", "KOR", "MEX",
          "AUS", "ESP", "IDN", "NLD", "TUR", "SAU", "CHE");

  private static final IndustryExposure AIIE = ExposureFiles.loadDefaultIndustryExposure();
  private static final IndustryMapping MAPPING = ExposureFiles.loadDefaultMapping();
  private static final IndustryStructures STRUCTURES = ExposureFiles.loadDefaultStructures();
  private static final Dataset GDP = ExposureFiles.loadDefaultGdpPpp();

  @Test
  void the_shipped_aiie_table_has_250_industries() {
    assertThat(AIIE.industries()).hasSize(250);
  }

  @Test
  void every_aiie_industry_maps_to_exactly_one_group_in_each_scheme() {
    for (Industry industry : AIIE.industries()) {
      List<MappingRule> matching = new ArrayList<>();
      for (MappingRule r : MAPPING.rules()) {
        if (industry.naics4().startsWith(r.naicsPrefix())) {
          matching.add(r);
        }
      }
      int longest = matching.stream().mapToInt(r -> r.naicsPrefix().length()).max().orElse(0);
      List<MappingRule> winners =
          matching.stream().filter(r -> r.naicsPrefix().length() == longest).toList();
      assertThat(winners).as(industry.label()).hasSize(1);
      for (StructureScheme scheme : StructureScheme.builtIn()) {
        assertThat(scheme.groups())
            .as(industry.label() + " in " + scheme.id())
            .contains(winners.get(0).group(scheme));
        assertThat(MAPPING.groupOf(industry, scheme)).isEqualTo(winners.get(0).group(scheme));
      }
    }
  }

  @Test
  void every_group_of_each_scheme_receives_at_least_one_industry() {
    for (StructureScheme scheme : StructureScheme.builtIn()) {
      var groups = AIIE.groupExposures(MAPPING, scheme);
      assertThat(groups.keySet()).containsExactlyElementsOf(scheme.groups());
      int total = groups.values().stream().mapToInt(g -> g.industries().size()).sum();
      assertThat(total).isEqualTo(AIIE.industries().size());
    }
  }

  @Test
  void every_mapping_rule_has_a_note() {
    assertThat(MAPPING.rules()).allSatisfy(r -> assertThat(r.note()).isNotBlank());
  }

  @Test
  void information_and_computer_services_count_as_un_transport_storage_and_communication() {
    // UN SNAAMA footnotes (all 20 economies): ISIC I includes publishing, computer and related
    // activities and radio/TV; J-P excludes them.
    for (Industry i : AIIE.industries()) {
      if (i.naics2().equals("51") || i.naics4().equals("5415")) {
        assertThat(MAPPING.groupOf(i, StructureScheme.VALUE_ADDED))
            .as(i.label())
            .isEqualTo("ISIC3_I");
        assertThat(MAPPING.groupOf(i, StructureScheme.EMPLOYMENT))
            .as(i.label())
            .isEqualTo("ISIC4_HJ");
      }
    }
  }

  @Test
  void every_economy_gets_an_exposed_share_of_value_added_strictly_between_0_and_1() {
    List<EconomyExposure> r =
        ExposureEngine.of(AIIE, MAPPING).measureAll(ECONOMIES, STRUCTURES, GDP);
    assertThat(r).extracting(EconomyExposure::iso3).containsExactlyElementsOf(ECONOMIES);
    assertThat(r)
        .allSatisfy(
            e -> {
              assertThat(e.exposedShare()).as(e.iso3()).isStrictlyBetween(0.0, 1.0);
              assertThat(e.exposureScale()).as(e.iso3()).isPositive().isFinite();
              assertThat(e.diffusionVariance()).as(e.iso3()).isNotNegative().isFinite();
              assertThat(e.shareTotalPercent()).as(e.iso3()).isBetween(99.0, 101.0);
            });
  }

  @Test
  void every_economy_gets_an_exposed_share_of_employment_strictly_between_0_and_1() {
    List<EconomyExposure> r =
        ExposureEngine.of(AIIE, MAPPING, StructureScheme.EMPLOYMENT)
            .measureAll(ECONOMIES, STRUCTURES, GDP);
    assertThat(r)
        .allSatisfy(e -> assertThat(e.exposedShare()).as(e.iso3()).isStrictlyBetween(0.0, 1.0));
  }

  @Test
  void mexico_value_added_falls_back_to_2023_because_2024_does_not_sum_to_100() {
    EconomyExposure mex = ExposureEngine.of(AIIE, MAPPING).measure("MEX", STRUCTURES, GDP);
    assertThat(mex.year()).isEqualTo(2023);
    assertThat(mex.skipped()).extracting(SkippedYear::year).containsExactly(2024);
    assertThat(mex.skipped().get(0).totalPercent()).isBetween(92.0, 92.5);
    assertThat(mex.observations().get(0).provenance().note())
        .contains("industry structure year 2023", "2024 (shares sum to 92.25%)");
  }

  @Test
  void economies_with_a_complete_2024_structure_use_2024() {
    List<EconomyExposure> r =
        ExposureEngine.of(AIIE, MAPPING).measureAll(ECONOMIES, STRUCTURES, GDP);
    assertThat(r)
        .filteredOn(e -> !e.iso3().equals("MEX"))
        .allSatisfy(e -> assertThat(e.year()).as(e.iso3()).isEqualTo(2024));
  }
}
