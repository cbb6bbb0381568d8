package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.aidx.cli.Main;
import org.aidx.input.Inputs;
import org.aidx.model.Observation;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
import org.aidx.report.ResultWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads, saved scenarios and runs through the API: validation, tokens, persistence. */
class StoredItemsTest {
  @TempDir Path dir;

  private ApiServer start(ServerOptions o) {
    return ApiServer.start(o, Analyses.NONE);
  }

  private static String stderrOf(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return err.toString();
  }

  /** The embedded dataset (with its derived exposure indicators) as a long CSV. */
  static String embeddedAsLongCsv() {
    StringBuilder b = new StringBuilder("iso3,indicator,year,value,unit,source\n");
    for (Observation o : Inputs.load(null, List.of(), List.of()).dataset().observations()) {
      b.append(o.economy())
          .append(',')
          .append(o.indicator())
          .append(',')
          .append(o.year())
          .append(',')
          .append(o.value())
          .append(',')
          .append(quote(o.provenance().unit()))
          .append(',')
          .append(quote(o.provenance().source()))
          .append('\n');
    }
    return b.toString();
  }

  /** A valid saved scenario (Japan gets the USA's compute). */
  static final String SCENARIO =
      "{\"name\": \"compute\", \"changes\": [\"JPN:compute=copy(USA)\"]}";

  /** A valid scenario of exactly {@code bytes} bytes (UTF-8): its description fills it up. */
  static String scenarioOfSize(int bytes) {
    String head =
        "{\"name\": \"big\", \"changes\": [\"JPN:compute=copy(USA)\"], \"description\": \"";
    String tail = "\"}";
    String s = head + "x".repeat(bytes - head.length() - tail.length()) + tail;
    assertThat(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(bytes);
    return s;
  }

  private static String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  @Test
  void an_invalid_dataset_is_rejected_whole_with_the_messages_of_data_check() throws Exception {
    String csv =
        "iso3,indicator,year,value\nUSA,top500_rmax_tflops,2024,1.5\nXXX,top500_rmax_tflops,2024,2\n"
            + "DEU,top500_rmax_tflops,20x4,3\nFRA,top500_rmax_tflops,2024,1e\n";
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, csv);
    String cli = stderrOf("data", "check", file.toString());
    try (ApiServer s = start(ServerOptions.of(0, dir.resolve("store")))) {
      Http http = Http.of(s);
      Http.Answer a = http.post("/api/datasets?name=" + file, csv);
      assertThat(a.status()).isEqualTo(400);
      List<String> messages = new ArrayList<>();
      a.json().get("problems").forEach(p -> messages.add(p.get("message").asText()));
      assertThat(messages).hasSize(3);
      for (String m : messages) {
        assertThat(cli).contains("  - " + m + "\n");
      }
      JsonNode list = http.get("/api/datasets").json();
      assertThat(list).hasSize(1);
      assertThat(list.get(0).get("id").asText()).isEqualTo("embedded");
    }
  }

