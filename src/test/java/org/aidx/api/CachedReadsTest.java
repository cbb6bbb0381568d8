package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers of the shipped data are computed once and revalidated with their ETag; answers to POSTs
 * are kept by the resolved methodology and the inputs' hashes; deleting a stored item evicts
 * exactly the answers that used it.
 */
class CachedReadsTest {
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

  /** The index computed in this JVM, as the server must print it. */
  private static JsonNode expected(IndexRequest q) {
    return new IndexService(null).indexJson(q);
  }

  @Test
  void get_index_has_etag_last_modified_and_a_shared_cache_control() {
    Http.Answer a = http.get("/api/index");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.header("ETag")).matches("\"[0-9a-f]{32}\"");
    assertThat(a.header("Last-Modified")).endsWith("GMT");
    assertThat(a.header("Cache-Control")).isEqualTo("public, max-age=300");
    assertThat(a.json()).isEqualTo(expected(IndexRequest.defaults()));
  }

  @Test
  void revalidating_with_the_etag_gives_304_without_a_body() {
    String tag = http.get("/api/index").header("ETag");
    Http.Answer same = http.get("/api/index", "If-None-Match", tag);
    assertThat(same.status()).isEqualTo(304);
    assertThat(same.body()).isEmpty();
    assertThat(same.header("ETag")).isEqualTo(tag);
    assertThat(http.get("/api/index", "If-None-Match", "W/" + tag).status()).isEqualTo(304);
    assertThat(http.get("/api/index", "If-None-Match", "\"other\", " + tag).status())
        .isEqualTo(304);
  }

  @Test
  void another_etag_gets_the_whole_answer() {
    Http.Answer a = http.get("/api/index", "If-None-Match", "\"0123\"");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json()).isEqualTo(expected(IndexRequest.defaults()));
  }

  @Test
  void if_modified_since_the_last_modified_date_gives_304() {
    String when = http.get("/api/index").header("Last-Modified");
    assertThat(http.get("/api/index", "If-Modified-Since", when).status()).isEqualTo(304);
    assertThat(
            http.get("/api/index", "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").status())
        .isEqualTo(200);
  }

  @Test
  void a_browser_asking_for_gzip_gets_the_same_answer_encoded_with_its_own_tag() throws Exception {
    java.net.http.HttpResponse<byte[]> r =
        http.client()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(http.base() + "/api/index"))
                    .header("Accept-Encoding", "gzip")
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
    String tag = r.headers().firstValue("ETag").orElseThrow();
    assertThat(tag).endsWith("-gzip\"");
    byte[] plain =
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))
            .readAllBytes();
    assertThat(Http.JSON.readTree(plain)).isEqualTo(expected(IndexRequest.defaults()));
    assertThat(http.get("/api/index", "If-None-Match", tag).status()).isEqualTo(304);
  }

  @Test
  void the_default_index_is_computed_once() {
    Http.Answer first = http.get("/api/index");
    Http.Answer second = http.get("/api/index");
    assertThat(second.header("X-Aidx-Cache")).isEqualTo("hit");
    assertThat(second.body()).isEqualTo(first.body());
  }

  @Test
  void other_shipped_reads_are_cached_and_revalidated_too() {
    for (String path : new String[] {"/api/economies/JPN?vs=CHN", "/api/coherence"}) {
      Http.Answer a = http.get(path);
      assertThat(a.status()).as(path).isEqualTo(200);
      Http.Answer b = http.get(path, "If-None-Match", a.header("ETag"));
      assertThat(b.status()).as(path).isEqualTo(304);
    }
  }

  @Test
  void a_repeated_post_is_served_from_the_cache_with_the_same_answer() {
    String body =
        "{\"weights\": {\"compute\": 2.5, \"data\": 0.3}, \"normalise\": \"minmax:1,100\"}";
    Http.Answer first = http.post("/api/index", body);
    // the same request written otherwise: other field and key order, other spacing
    Http.Answer again =
        http.post(
            "/api/index",
            "{\"normalise\":\"minmax:1,100\",\"weights\":{\"data\":0.3,\"compute\":2.5}}");
    assertThat(first.header("X-Aidx-Cache")).isEqualTo("miss");
    assertThat(again.header("X-Aidx-Cache")).isEqualTo("hit");
    assertThat(again.body()).isEqualTo(first.body());
    // and equal to the same request computed in this JVM
    assertThat(again.json())
        .isEqualTo(expected(IndexRequest.parse(IndexRequest.readJson(body), Set.of())));
  }

  @Test
  void weights_equal_to_the_frameworks_own_resolve_to_the_default_answer() {
    double own =
        new IndexService(null)
            .inputs(IndexRequest.defaults())
            .framework()
            .find("policy")
            .orElseThrow()
            .weight();
    Http.Answer plain = http.post("/api/index", "{\"tiers\": 4}");
    Http.Answer same =
        http.post("/api/index", "{\"tiers\": 4, \"weights\": {\"policy\": " + own + "}}");
    assertThat(plain.status()).isEqualTo(200);
    assertThat(same.header("X-Aidx-Cache")).isEqualTo("hit");
    assertThat(same.body()).isEqualTo(plain.body());
  }

  @Test
  void an_upload_changes_no_cached_answer_and_a_delete_evicts_exactly_what_used_it()
      throws Exception {
    String tag = http.get("/api/index").header("ETag");
    http.post("/api/index", "{\"tiers\": 3}");
    Http.Answer up = http.post("/api/datasets?name=copy.csv", StoredItemsTest.embeddedAsLongCsv());
    assertThat(up.status()).as(up.body()).isEqualTo(201);
    String id = up.json().get("id").asText();

    // the upload changed nothing that was kept
    assertThat(http.get("/api/index", "If-None-Match", tag).status()).isEqualTo(304);
    assertThat(http.post("/api/index", "{\"tiers\": 3}").header("X-Aidx-Cache")).isEqualTo("hit");

    String onUpload = "{\"tiers\": 3, \"dataset\": \"" + id + "\"}";
    assertThat(http.post("/api/index", onUpload).header("X-Aidx-Cache")).isEqualTo("miss");
    assertThat(http.post("/api/index", onUpload).header("X-Aidx-Cache")).isEqualTo("hit");

    assertThat(http.delete("/api/datasets/" + id).status()).isEqualTo(204);
    // gone with its dataset: the request is refused, not answered from the cache
    Http.Answer after = http.post("/api/index", onUpload);
    assertThat(after.status()).isEqualTo(400);
    assertThat(after.body()).contains("is not in the store");
    // what did not use it stays
    assertThat(http.post("/api/index", "{\"tiers\": 3}").header("X-Aidx-Cache")).isEqualTo("hit");
    assertThat(http.get("/api/index", "If-None-Match", tag).status()).isEqualTo(304);
  }

  @Test
  void a_bad_request_is_not_kept() {
    Http.Answer a = http.post("/api/index", "{\"weights\": {\"nonsense\": 1}}");
    Http.Answer b = http.post("/api/index", "{\"weights\": {\"nonsense\": 1}}");
    assertThat(a.status()).isEqualTo(400);
    assertThat(b.status()).isEqualTo(400);
    assertThat(b.header("X-Aidx-Cache")).isNull();
  }

  @Test
  void uses_names_the_stored_items_a_request_reads() {
    IndexRequest q =
        IndexRequest.parse(
            IndexRequest.readJson("{\"dataset\": \"3\", \"framework\": \"embedded\"}"), Set.of());
    assertThat(IndexService.uses(q)).containsExactly("dataset:3");
    assertThat(IndexService.uses(IndexRequest.defaults())).isEmpty();
    assertThat(IndexService.uses(java.util.List.of("x", q))).containsExactly("dataset:3");
  }
}
