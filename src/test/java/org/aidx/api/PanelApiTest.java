package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/panel} against a real server, compared with {@code aidx panel --format json}. */
class PanelApiTest {
  @RegisterExtension static final TestServer running = new TestServer();

  @Test
  void the_panel_equals_what_the_cli_prints_as_json() {
    Http.Answer a = running.http().get("/api/panel?runs=16&seed=3&max_age=2&from=2020");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    ApiTest.Run cli =
        ApiTest.cli(
            "panel",
            "--format",
            "json",
            "--runs",
            "16",
            "--seed",
            "3",
            "--max-age",
            "2",
            "--from",
            "2020");
    assertThat(cli.code()).as(cli.err()).isZero();
    assertThat(a.json()).isEqualTo(ApiTest.json(cli.out()));
    assertThat(a.json().get("years")).hasSize(6);
  }

  @Test
  void openapi_documents_the_catching_up_fields_the_panel_answers() {
    com.fasterxml.jackson.databind.JsonNode api = running.http().get("/api/openapi.json").json();
    com.fasterxml.jackson.databind.JsonNode schema = api.at("/components/schemas/Panel");
    assertThat(
            api.at("/paths/~1api~1panel/get/responses/200/content/application~1json/schema/$ref")
                .asText())
        .isEqualTo("#/components/schemas/Panel");
    com.fasterxml.jackson.databind.JsonNode panel = running.http().get("/api/panel?runs=0").json();
    assertThat(names(schema.get("properties"))).isEqualTo(names(panel));
    com.fasterxml.jackson.databind.JsonNode cu = schema.at("/properties/catching_up/properties");
    assertThat(names(cu)).isEqualTo(names(panel.get("catching_up")));
    assertThat(names(cu.at("/like_for_like/properties")))
        .isEqualTo(names(panel.at("/catching_up/like_for_like")));
    com.fasterxml.jackson.databind.JsonNode reading = cu.at("/readings/items/properties");
    com.fasterxml.jackson.databind.JsonNode first = panel.at("/catching_up/readings/1");
    assertThat(names(reading)).isEqualTo(names(first));
    assertThat(names(reading.at("/like_for_like/properties")))
        .isEqualTo(names(first.get("like_for_like")));
  }

  private static java.util.List<String> names(com.fasterxml.jackson.databind.JsonNode o) {
    java.util.List<String> out = new java.util.ArrayList<>();
    o.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void bad_parameters_are_a_400_naming_each_one() {
    Http.Answer a = running.http().get("/api/panel?runs=x&max_age=0");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body()).contains("'runs'");
    Http.Answer b = running.http().get("/api/panel?max_age=0&runs=0");
    assertThat(b.status()).isEqualTo(400);
    assertThat(b.body()).contains("at least 1 year");
    Http.Answer c = running.http().get("/api/panel?from=2024&to=2020&runs=0");
    assertThat(c.status()).isEqualTo(400);
    assertThat(c.body()).contains("first year is after the last");
  }
}