  @Test
  void a_dataset_missing_a_framework_indicator_is_rejected_like_data_check() throws Exception {
    String csv = "iso3,indicator,year,value\nUSA,top500_rmax_tflops,2024,1.5\n";
    Path file = dir.resolve("partial.csv");
    Files.writeString(file, csv);
    String cli = stderrOf("data", "check", file.toString());
    try (ApiServer s = start(ServerOptions.of(0, dir.resolve("store")))) {
      Http.Answer a = Http.of(s).post("/api/datasets?name=partial.csv", csv);
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.json().get("problems").size()).isGreaterThan(10);
      a.json()
          .get("problems")
          .forEach(p -> assertThat(cli).contains("  - " + p.get("message").asText()));
    }
  }

  @Test
  void an_uploaded_dataset_computes_what_the_pipeline_computes_on_the_same_values() {
    String csv = embeddedAsLongCsv();
    try (ApiServer s = start(ServerOptions.of(0, dir.resolve("store")))) {
      Http http = Http.of(s);
      Http.Answer up = http.post("/api/datasets?name=../../etc/passwd", csv);
      assertThat(up.status()).as(up.body()).isEqualTo(201);
      String id = up.json().get("id").asText();
      assertThat(up.json().get("name").asText()).isEqualTo("../../etc/passwd");
      Http.Answer r = http.post("/api/index", "{\"dataset\": \"" + id + "\"}");
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      Inputs in = Inputs.load(null, List.of(), List.of());
      JsonNode expected =
          IndexService.readTree(
                  ResultWriter.json(
                      Pipeline.run(
                          in.framework(),
                          in.dataset(),
                          Methodology.of(in.framework(), PipelineSpec.defaults()))))
              .get("economies");
      for (int k = 0; k < expected.size(); k++) {
        JsonNode e = expected.get(k);
        JsonNode g = r.json().get("economies").get(k);
        assertThat(g.get("iso3")).isEqualTo(e.get("iso3"));
        assertThat(g.get("index")).isEqualTo(e.get("index"));
        assertThat(g.get("scores")).isEqualTo(e.get("scores"));
      }
    }
    // The name stayed a label: the data directory holds only the database.
    try (Stream<Path> files = Files.walk(dir.resolve("store"))) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .allMatch(n -> n.startsWith("aidx."));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void an_invalid_framework_gets_the_message_of_the_framework_reader() throws Exception {
    String yaml = "id: x\nroot:\n  id: index\n  aggregation: geometric\n  children: [\n";
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, yaml);
    String cli = stderrOf("index", "--framework", file.toString());
    try (ApiServer s = start(ServerOptions.of(0, dir.resolve("store")))) {
      Http.Answer a = Http.of(s).post("/api/frameworks?name=" + file, yaml);
      assertThat(a.status()).isEqualTo(400);
      assertThat(cli).contains("  - " + a.json().get("problems").get(0).get("message").asText());
    }
  }

  /** A saved scenario with its own weights: the baseline with the technology layer doubled. */
  private static final String DOUBLE_TECH =
      "{\"weights\": {\"technology_activity\": 2}, \"changes\": []}";

  @Test
  void uploads_survive_a_restart_and_can_be_deleted() {
    Path store = dir.resolve("store");
    String fw = new String(Inputs.resource(Inputs.CICC_FRAMEWORK));
    String id;
    try (ApiServer s = start(ServerOptions.of(0, store))) {
      Http http = Http.of(s);
      id = http.post("/api/frameworks?name=cicc%20copy", fw).json().get("id").asText();
      assertThat(http.post("/api/scenarios?name=double%20tech", DOUBLE_TECH).status())
          .isEqualTo(201);
    }
    try (ApiServer s = start(ServerOptions.of(0, store))) {
      Http http = Http.of(s);
      JsonNode list = http.get("/api/frameworks").json();
      assertThat(list).hasSize(2);
      assertThat(list.get(1).get("name").asText()).isEqualTo("cicc copy");
      assertThat(list.get(1).get("summary").asText()).startsWith("cicc-ai-development-index");
      JsonNode sc = http.get("/api/scenarios").json();
      assertThat(sc).hasSize(1);
      assertThat(
              http.get("/api/scenarios/" + sc.get(0).get("id").asText())
                  .json()
                  .get("content")
                  .asText())
          .isEqualTo(DOUBLE_TECH);
      // The stored framework computes like the embedded one.
      Http.Answer r = http.post("/api/index", "{\"framework\": \"" + id + "\"}");
      assertThat(r.json().get("economies"))
          .isEqualTo(http.get("/api/index").json().get("economies"));
      assertThat(http.delete("/api/frameworks/" + id).status()).isEqualTo(204);
      assertThat(http.delete("/api/frameworks/" + id).status()).isEqualTo(404);
      assertThat(http.post("/api/index", "{\"framework\": \"" + id + "\"}").status())
          .isEqualTo(400);
    }
    try (ApiServer s = start(ServerOptions.of(0, store))) {
      assertThat(Http.of(s).get("/api/frameworks").json()).hasSize(1);
    }
  }

  @Test
  void a_run_is_stored_with_its_manifest_and_re_runs_to_the_same_results() {
    try (ApiServer s = start(ServerOptions.of(0, dir.resolve("store")))) {
      Http http = Http.of(s);
      Http.Answer saved =
          http.post(
              "/api/runs", "{\"name\": \"tech x2\", \"weights\": {\"technology_activity\": 2}}");
      assertThat(saved.status()).as(saved.body()).isEqualTo(201);
      long id = saved.json().get("id").asLong();
      JsonNode run = http.get("/api/runs/" + id).json();
      assertThat(run.get("name").asText()).isEqualTo("tech x2");
      JsonNode manifest = run.get("manifest");
      assertThat(manifest.get("tool").asText()).isEqualTo("aidx");
      assertThat(manifest.get("inputs").get(0).get("sha256").asText()).hasSize(64);
      assertThat(manifest.at("/methodology/tree/children/0/weight").asDouble()).isEqualTo(2.0);
      assertThat(run.get("results").get("economies"))
          .isEqualTo(
              http.post("/api/index", "{\"weights\": {\"technology_activity\": 2}}")
                  .json()
                  .get("economies"));
      Http.Answer again = http.post("/api/runs/" + id + "/rerun", "");
      assertThat(again.status()).isEqualTo(201);
      assertThat(again.json().get("same_results").asBoolean()).isTrue();
      assertThat(http.get("/api/runs").json()).hasSize(2);
      assertThat(http.delete("/api/runs/" + id).status()).isEqualTo(204);
      assertThat(http.get("/api/runs/" + id).status()).isEqualTo(404);
      assertThat(http.get("/api/runs").json()).hasSize(1);
    }
  }

  @Test
  void write_requests_need_the_token_and_reads_do_not() {
    ServerOptions o = ServerOptions.of(0, dir.resolve("store")).withToken("s3cret-token");
    try (ApiServer s = start(o)) {
      Http http = Http.of(s);
      assertThat(http.get("/api/health").json().get("token_required").asBoolean()).isTrue();
      Http.Answer none = http.post("/api/scenarios?name=a", SCENARIO);
      assertThat(none.status()).isEqualTo(401);
      assertThat(none.json().get("fix").asText()).contains("Authorization: Bearer");
      assertThat(
              http.post("/api/scenarios?name=a", SCENARIO, "Authorization", "Bearer wrong")
                  .status())
          .isEqualTo(401);
      assertThat(http.delete("/api/runs/1").status()).isEqualTo(401);
      assertThat(
              http.post("/api/scenarios?name=a", SCENARIO, "Authorization", "Bearer s3cret-token")
                  .status())
          .isEqualTo(201);
      assertThat(http.get("/api/scenarios").json()).hasSize(1);
      assertThat(http.post("/api/index", "{}").status()).isEqualTo(200);
    }
  }

  @Test
  void a_port_in_use_is_bad_input_naming_the_port() {
    try (ApiServer s = start(ServerOptions.of(0, dir.resolve("one")))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> start(ServerOptions.of(s.port(), dir.resolve("two"))))
          .isInstanceOf(org.aidx.model.InputException.class)
          .hasMessageContaining("--port " + s.port())
          .hasMessageContaining("choose another port");
    }
  }

  @Test
  void a_non_loopback_address_without_a_token_is_refused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ServerOptions.of(0, dir).withHost("0.0.0.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a token");
  }

  @Test
  void bodies_over_the_limit_are_refused_with_413_and_the_option_to_raise_it() {
    ServerOptions o = ServerOptions.of(0, dir.resolve("store")).withMaxBodyBytes(4096);
    try (ApiServer s = start(o)) {
      Http http = Http.of(s);
      Http.Answer a = http.post("/api/scenarios?name=big", scenarioOfSize(5000));
      assertThat(a.status()).isEqualTo(413);
      assertThat(a.json().get("fix").asText()).contains("--max-body-mb");
      assertThat(http.get("/api/scenarios").json()).isEmpty();
      assertThat(http.post("/api/scenarios?name=small", scenarioOfSize(4000)).status())
          .isEqualTo(201);
    }
  }

  @Test
  void names_with_control_characters_or_too_long_are_refused() {
    try (ApiServer s = start(ServerOptions.of(0, dir.resolve("store")))) {
      Http http = Http.of(s);
      assertThat(http.post("/api/scenarios?name=a%0Ab", SCENARIO).status()).isEqualTo(400);
      assertThat(http.post("/api/scenarios?name=" + "n".repeat(201), SCENARIO).status())
          .isEqualTo(400);
      assertThat(
              http.post("/api/scenarios", SCENARIO)
                  .json()
                  .get("problems")
                  .get(0)
                  .get("what")
                  .asText())
          .isEqualTo("the name is empty");
    }
  }
}
