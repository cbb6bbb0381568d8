package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/robustness} and {@code /api/coherence} on a real server, compared with the CLI. */
class RobustnessApiTest {
  @TempDir static Path dir;
  static ApiServer server;
  static Http http;

  @BeforeAll
  static void start() {
    server = ApiServer.start(ServerOptions.of(0, dir.resolve("store")), Analyses.builtIn());
    http = Http.of(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode cliJson(String... args) {
    ApiTest.Run cli = ApiTest.cli(args);
    assertThat(cli.code()).as(cli.err()).isZero();
    return ApiTest.json(cli.out());
  }

  @Test
  void get_gives_what_aidx_robustness_prints_for_the_same_runs_and_seed() {
    Http.Answer a = http.get("/api/robustness?runs=200&seed=5");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    ObjectNode api = (ObjectNode) a.json();
    JsonNode intervals = api.remove("intervals");
    JsonNode cli = cliJson("robustness", "--runs", "200", "--seed", "5", "--format", "json", "-q");
    assertThat(api).isEqualTo(cli);
    assertThat(api.get("runs").asInt()).isEqualTo(200);
    assertThat(api.get("seed").asLong()).isEqualTo(5);
    // The dashboard's intervals are the same numbers, in nominal rank order.
    assertThat(intervals).hasSize(20);
    for (int k = 0; k < intervals.size(); k++) {
      JsonNode iv = intervals.get(k);
      JsonNode e = cli.get("economies").get(k);
      assertThat(iv.get("iso3")).isEqualTo(e.get("iso3"));
      assertThat(iv.get("nominal")).isEqualTo(e.get("rank").get("nominal"));
      assertThat(iv.get("low")).isEqualTo(e.get("rank").get("q05"));
      assertThat(iv.get("median")).isEqualTo(e.get("rank").get("median"));
      assertThat(iv.get("high")).isEqualTo(e.get("rank").get("q95"));
      assertThat(iv.get("low").asDouble()).isLessThanOrEqualTo(iv.get("high").asDouble());
    }
    List<Double> nominal = new ArrayList<>();
    intervals.forEach(iv -> nominal.add(iv.get("nominal").asDouble()));
    assertThat(nominal).isSorted();
  }

  @Test
  void without_parameters_it_runs_1000_replications_with_seed_1_as_the_cli_does() {
    JsonNode a = http.get("/api/robustness").json();
    assertThat(a.get("runs").asInt()).isEqualTo(RobustnessRequest.DEFAULT_RUNS).isEqualTo(1000);
    JsonNode cli = cliJson("robustness", "--runs", "1000", "--format", "json", "-q");
    assertThat(a.get("economies")).isEqualTo(cli.get("economies"));
    // Asked again, the (cached) answer is the same.
    assertThat(http.get("/api/robustness?runs=1000&seed=1").json()).isEqualTo(a);
  }

  @Test
  void post_varies_the_recomputed_index_as_the_cli_options_do() {
    Http.Answer a =
        http.post(
            "/api/robustness",
            "{\"runs\": 200, \"seed\": 3, \"normalise\": \"minmax:1,100\", \"reference\": \"CHN\"}");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    ObjectNode api = (ObjectNode) a.json();
    api.remove("intervals");
    JsonNode cli =
        cliJson(
            "robustness",
            "--runs",
            "200",
            "--seed",
            "3",
            "--normalise",
            "minmax:1,100",
            "--reference",
            "CHN",
            "--format",
            "json",
            "-q");
    assertThat(api).isEqualTo(cli);
    assertThat(api.get("reference").asText()).isEqualTo("CHN");
    assertThat(api.get("economies"))
        .isNotEqualTo(http.get("/api/robustness?runs=200&seed=3").json().get("economies"));
  }

  @Test
  void runs_outside_1_to_20000_or_not_a_number_are_400_naming_the_parameter() {
    for (String runs : List.of("0", "-5", "20001", "many")) {
      Http.Answer a = http.get("/api/robustness?runs=" + runs);
      assertThat(a.status()).as(runs).isEqualTo(400);
      JsonNode p = a.json().get("problems").get(0);
      assertThat(p.get("where").asText()).isEqualTo("query parameter 'runs'");
      assertThat(p.get("what").asText()).contains("'" + runs + "'");
    }
    JsonNode seed = http.get("/api/robustness?runs=20000&seed=x").json().get("problems").get(0);
    assertThat(seed.get("where").asText()).isEqualTo("query parameter 'seed'");
    Http.Answer body = http.post("/api/robustness", "{\"runs\": 0, \"normalse\": \"rank\"}");
    assertThat(body.status()).isEqualTo(400);
    List<String> where = new ArrayList<>();
    body.json().get("problems").forEach(p -> where.add(p.get("where").asText()));
    assertThat(where)
        .containsExactlyInAnyOrder("request body, field 'runs'", "request body, field 'normalse'");
  }

  @Test
  void the_service_computes_a_cached_answer_once() {
    IndexService s = server.service();
    AtomicInteger calls = new AtomicInteger();
    Object key = List.of("test", 42);
    JsonNode first =
        s.cached(key, () -> Http.JSON.createObjectNode().put("n", calls.incrementAndGet()));
    JsonNode second =
        s.cached(key, () -> Http.JSON.createObjectNode().put("n", calls.incrementAndGet()));
    assertThat(calls.get()).isEqualTo(1);
    assertThat(second).isEqualTo(first);
    // Callers get copies: changing one does not change what the next caller gets.
    ((ObjectNode) second).put("n", 99);
    assertThat(s.cached(key, () -> null).get("n").asInt()).isEqualTo(1);
  }

  @Test
  void coherence_gives_what_aidx_coherence_prints() {
    Http.Answer a = http.get("/api/coherence");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.json()).isEqualTo(cliJson("coherence", "--format", "json"));
    Http.Answer b = http.post("/api/coherence", "{\"impute\": \"mean\"}");
    assertThat(b.status()).as(b.body()).isEqualTo(200);
    assertThat(b.json()).isEqualTo(cliJson("coherence", "--impute", "mean", "--format", "json"));
    assertThat(http.post("/api/coherence", "{\"impute\": \"meen\"}").status()).isEqualTo(400);
  }

  @Test
  void openapi_documents_both_analyses_without_501() {
    JsonNode paths = http.get("/api/openapi.json").json().get("paths");
    for (String p : List.of("/api/robustness", "/api/coherence")) {
      paths.get(p).forEach(op -> assertThat(op.get("responses").has("501")).as(p).isFalse());
    }
    assertThat(paths.get("/api/robustness").get("get").get("parameters").findValuesAsText("name"))
        .containsExactly("runs", "seed");
  }
}
