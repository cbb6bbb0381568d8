package org.aidx.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aidx.data.Dataset;
import org.aidx.exposure.ExposureEngine;
import org.aidx.model.Observation;
import org.aidx.model.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's data added to the shipped data: conflicts reported and settled by a rule. */
class DataAdditionTest {
  @TempDir Path dir;

  private static Observation obs(String eco, double v, String where) {
    return new Observation(eco, "x", 2020, v, new Provenance("src " + where, "", where, ""));
  }

  private static final Dataset SHIPPED =
      Dataset.of(
          List.of(obs("DEU", 1, "shipped:2"), obs("FRA", 2, "shipped:3")), java.util.Map.of());
  private static final Dataset USER =
      Dataset.of(
          List.of(obs("DEU", 5, "mine:2"), obs("FRA", 2, "mine:3"), obs("ITA", 7, "mine:4")),
          java.util.Map.of());

  @Test
  void by_default_every_differing_value_is_an_error_and_equal_values_are_not() {
    assertThatThrownBy(() -> DataAddition.of(SHIPPED, USER, DataAddition.Rule.ERROR))
        .hasMessageContaining(
            "mine:2: DEU x 2020: your value 5.0 (mine:2) differs from the shipped 1.0")
        .hasMessageContaining("pass --on-conflict user")
        .hasMessageNotContaining("FRA");
  }

  @Test
  void rule_user_keeps_the_users_value_and_reports_it() {
    DataAddition a = DataAddition.of(SHIPPED, USER, DataAddition.Rule.USER);
    assertThat(a.data().latest("DEU", "x", null).orElseThrow().value()).isEqualTo(5);
    assertThat(a.data().latest("DEU", "x", null).orElseThrow().provenance().note())
        .isEqualTo("replaces the shipped value 1.0");
    assertThat(a.data().latest("ITA", "x", null).orElseThrow().value()).isEqualTo(7);
    assertThat(a.data().latest("FRA", "x", null).orElseThrow().provenance().location())
        .isEqualTo("shipped:3");
    assertThat(a.conflicts()).singleElement().asString().contains("kept yours");
  }

  @Test
  void rule_shipped_keeps_the_shipped_value_and_reports_it() {
    DataAddition a = DataAddition.of(SHIPPED, USER, DataAddition.Rule.SHIPPED);
    assertThat(a.data().latest("DEU", "x", null).orElseThrow().value()).isEqualTo(1);
    assertThat(a.data().latest("ITA", "x", null).orElseThrow().value()).isEqualTo(7);
    assertThat(a.conflicts()).singleElement().asString().contains("kept the shipped value");
  }

  @Test
  void added_gdp_recomputes_the_derived_exposure_scale() throws IOException {
    Dataset shipped = Inputs.load(null, List.of(), List.of()).dataset();
    Observation gdp = shipped.latest("JPN", ExposureEngine.GDP_PPP, null).orElseThrow();
    double scale = shipped.latest("JPN", "ai_exposed_output_ppp", null).orElseThrow().value();
    Path mine = dir.resolve("mine.csv");
    Files.writeString(
        mine,
        "iso3,indicator,year,value\nJPN,"
            + ExposureEngine.GDP_PPP
            + ","
            + gdp.year()
            + ","
            + (2 * gdp.value())
            + "\n");
    Inputs in =
        Inputs.load(
            null,
            List.of(mine),
            List.of(),
            null,
            new Inputs.DataOptions(null, true, DataAddition.Rule.USER));
    // exposure scale = AI-exposed share × GDP at PPP: twice the GDP, twice the scale
    assertThat(in.dataset().latest("JPN", "ai_exposed_output_ppp", null).orElseThrow().value())
        .isCloseTo(2 * scale, within(1e-6 * scale));
    assertThat(in.notes()).singleElement().asString().contains("JPN " + ExposureEngine.GDP_PPP);
    assertThat(in.dataset().economies()).hasSameSizeAs(shipped.economies());
  }
}
