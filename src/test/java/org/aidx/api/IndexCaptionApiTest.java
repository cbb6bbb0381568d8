package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.aidx.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code method_caption} of {@code /api/index}: the request's non-default choices in the words of
 * the CLI's titles ({@code MethodCaption}), which the dashboard prints under its table and charts.
 */
class IndexCaptionApiTest {
  @RegisterExtension static final TestServer running = new TestServer();

  private static List<String> caption(JsonNode answer) {
    assertThat(answer.get("method_caption").isArray()).as(answer.toString()).isTrue();
    List<String> out = new ArrayList<>();
    answer.get("method_caption").forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void the_default_index_has_an_empty_caption() {
    assertThat(caption(running.http().get("/api/index").json())).isEmpty();
    assertThat(caption(running.http().post("/api/index", "{}").json())).isEmpty();
  }

  @Test
  void weights_equal_to_the_frameworks_own_and_its_own_reference_are_not_named() {
    JsonNode tree = running.http().get("/api/index").json().get("methodology").get("tree");
    JsonNode layer = tree.get("children").get(0);
    String body =
        "{\"weights\": {\""
            + layer.get("id").asText()
            + "\": "
            + layer.get("weight").asText()
            + "}, \"reference\": \"USA\"}";
    assertThat(running.http().get("/api/index").json().get("reference").asText()).isEqualTo("USA");
    assertThat(caption(running.http().post("/api/index", body).json())).isEmpty();
  }

  @Test
  void each_non_default_method_weight_floor_and_view_is_named_in_order() {
    String body =
        "{\"normalise\": \"minmax:1,100\", \"aggregate\": \"arithmetic\", \"floor\": 0.05,"
            + " \"weights\": {\"compute\": 2}, \"per\": \"capita\"}";
    Http.Answer a = running.http().post("/api/index", body);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(caption(a.json()))
        .containsExactly(
            "normalise minmax:1,100",
            "aggregate arithmetic",
            "score floor 0.05",
            "weights compute=2",
            "intensity view per capita");
  }

  @Test
  void the_caption_is_the_one_the_cli_puts_in_the_title_of_the_same_index() {
    StringWriter out = new StringWriter();
    int code =
        Main.execute(
            new String[] {
              "index", "--normalise", "minmax:1,100", "--aggregate", "arithmetic", "--year", "2023"
            },
            new PrintWriter(out),
            new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    String title = out.toString().lines().findFirst().orElseThrow();
    List<String> api =
        caption(
            running
                .http()
                .post(
                    "/api/index",
                    "{\"normalise\": \"minmax:1,100\", \"aggregate\": \"arithmetic\", \"year\": 2023}")
                .json());
    assertThat(api).hasSize(3);
    assertThat(title).endsWith(" — " + String.join("; ", api));
  }
}
