package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aidx.analysis.scenario.ScenarioRun;
import org.aidx.analysis.scenario.TierRule;
import org.aidx.input.Inputs;
import org.aidx.input.ScenarioFiles;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.PipelineSpec;
import org.aidx.store.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/scenario} on a real server, compared with {@code aidx scenario}. */
class ScenarioApiTest {
  static final Path JAPAN = Path.of("examples", "scenarios", "japan-us-sharing.yaml");

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

  private static Http.Answer yaml(String path, String body) {
    return http.post(path, body, "Content-Type", "application/yaml");
  }

  @Test
  void the_japan_example_file_gives_exactly_what_the_cli_prints() throws Exception {
    ApiTest.Run cli = ApiTest.cli("scenario", "--file", JAPAN.toString(), "--format", "json");
    assertThat(cli.code()).as(cli.err()).isZero();
    JsonNode expected = ApiTest.json(cli.out());
    assertThat(expected.get("scenarios")).hasSize(3);

    // The file as it is, as YAML ...
    Http.Answer asYaml = yaml("/api/scenario", Files.readString(JAPAN));
    assertThat(asYaml.status()).as(asYaml.body()).isEqualTo(200);
    assertThat(asYaml.json()).isEqualTo(expected);
    // ... and the same document as JSON.
    JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(JAPAN.toFile());
    Http.Answer asJson = http.post("/api/scenario", Http.JSON.writeValueAsString(doc));
    assertThat(asJson.status()).as(asJson.body()).isEqualTo(200);
    assertThat(asJson.json()).isEqualTo(expected);

    // Japan's scenario ranks are those of the core run, which does not go through the writer.
    Inputs in = Inputs.load(null, List.of(), List.of());
    List<ScenarioRun> runs =
        ScenarioRun.runAll(
            in.framework(),
            in.dataset(),
            Methodology.of(in.framework(), PipelineSpec.defaults()),
            ScenarioFiles.read(JAPAN),
            TierRule.BASELINE_BREAKS);
    for (int s = 0; s < runs.size(); s++) {
      JsonNode jpn = economy(asJson.json().get("scenarios").get(s), "JPN");
      assertThat(jpn.get("scenario").get("rank").asDouble())
          .isEqualTo(runs.get(s).scenarioRank("JPN"));
      assertThat(jpn.get("scenario").get("index").asDouble())
          .isEqualTo(runs.get(s).scenarioIndex("JPN"));
      assertThat(jpn.get("baseline").get("rank").asDouble())
          .isEqualTo(runs.get(s).baselineRank("JPN"));
    }
    // The example matters: half of the gap closed moves Japan up.
    JsonNode half = economy(asJson.json().get("scenarios").get(0), "JPN");
    assertThat(half.get("change").get("rank").asDouble()).isNegative();
  }

  @Test
  void inline_changes_with_methods_and_retiering_equal_the_cli_options() {
    ApiTest.Run cli =
        ApiTest.cli(
            "scenario",
            "--name",
            "jp",
            "--change",
            "JPN:compute=copy(USA)",
            "--change",
            "JPN:data=gap(USA,0.5)",
            "--normalise",
            "minmax:1,100",
            "--aggregate",
            "geometric",
            "--retier",
            "--format",
            "json");
    assertThat(cli.code()).as(cli.err()).isZero();
    Http.Answer a =
        http.post(
            "/api/scenario",
            "{\"name\": \"jp\", \"changes\": [\"JPN:compute=copy(USA)\","
                + " {\"economy\": \"JPN\", \"target\": \"data\", \"operation\": \"gap(USA,0.5)\"}],"
                + " \"normalise\": \"minmax:1,100\", \"aggregate\": \"geometric\", \"retier\":"
                + " true}");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    JsonNode expected = ApiTest.json(cli.out());
    // Only the description differs: the CLI says the changes came from --change.
    ((ObjectNode) expected.get("scenarios").get(0)).put("description", "");
    assertThat(a.json()).isEqualTo(expected);
    assertThat(a.json().get("scenario_tiers").asText()).contains("fitted again");
  }

