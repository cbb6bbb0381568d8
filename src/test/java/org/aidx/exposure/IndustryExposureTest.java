package org.aidx.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.aidx.model.InputException;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;

class IndustryExposureTest {
  private static final double EPS = 1e-12;

  /** AIIE from −2 to 2, so min-max gives (z + 2)/4. */
  private static final List<Industry> INDUSTRIES =
      List.of(
          new Industry("1111", "11", "Crop A", -2.0, "f:2"),
          new Industry("1112", "11", "Crop B", -1.0, "f:3"),
          new Industry("1113", "11", "Crop C", 0.0, "f:4"),
          new Industry("2100", "21", "Mining", 1.0, "f:5"),
          new Industry("3100", "31", "Manufacturing", 2.0, "f:6"),
          new Industry("2300", "23", "Construction", 0.0, "f:7"),
          new Industry("4200", "42", "Wholesale", 0.0, "f:8"),
          new Industry("4800", "48", "Transport", 0.0, "f:9"),
          new Industry("5200", "52", "Finance", 1.0, "f:10"));

  /** One rule per value-added group; employment groups B..K only partly covered. */
  private static final IndustryMapping MAPPING =
      IndustryMapping.of(
          List.of(
              new MappingRule("11", "ISIC3_A-B", "ISIC4_A", "", "m:2"),
              new MappingRule("21", "ISIC3_CE_EXCL_D", "ISIC4_B", "", "m:3"),
              new MappingRule("31", "ISIC3_D", "ISIC4_C", "", "m:4"),
              new MappingRule("23", "ISIC3_F", "ISIC4_F", "", "m:5"),
              new MappingRule("42", "ISIC3_G-H", "ISIC4_G", "", "m:6"),
              new MappingRule("48", "ISIC3_I", "ISIC4_HJ", "", "m:7"),
              new MappingRule("52", "ISIC3_J-P", "ISIC4_K", "", "m:8")));

  @Test
  void min_max_maps_the_least_exposed_industry_to_0_and_the_most_to_1() {
    assertThat(IndustryExposure.of(INDUSTRIES).exposures())
        .containsExactly(0.0, 0.25, 0.5, 0.75, 1.0, 0.5, 0.5, 0.5, 0.75);
  }

  @Test
  void group_exposure_is_the_unweighted_mean_of_its_industries() {
    Map<String, GroupExposure> g =
        IndustryExposure.of(INDUSTRIES).groupExposures(MAPPING, StructureScheme.VALUE_ADDED);
    assertThat(g.keySet()).containsExactlyElementsOf(StructureScheme.VALUE_ADDED.groups());
    // A-B: (0 + 0.25 + 0.5)/3
    assertThat(g.get("ISIC3_A-B").exposure()).isCloseTo(0.25, offset(EPS));
    assertThat(g.get("ISIC3_A-B").industries())
        .containsExactly("1111 Crop A", "1112 Crop B", "1113 Crop C");
    assertThat(g.get("ISIC3_D").exposure()).isEqualTo(1.0);
    assertThat(g.get("ISIC3_J-P").exposure()).isEqualTo(0.75);
  }

  @Test
  void normal_cdf_rescaling_averages_phi_of_the_scores() {
    Map<String, GroupExposure> g =
        IndustryExposure.of(INDUSTRIES)
            .withRescaling(Rescaling.NORMAL_CDF)
            .groupExposures(MAPPING, StructureScheme.VALUE_ADDED);
    NormalDistribution n = new NormalDistribution(0, 1);
    double ab =
        (n.cumulativeProbability(-2) + n.cumulativeProbability(-1) + n.cumulativeProbability(0))
            / 3;
    assertThat(g.get("ISIC3_A-B").exposure()).isCloseTo(ab, offset(1e-14));
  }

  @Test
  void normal_cdf_agrees_with_hipparchus_and_is_symmetric() {
    NormalDistribution n = new NormalDistribution(0, 1);
    for (double z = -8.5; z <= 8.5; z += 0.125) {
      assertThat(Rescaling.normalCdf(z)).isCloseTo(n.cumulativeProbability(z), offset(1e-14));
      assertThat(Rescaling.normalCdf(-z)).isCloseTo(1 - Rescaling.normalCdf(z), offset(1e-14));
    }
    assertThat(Rescaling.normalCdf(0)).isEqualTo(0.5);
  }

  @Test
  void a_group_without_industries_is_an_input_error() {
    // the fixture maps nothing to, e.g., ISIC4_DE
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                IndustryExposure.of(INDUSTRIES)
                    .groupExposures(MAPPING, StructureScheme.EMPLOYMENT));
    assertThat(e.getMessage()).contains("no AIIE industry maps to group ISIC4_DE");
  }

  @Test
  void an_industry_no_rule_matches_is_an_input_error_naming_its_line() {
    List<Industry> more =
        List.of(
            INDUSTRIES.get(0), INDUSTRIES.get(4), new Industry("9999", "99", "Gov", 0.5, "f:11"));
    InputException e =
        assertThrows(
            InputException.class,
            () -> IndustryExposure.of(more).groupExposures(MAPPING, StructureScheme.VALUE_ADDED));
    assertThat(e.problems().get(0).where()).isEqualTo("f:11");
    assertThat(e.problems().get(0).what()).contains("9999 Gov matches no NAICS prefix");
  }

  @Test
  void equal_scores_cannot_be_min_max_rescaled() {
    List<Industry> flat =
        List.of(new Industry("1111", "11", "A", 0.3, ""), new Industry("1112", "11", "B", 0.3, ""));
    InputException e = assertThrows(InputException.class, () -> IndustryExposure.of(flat));
    assertThat(e.getMessage()).contains("every score is 0.3");
  }

  @Test
  void a_repeated_industry_is_an_input_error() {
    List<Industry> twice =
        List.of(
            new Industry("1111", "11", "A", 0.1, "f:2"),
            new Industry("1111", "11", "A", 0.2, "f:3"));
    InputException e = assertThrows(InputException.class, () -> IndustryExposure.of(twice));
    assertThat(e.problems().get(0).where()).isEqualTo("f:3");
  }

  @Test
  void rows_sharing_a_code_but_not_a_title_are_separate_industries() {
    List<Industry> oes =
        List.of(
            new Industry("3250", "32", "Chemicals (3255 and 3256 only)", 0.0, ""),
            new Industry("3250", "32", "Chemicals (3251 and 3252 only)", 1.0, ""));
    assertThat(IndustryExposure.of(oes).exposures()).containsExactly(0.0, 1.0);
  }
}
