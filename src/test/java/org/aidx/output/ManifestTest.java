package org.aidx.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A manifest lists the settings of a run in one order whatever order the map iterates in. */
class ManifestTest {
  /** The keys of one JSON object in the order they are written, read with a plain scan. */
  private static List<String> keysIn(String json, String field) {
    int start = json.indexOf("\"" + field + "\"");
    int open = json.indexOf('{', start);
    int close = json.indexOf('}', open);
    List<String> keys = new ArrayList<>();
    for (String line : json.substring(open + 1, close).split("\n")) {
      String t = line.trim();
      if (t.startsWith("\"")) {
        keys.add(t.substring(1, t.indexOf('"', 1)));
      }
    }
    return keys;
  }

  // ten keys: Map.of places them by a per-JVM salted hash, so their iteration order varies
  static final Map<String, String> SETTINGS =
      Map.of(
          "seed", "1", "runs", "1000", "method", "ols", "alpha", "0.05", "zeta", "z", "beta", "b",
          "gamma", "g", "delta", "d", "kappa", "k", "omega", "o");

  static final List<String> SORTED =
      List.of(
          "alpha", "beta", "delta", "gamma", "kappa", "method", "omega", "runs", "seed", "zeta");

  @Test
  void named_settings_are_written_in_key_order() {
    String json = Manifest.json("trend", List.of("trend"), List.of(), SETTINGS, List.of());
    assertThat(keysIn(json, "methodology")).isEqualTo(SORTED);
  }

  @Test
  void an_added_field_writes_its_map_in_key_order() {
    String base = Manifest.json("trend", List.of("trend"), List.of(), Map.of(), List.of());
    String json = Manifest.with(base, "robustness", SETTINGS);
    assertThat(keysIn(json, "robustness")).isEqualTo(SORTED);
  }
}
