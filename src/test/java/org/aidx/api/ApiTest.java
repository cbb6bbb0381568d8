package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.aidx.cli.Main;
import org.aidx.input.Inputs;
import org.aidx.model.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API against a real server on a free port, compared with the CLI on the same inputs. */
class ApiTest {
  @TempDir static Path dir;

  @RegisterExtension static final TestServer running = new TestServer();

  record Run(int code, String out, String err) {}

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static JsonNode json(String s) {
    try {
      return Http.JSON.readTree(s);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void health_answers_ok_without_a_token_on_loopback() {
    Http.Answer a = running.http().get("/api/health");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("status").asText()).isEqualTo("ok");
    assertThat(a.json().get("token_required").asBoolean()).isFalse();
  }

  @Test
  void default_index_is_what_the_cli_prints_as_json_plus_coverage() {
    Http.Answer a = running.http().get("/api/index");
    assertThat(a.status()).isEqualTo(200);
    ObjectNode api = (ObjectNode) a.json();
    JsonNode coverage = api.remove("coverage");
    // the default method has no non-default choice to name (IndexCaptionApiTest)
    assertThat(api.remove("method_caption")).isEmpty();
    Run cli = cli("index", "--format", "json");
    assertThat(cli.code()).isZero();
    assertThat(api).isEqualTo(json(cli.out()));
    assertThat(api.get("economies")).hasSize(20);
    assertThat(coverage.size()).isEqualTo(20);
    // Coverage counts agree with the per-indicator flags of the same answer: a raw value missing
    // and not imputed counts as missing.
    for (JsonNode e : api.get("economies")) {
      long missing = 0;
      for (JsonNode i : e.get("indicators")) {
        missing += i.path("missing").asBoolean() && !i.path("imputed").asBoolean() ? 1 : 0;
      }
      assertThat(coverage.get(e.get("iso3").asText()).get("missing").asLong())
          .as(e.get("iso3").asText())
          .isEqualTo(missing);
    }
  }

  @Test
  void changed_weights_and_methods_give_the_cli_result_on_an_edited_framework_file()
      throws Exception {
    // Independent route: edit the YAML text by hand and let the CLI read it.
    String yaml =
        new String(Inputs.resource(Inputs.CICC_FRAMEWORK), StandardCharsets.UTF_8)
            .replaceFirst("(- id: technology_activity\\n(?:.*\\n){2}\\s*weight: )1", "$13")
            .replaceFirst("(- id: compute\\n(?:.*\\n){2}\\s*weight: )1", "$10.5")
            .replaceFirst("(- id: policy\\n(?:.*\\n){2}\\s*weight: )1", "$12");
    Path edited = dir.resolve("edited.yaml");
    Files.writeString(edited, yaml);
    Run cli =
        cli(
            "index",
            "--framework",
            edited.toString(),
            "--normalise",
            "minmax:1,100",
            "--aggregate",
            "geometric",
            "--reference",
            "CHN",
            "--format",
            "json");
    assertThat(cli.code()).as(cli.err()).isZero();
    Http.Answer a =
        running
            .http()
            .post(
                "/api/index",
                "{\"weights\": {\"technology_activity\": 3, \"compute\": 0.5, \"policy\": 2},"
                    + " \"normalise\": \"minmax:1,100\", \"aggregate\": \"geometric\","
                    + " \"reference\": \"CHN\"}");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.json().get("economies")).isEqualTo(json(cli.out()).get("economies"));
    assertThat(a.json().get("methodology")).isEqualTo(json(cli.out()).get("methodology"));
    // And the change mattered: the default ranking is different.
    assertThat(a.json().get("economies"))
        .isNotEqualTo(running.http().get("/api/index").json().get("economies"));
  }

