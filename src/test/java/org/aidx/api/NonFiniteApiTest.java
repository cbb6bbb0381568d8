package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.aidx.testing.TinyIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API stops an overflowing ratio as the CLI does: HTTP 400 naming economy and indicator. */
class NonFiniteApiTest {
  @TempDir Path dir;

  @Test
  void an_index_over_a_subnormal_reference_value_is_a_400_not_infinity() {
    try (ApiServer s = ApiServer.start(ServerOptions.of(0, dir.resolve("store")), Analyses.NONE)) {
      Http http = Http.of(s);
      Http.Answer fw =
          http.post(
              "/api/frameworks?name=tiny.yaml",
              TinyIndex.FRAMEWORK,
              "Content-Type",
              "application/yaml");
      assertThat(fw.status()).as(fw.body()).isEqualTo(201);
      String fwId = fw.json().get("id").asText();
      Http.Answer d =
          http.post("/api/datasets?name=d.csv&framework=" + fwId, TinyIndex.data("4.9e-324"));
      assertThat(d.status()).as(d.body()).isEqualTo(201);
      String dId = d.json().get("id").asText();

      Http.Answer a =
          http.post(
              "/api/index", "{\"framework\": \"" + fwId + "\", \"dataset\": \"" + dId + "\"}");

      assertThat(a.status()).as(a.body()).isEqualTo(400);
      assertThat(a.body())
          .contains("economy DEU")
          .contains("indicator 'x'")
          .contains("ratio normalisation")
          .doesNotContain("\"Infinity\"");
    }
  }
}
