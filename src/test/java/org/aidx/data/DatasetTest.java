package org.aidx.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.aidx.model.InputException;
import org.aidx.model.Observation;
import org.aidx.model.Provenance;
import org.junit.jupiter.api.Test;

class DatasetTest {
  private static Observation obs(String economy, int year, double value, String location) {
    return new Observation(economy, "gpus", year, value, new Provenance("test", "", location, ""));
  }

  private static final Dataset THREE_YEARS =
      Dataset.of(
          List.of(
              obs("AAA", 2022, 3, "d.csv:4"),
              obs("AAA", 2018, 1, "d.csv:2"),
              obs("AAA", 2020, 2, "d.csv:3")),
          Map.of());

  @Test
  void latest_without_a_year_is_the_most_recent_value() {
    assertThat(THREE_YEARS.latest("AAA", "gpus", null)).map(Observation::year).contains(2022);
  }

  @Test
  void latest_with_a_year_is_the_most_recent_value_at_or_before_it() {
    assertThat(THREE_YEARS.latest("AAA", "gpus", 2021)).map(Observation::year).contains(2020);
  }

  @Test
  void latest_includes_the_year_itself() {
    assertThat(THREE_YEARS.latest("AAA", "gpus", 2020)).map(Observation::value).contains(2.0);
  }

  @Test
  void latest_before_the_first_year_is_empty() {
    assertThat(THREE_YEARS.latest("AAA", "gpus", 2017)).isEmpty();
  }

  @Test
  void an_unknown_indicator_has_no_value() {
    assertThat(THREE_YEARS.latest("AAA", "talent", null)).isEmpty();
  }

  @Test
  void an_unknown_economy_has_no_value() {
    assertThat(THREE_YEARS.latest("BBB", "gpus", null)).isEmpty();
  }

  @Test
  void series_is_oldest_first() {
    assertThat(THREE_YEARS.series("AAA", "gpus"))
        .extracting(Observation::year)
        .containsExactly(2018, 2020, 2022);
  }

  @Test
  void economies_are_sorted_and_include_named_ones_without_data() {
    Dataset d = Dataset.of(List.of(obs("CCC", 2020, 1, "")), Map.of("AAA", "Aland"));
    assertThat(d.economies()).containsExactly("AAA", "CCC");
  }

  @Test
  void every_duplicate_is_reported_with_both_locations() {
    List<Observation> rows =
        List.of(
            obs("AAA", 2020, 1, "d.csv:2"),
            obs("AAA", 2020, 2, "d.csv:3"),
            obs("BBB", 2020, 1, "d.csv:4"),
            obs("BBB", 2020, 1, "d.csv:5"));
    InputException e = assertThrows(InputException.class, () -> Dataset.of(rows, Map.of()));
    assertThat(e.problems()).hasSize(2);
    assertThat(e)
        .hasMessageContaining(
            "d.csv:3: duplicate value for (AAA, gpus, 2020); the first is at d.csv:2")
        .hasMessageContaining(
            "d.csv:5: duplicate value for (BBB, gpus, 2020); the first is at d.csv:4");
  }

  @Test
  void replacing_swaps_the_value_with_the_same_key() {
    Dataset d = THREE_YEARS.replacing(List.of(obs("AAA", 2020, 9, "edit")));
    assertThat(d.latest("AAA", "gpus", 2020)).map(Observation::value).contains(9.0);
    assertThat(d.observations()).hasSize(3);
  }
}