  @Test
  void a_year_cap_gives_the_cli_result_for_the_same_year() {
    Run cli = cli("index", "--year", "2030", "--format", "json");
    Http.Answer a = running.http().post("/api/index", "{\"year\": 2030}");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("economies")).isEqualTo(json(cli.out()).get("economies"));
  }

  @Test
  void a_year_without_reference_data_is_refused_with_the_cli_message() {
    Run cli = cli("index", "--year", "2018");
    Http.Answer a = running.http().post("/api/index", "{\"year\": 2018}");
    assertThat(cli.code()).isEqualTo(2);
    assertThat(a.status()).isEqualTo(400);
    assertThat(cli.err())
        .contains("  - " + a.json().get("problems").get(0).get("message").asText());
  }

  @Test
  void an_unknown_node_in_weights_is_400_with_a_suggestion() {
    Http.Answer a = running.http().post("/api/index", "{\"weights\": {\"comptue\": 2}}");
    assertThat(a.status()).isEqualTo(400);
    JsonNode p = a.json().get("problems").get(0);
    assertThat(p.get("where").asText()).isEqualTo("request body, weights.comptue");
    assertThat(p.get("fix").asText()).isEqualTo("did you mean 'compute'?");
  }

  @Test
  void a_zero_weight_and_an_intensity_view_give_the_cli_result() {
    Run cli =
        cli(
            "index",
            "--weight",
            "diffusion=0",
            "--weight",
            "compute=2",
            "--per",
            "gdp",
            "--format",
            "json");
    assertThat(cli.code()).as(cli.err()).isZero();
    Http.Answer a =
        running
            .http()
            .post(
                "/api/index",
                "{\"weights\": {\"diffusion\": 0, \"compute\": 2}, \"per\": \"gdp\"}");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.json().get("economies")).isEqualTo(json(cli.out()).get("economies"));
    assertThat(a.json().get("economies").get(0).has("diffusion")).isFalse();
  }

  @Test
  void the_us_spelling_normalize_is_the_field_normalise() {
    Http.Answer us = running.http().post("/api/index", "{\"normalize\": \"rank\"}");
    Http.Answer uk = running.http().post("/api/index", "{\"normalise\": \"rank\"}");
    assertThat(us.status()).as(us.body()).isEqualTo(200);
    assertThat(us.json().get("economies")).isEqualTo(uk.json().get("economies"));
    Http.Answer both =
        running.http().post("/api/index", "{\"normalize\": \"rank\", \"normalise\": \"rank\"}");
    assertThat(both.status()).isEqualTo(400);
    assertThat(both.body()).contains("is the same field as 'normalise'");
  }

  @Test
  void negative_weights_and_unknown_fields_are_all_reported_at_once() {
    Http.Answer a =
        running
            .http()
            .post("/api/index", "{\"weights\": {\"compute\": -1}, \"normalse\": \"rank\"}");
    assertThat(a.status()).isEqualTo(400);
    List<String> messages = new ArrayList<>();
    a.json().get("problems").forEach(p -> messages.add(p.get("message").asText()));
    assertThat(messages)
        .containsExactlyInAnyOrder(
            "request body, field 'normalse': is not a known field. Fix: did you mean 'normalise'?",
            "request body, weights.compute: '-1' is not a weight. Fix: use a number >= 0 (0 leaves"
                + " the node out)");
  }

  @Test
  void malformed_json_is_400_naming_line_and_column() {
    Http.Answer a = running.http().post("/api/index", "{\n \"weights\": {\"compute\": 2,}\n}");
    assertThat(a.status()).isEqualTo(400);
    JsonNode p = a.json().get("problems").get(0);
    assertThat(p.get("where").asText()).isEqualTo("request body line 2, column 27");
    assertThat(p.get("what").asText()).startsWith("is not valid JSON: ");
  }

  @Test
  void text_after_the_json_value_is_refused_not_ignored() {
    Http.Answer a = running.http().post("/api/index", "{\"weights\": {\"compute\": 2}} junk");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("problems").get(0).get("what").asText())
        .startsWith("is not valid JSON: ");
  }

  @Test
  void a_bad_method_name_gets_the_cli_message() {
    Run cli = cli("index", "--normalise", "minmux");
    Http.Answer a = running.http().post("/api/index", "{\"normalise\": \"minmux\"}");
    assertThat(cli.code()).isEqualTo(2);
    assertThat(a.status()).isEqualTo(400);
    String msg = a.json().get("error").asText();
    assertThat(cli.err()).contains(msg);
  }

  @Test
  void replicate_gives_the_scorecard_the_cli_prints() {
    Http.Answer a = running.http().get("/api/replicate");
    assertThat(a.status()).isEqualTo(200);
    Run csv = cli("replicate", "--format", "csv");
    List<String> rows = csv.out().lines().skip(1).toList();
    JsonNode lines = a.json().get("lines");
    assertThat(lines).hasSize(rows.size());
    for (int k = 0; k < rows.size(); k++) {
      JsonNode l = lines.get(k);
      assertThat(rows.get(k)).startsWith(l.get("id").asText() + ",");
      String chance =
          l.get("chance").isNull()
              ? ""
              : String.format(java.util.Locale.ROOT, "%.2f", l.get("chance").asDouble());
      assertThat(rows.get(k))
          .endsWith(
              ","
                  + l.get("verdict").asText()
                  + ","
                  + chance
                  + ","
                  + (l.get("trivial").asBoolean() ? "yes" : ""));
    }
    // the finance comparison is the CLI's --finance table
    List<String> fin =
        cli("replicate", "--finance", "--format", "csv").out().lines().skip(1).toList();
    JsonNode f = a.json().get("finance").get("lines");
    assertThat(f).hasSize(fin.size());
    for (int k = 0; k < fin.size(); k++) {
      assertThat(fin.get(k)).startsWith(f.get(k).get("iso3").asText() + ",");
    }
    assertThat(cli("replicate").out()).contains(a.json().get("summary").asText());
  }

  @Test
  void economy_shows_raw_values_with_sources_and_a_gap_that_adds_up() {
    Http.Answer a = running.http().get("/api/economies/JPN");
    assertThat(a.status()).isEqualTo(200);
    JsonNode e = a.json();
    assertThat(e.get("name").asText()).isEqualTo("Japan");
    // Raw values and years are the dataset's latest, with their sources.
    Inputs in = Inputs.load(null, List.of(), List.of());
    for (JsonNode i : e.get("indicators")) {
      var o = in.dataset().latest("JPN", i.get("id").asText(), null);
      if (o.isPresent()) {
        Observation ob = o.get();
        assertThat(i.get("value").asDouble()).isEqualTo(ob.value());
        assertThat(i.get("year").asInt()).isEqualTo(ob.year());
        assertThat(i.get("source").asText()).isEqualTo(ob.provenance().source()).isNotBlank();
        assertThat(i.get("series").size())
            .isEqualTo(in.dataset().series("JPN", i.get("id").asText()).size());
      }
    }
    // The layers' log-gap contributions add up to ln(index / reference index).
    JsonNode ex = e.get("explanation");
    assertThat(ex.get("vs").asText()).isEqualTo("USA");
    double sum = 0;
    for (JsonNode n : ex.get("nodes")) {
      if (n.get("depth").asInt() == 1) {
        sum += n.get("log_gap").asDouble();
      }
    }
    assertThat(sum)
        .isCloseTo(ex.get("log_gap").asDouble(), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(ex.get("log_gap").asDouble())
        .isCloseTo(
            Math.log(e.get("index").asDouble() / ex.get("vs_index").asDouble()),
            org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void an_unknown_economy_is_400_with_the_explain_commands_message() {
    Http.Answer a = running.http().get("/api/economies/JAP");
    Run cli = cli("explain", "JAP");
    assertThat(a.status()).isEqualTo(400);
    assertThat(cli.err()).contains(a.json().get("problems").get(0).get("message").asText());
  }

  @Test
  void a_server_without_the_analyses_answers_501_naming_the_missing_feature() {
    // This server is started with Analyses.NONE; aidx serve wires Analyses.builtIn().
    Http.Answer s = running.http().post("/api/scenario", "{}");
    Http.Answer r = running.http().get("/api/robustness");
    assertThat(s.status()).isEqualTo(501);
    assertThat(s.json().get("available").asBoolean()).isFalse();
    assertThat(s.json().get("error").asText()).contains("scenarios are not available");
    assertThat(r.status()).isEqualTo(501);
    assertThat(r.json().get("feature").asText()).isEqualTo("robustness");
  }

  @Test
  void openapi_documents_the_slow_body_and_busy_answers_the_server_sends() {
    JsonNode api = running.http().get("/api/openapi.json").json();
    running
        .server()
        .routes()
        .forEach(
            r -> {
              JsonNode answers = api.get("paths").get(r.path()).get(r.method()).get("responses");
              // a route that computes (or reads a body) is refused with 503 when the slots and
              // the queue are full; cheap reads never are
              assertThat(answers.has("503"))
                  .as("503 of " + r.method() + " " + r.path())
                  .isEqualTo(r.cost() != ApiServer.Cost.CHEAP);
              // an answer of the shipped data is revalidated with its ETag
              assertThat(answers.has("304"))
                  .as("304 of " + r.method() + " " + r.path())
                  .isEqualTo(r.cost() == ApiServer.Cost.SHIPPED);
              // a request with a body can be answered 408 when the body stalls
              assertThat(answers.has("408"))
                  .as("408 of " + r.method() + " " + r.path())
                  .isEqualTo(r.method().equals("post"));
            });
    assertThat(api.at("/components/responses/TooSlow/description").asText())
        .contains("--body-timeout");
    assertThat(api.at("/components/responses/Busy/description").asText()).contains("retry");
    assertThat(api.at("/components/responses/Busy/headers/Retry-After/schema/type").asText())
        .isEqualTo("integer");
  }

  @Test
  void openapi_documents_exactly_the_routes_the_server_has() {
    Http.Answer a = running.http().get("/api/openapi.json");
    assertThat(a.status()).isEqualTo(200);
    Set<String> documented = new TreeSet<>();
    a.json()
        .get("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fieldNames()
                    .forEachRemaining(m -> documented.add(m + " " + p.getKey())));
    Set<String> served = new TreeSet<>();
    running.server().routes().forEach(r -> served.add(r.method() + " " + r.path()));
    assertThat(documented).isEqualTo(served);
    // Every documented write route is marked as needing the bearer token, and only those.
    running
        .server()
        .routes()
        .forEach(
            r ->
                assertThat(a.json().get("paths").get(r.path()).get(r.method()).has("security"))
                    .as(r.method() + " " + r.path())
                    .isEqualTo(r.write()));
  }

  @Test
  void every_documented_get_route_without_parameters_answers() {
    for (ApiServer.Route r : running.server().routes()) {
      if (r.method().equals("get") && !r.path().contains("{")) {
        int status = running.http().get(r.path()).status();
        assertThat(status).as(r.path()).isIn(200, 501);
      }
    }
  }

  @Test
  void the_dashboard_and_echarts_are_served_from_the_jar() {
    Http.Answer page = running.http().get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("/webjars/echarts/5.3.1/dist/echarts.min.js");
    Http.Answer lib = running.http().get("/webjars/echarts/5.3.1/dist/echarts.min.js");
    assertThat(lib.status()).isEqualTo(200);
    assertThat(lib.body()).contains("echarts");
  }

  @Test
  void requests_addressed_to_another_host_name_are_refused_on_loopback() {
    Http.Answer a =
        running
            .http()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(running.http().base() + "/api/health"))
                    .header("Origin", "http://evil.example")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")));
    assertThat(a.status()).isIn(403, 404, 405);
    Http.Answer w =
        running
            .http()
            .post(
                "/api/scenarios?name=x",
                StoredItemsTest.SCENARIO,
                "Origin",
                "http://evil.example",
                "Content-Type",
                "application/json");
    assertThat(w.status()).isEqualTo(403);
    assertThat(w.json().get("error").asText()).contains("another site");
  }

  @Test
  void concurrent_recomputations_each_get_their_own_correct_answer() throws Exception {
    int threads = 6;
    int perThread = 5;
    var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long seed = 1000 + t;
        futures.add(
            pool.submit(
                () -> {
                  var rnd = new java.util.SplittableRandom(seed);
                  List<String> wrong = new ArrayList<>();
                  for (int k = 0; k < perThread; k++) {
                    double w1 = 0.1 + 2 * rnd.nextDouble();
                    double w2 = 0.1 + 2 * rnd.nextDouble();
                    String body =
                        String.format(
                            Locale.ROOT,
                            "{\"weights\": {\"technology_activity\": %s, \"compute\": %s}}",
                            w1,
                            w2);
                    JsonNode got = running.http().post("/api/index", body).json().get("economies");
                    IndexRequest q = IndexRequest.parse(json(body), Set.of());
                    JsonNode expected =
                        IndexService.resultJson(running.server().service().compute(q).result())
                            .get("economies");
                    if (!got.equals(expected)) {
                      wrong.add(body);
                    }
                  }
                  return wrong;
                }));
      }
      for (var f : futures) {
        assertThat(f.get()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