  @Test
  void weights_apply_to_the_baseline_and_the_scenario_as_in_post_index() {
    String weights = "\"weights\": {\"technology_activity\": 2, \"compute\": 0.5}";
    Http.Answer a =
        http.post("/api/scenario", "{\"changes\": [\"JPN:compute=copy(USA)\"], " + weights + "}");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    JsonNode index = http.post("/api/index", "{" + weights + "}").json();
    JsonNode s = a.json().get("scenarios").get(0);
    assertThat(s.get("name").asText()).isEqualTo("inline");
    for (JsonNode e : index.get("economies")) {
      JsonNode b = economy(s, e.get("iso3").asText()).get("baseline");
      assertThat(b.get("index").asDouble()).isEqualTo(e.get("index").asDouble());
      assertThat(b.get("rank").asDouble()).isEqualTo(e.get("rank").asDouble());
    }
    // The reweighted baseline differs from the default one.
    assertThat(economy(s, "JPN").get("baseline").get("index").asDouble())
        .isNotEqualTo(
            economy(http.get("/api/index").json(), "JPN", "economies").get("index").asDouble());
  }

  @Test
  void a_scenario_without_changes_reproduces_the_baseline() {
    Http.Answer a = http.post("/api/scenario", "{\"name\": \"nothing\", \"changes\": []}");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    JsonNode s = a.json().get("scenarios").get(0);
    assertThat(s.get("scenario_values")).isEmpty();
    JsonNode index = http.get("/api/index").json();
    assertThat(s.get("economies")).hasSize(index.get("economies").size());
    for (JsonNode e : index.get("economies")) {
      JsonNode x = economy(s, e.get("iso3").asText());
      assertThat(x.get("scenario")).isEqualTo(x.get("baseline"));
      assertThat(x.get("baseline").get("index").asDouble()).isEqualTo(e.get("index").asDouble());
      assertThat(x.get("baseline").get("tier").asInt()).isEqualTo(e.get("tier").asInt());
      assertThat(x.get("change").get("index").asDouble()).isZero();
      assertThat(x.get("change").get("rank").asDouble()).isZero();
    }
  }

  @Test
  void a_bad_change_is_400_with_the_cli_message() {
    for (String bad : List.of("JPN:compute=cpy(USA)", "JAP:compute=copy(USA)", "JPN-compute")) {
      ApiTest.Run cli = ApiTest.cli("scenario", "--change", bad);
      assertThat(cli.code()).isEqualTo(2);
      Http.Answer a = http.post("/api/scenario", "{\"changes\": [\"" + bad + "\"]}");
      assertThat(a.status()).as(bad).isEqualTo(400);
      JsonNode ps = a.json().get("problems");
      assertThat(ps).hasSize(1);
      assertThat(cli.err()).contains("  - " + ps.get(0).get("message").asText() + "\n");
    }
  }

  @Test
  void every_bad_change_and_field_is_reported_at_once() {
    Http.Answer a =
        http.post(
            "/api/scenario",
            "{\"changes\": [\"JPN:compute=cpy(USA)\", \"JPN:data=gap(USA)\"], \"retier\": \"yes\","
                + " \"normalse\": \"rank\"}");
    assertThat(a.status()).isEqualTo(400);
    List<String> where = new ArrayList<>();
    a.json().get("problems").forEach(p -> where.add(p.get("where").asText()));
    assertThat(where)
        .containsExactlyInAnyOrder(
            "request body, field 'normalse'",
            "request body, field 'retier'",
            "change 'JPN:compute=cpy(USA)'",
            "change 'JPN:data=gap(USA)'");
  }

  @Test
  void requests_without_a_scenario_or_with_two_kinds_are_400() {
    Http.Answer none = http.post("/api/scenario", "{}");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.json().get("problems").get(0).get("what").asText())
        .isEqualTo("no scenario given");
    Http.Answer empty = http.post("/api/scenario", "");
    assertThat(empty.status()).isEqualTo(400);
    Http.Answer both =
        http.post("/api/scenario", "{\"changes\": [], \"scenarios\": [{\"name\": \"a\"}]}");
    assertThat(both.status()).isEqualTo(400);
    assertThat(both.json().get("problems").get(0).get("what").asText())
        .isEqualTo("has both 'changes' and 'scenarios'");
    Http.Answer badYaml = yaml("/api/scenario", "scenarios: [a, b\n  c: :");
    assertThat(badYaml.status()).isEqualTo(400);
    assertThat(badYaml.json().get("problems").get(0).get("what").asText())
        .startsWith("is not valid YAML");
    // The file form names the item, as 'aidx scenario --file' does.
    Http.Answer item =
        http.post(
            "/api/scenario",
            "{\"scenarios\": [{\"name\": \"a\", \"changes\": [\"JPN:compute=cpy(USA)\"]}]}");
    assertThat(item.json().get("problems").get(0).get("where").asText())
        .isEqualTo("request body, scenario 1 'a', change 1");
  }

  @Test
  void a_saved_scenario_runs_by_its_id_with_the_requests_methods() throws Exception {
    Http.Answer saved =
        http.post(
            "/api/scenarios?name=japan-us-sharing",
            Files.readString(JAPAN),
            "Content-Type",
            "application/yaml");
    assertThat(saved.status()).as(saved.body()).isEqualTo(201);
    String id = saved.json().get("id").asText();
    Http.Answer run = http.post("/api/scenario", "{\"saved\": " + id + "}");
    assertThat(run.status()).as(run.body()).isEqualTo(200);
    assertThat(run.json()).isEqualTo(yaml("/api/scenario", Files.readString(JAPAN)).json());

    ApiTest.Run cli =
        ApiTest.cli(
            "scenario", "--file", JAPAN.toString(), "--normalise", "rank", "--format", "json");
    Http.Answer ranked =
        http.post("/api/scenario", "{\"saved\": \"" + id + "\", \"normalise\": \"rank\"}");
    assertThat(ranked.status()).as(ranked.body()).isEqualTo(200);
    assertThat(ranked.json()).isEqualTo(ApiTest.json(cli.out()));

    // An inline scenario saved without a name runs under its saved name.
    String one =
        http.post(
                "/api/scenarios?name=compute%20only", "{\"changes\": [\"JPN:compute=copy(USA)\"]}")
            .json()
            .get("id")
            .asText();
    JsonNode s = http.post("/api/scenario", "{\"saved\": " + one + "}").json();
    assertThat(s.get("scenarios").get(0).get("name").asText()).isEqualTo("compute only");

    // One stored without the checks of an upload (e.g. by an earlier version) and not a scenario
    // is refused when run.
    String text =
        Long.toString(
            server
                .service()
                .store()
                .put(Kind.SCENARIO, "note", "just a note".getBytes(StandardCharsets.UTF_8), "text")
                .id());
    Http.Answer notOne = http.post("/api/scenario", "{\"saved\": " + text + "}");
    assertThat(notOne.status()).isEqualTo(400);
    assertThat(notOne.json().get("problems").get(0).get("message").asText())
        .startsWith("saved scenario " + text + " 'note': is not a scenario");

    Http.Answer missing = http.post("/api/scenario", "{\"saved\": 987654}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("problems").get(0).get("what").asText())
        .isEqualTo("no saved scenario has the id 987654");
  }

  private static List<String> savedIds() {
    List<String> ids = new ArrayList<>();
    http.get("/api/scenarios").json().forEach(e -> ids.add(e.get("id").asText()));
    return ids;
  }

  private static List<String> messages(Http.Answer a) {
    List<String> m = new ArrayList<>();
    a.json().get("problems").forEach(p -> m.add(p.get("message").asText()));
    return m;
  }

  @Test
  void an_invalid_scenario_upload_is_400_with_the_messages_of_post_scenario_and_is_not_stored() {
    List<String> before = savedIds();
    // Each body with its content type; POST /api/scenario reads the same body the same way.
    String[][] bodies = {
      {
        "{\"changes\": [\"JPN:compute=cpy(USA)\", \"JPN:data=gap(USA)\"], \"normalse\": \"rank\"}",
        "application/json"
      },
      {"{\"changes\": [\"JPN:compute=copy(USA)\"", "application/json"},
      {"just a note", "text/plain"},
      {"{}", "application/json"},
      {"{\"changes\": [], \"scenarios\": [{\"name\": \"a\"}]}", "application/json"},
      {"[1, 2]", "application/json"},
      {"scenarios: [a, b\n  c: :", "application/yaml"},
      {"scenarios:\n  - name: a\n    changes: [JPN:compute=cpy(USA)]\n", "application/yaml"},
      {"a note", "application/yaml"},
    };
    for (String[] b : bodies) {
      Http.Answer upload = http.post("/api/scenarios?name=bad", b[0], "Content-Type", b[1]);
      Http.Answer run = http.post("/api/scenario", b[0], "Content-Type", b[1]);
      assertThat(upload.status()).as(b[0]).isEqualTo(400);
      assertThat(run.status()).as(b[0]).isEqualTo(400);
      assertThat(messages(upload)).as(b[0]).isNotEmpty().isEqualTo(messages(run));
    }
    // The first body's three problems, all reported at once.
    assertThat(
            messages(
                http.post("/api/scenarios?name=bad", bodies[0][0], "Content-Type", bodies[0][1])))
        .hasSize(3);
    assertThat(savedIds()).isEqualTo(before);
  }

  @Test
  void a_scenario_upload_that_names_another_saved_one_is_refused() {
    List<String> before = savedIds();
    Http.Answer a = http.post("/api/scenarios?name=alias", "{\"saved\": 1, \"changes\": []}");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("problems").get(0).get("message").asText())
        .isEqualTo(
            "request body, field 'saved': refers to another saved scenario. Fix: save the"
                + " scenario itself, not its id");
    assertThat(savedIds()).isEqualTo(before);
  }

  @Test
  void unknown_economies_in_a_saved_scenario_are_found_when_it_runs_on_its_data() {
    // Which economies exist depends on the dataset the scenario runs with, so the upload takes it.
    String body = "{\"changes\": [\"XYZ:compute=copy(USA)\"]}";
    Http.Answer saved = http.post("/api/scenarios?name=unknown", body);
    assertThat(saved.status()).as(saved.body()).isEqualTo(201);
    assertThat(saved.json().get("summary").asText())
        .isEqualTo("1 scenario(s), 1 change(s): unknown");
    Http.Answer run =
        http.post("/api/scenario", "{\"saved\": " + saved.json().get("id").asText() + "}");
    assertThat(run.status()).isEqualTo(400);
    // The same message as the scenario sent directly (under its saved name).
    assertThat(messages(run))
        .isEqualTo(
            messages(
                http.post(
                    "/api/scenario",
                    "{\"name\": \"unknown\", \"changes\": [\"XYZ:compute=copy(USA)\"]}")));
  }

  @Test
  void a_json_scenario_the_yaml_reader_refuses_is_saved_and_runs() {
    // Tab indentation is JSON but not YAML; saved JSON is read back as JSON.
    String body = "{\n\t\"name\": \"tabs\",\n\t\"changes\": [\"JPN:compute=copy(USA)\"]\n}";
    Http.Answer saved =
        http.post("/api/scenarios?name=tabs", body, "Content-Type", "application/json");
    assertThat(saved.status()).as(saved.body()).isEqualTo(201);
    Http.Answer run =
        http.post("/api/scenario", "{\"saved\": " + saved.json().get("id").asText() + "}");
    assertThat(run.status()).as(run.body()).isEqualTo(200);
    assertThat(run.json()).isEqualTo(http.post("/api/scenario", body).json());
  }

  @Test
  void openapi_documents_the_scenario_request_and_answer_without_501() {
    JsonNode op =
        http.get("/api/openapi.json").json().get("paths").get("/api/scenario").get("post");
    assertThat(op.get("responses").has("501")).isFalse();
    assertThat(op.at("/requestBody/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/ScenarioRequest");
    assertThat(op.at("/responses/200/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/ScenarioResult");
    assertThat(op.at("/requestBody/content").has("application/yaml")).isTrue();
  }

  static JsonNode economy(JsonNode scenario, String iso3) {
    return economy(scenario, iso3, "economies");
  }

  static JsonNode economy(JsonNode parent, String iso3, String field) {
    for (JsonNode e : parent.get(field)) {
      if (e.get("iso3").asText().equals(iso3)) {
        return e;
      }
    }
    throw new AssertionError(iso3 + " not in " + field);
  }
}
