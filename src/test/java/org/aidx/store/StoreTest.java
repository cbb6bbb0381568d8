package org.aidx.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.aidx.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  @TempDir Path dir;

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void an_upload_keeps_its_bytes_hash_and_name_across_reopening() {
    Entry e;
    try (Store s = Store.open(dir)) {
      e = s.put(Kind.DATASET, "my data.csv", b("iso3,x\nUSA,1\n"), "1 observation");
    }
    try (Store s = Store.open(dir)) {
      assertThat(s.list(Kind.DATASET)).containsExactly(e);
      assertThat(new String(s.content(Kind.DATASET, e.id()).orElseThrow(), StandardCharsets.UTF_8))
          .isEqualTo("iso3,x\nUSA,1\n");
      // sha256("iso3,x\nUSA,1\n"), computed independently with sha256sum
      assertThat(e.sha256())
          .isEqualTo("32cf33520a583de9e3e17d8ed880d6f992a6dade5b57b5a59018d1ec48fbce9f");
      assertThat(s.list(Kind.FRAMEWORK)).isEmpty();
    }
  }

  @Test
  void kinds_are_kept_apart() {
    try (Store s = Store.open(dir)) {
      Entry d = s.put(Kind.DATASET, "a", b("1"), "");
      assertThat(s.content(Kind.SCENARIO, d.id())).isEmpty();
      assertThat(s.delete(Kind.SCENARIO, d.id())).isFalse();
      assertThat(s.delete(Kind.DATASET, d.id())).isTrue();
      assertThat(s.list(Kind.DATASET)).isEmpty();
    }
  }

  @Test
  void runs_keep_request_manifest_and_results() {
    try (Store s = Store.open(dir)) {
      StoredRun r = s.saveRun("r1", "{\"a\":1}", "{\"m\":2}", "{\"x\":3}");
      assertThat(s.run(r.id())).contains(r);
      assertThat(s.runs()).containsExactly(r.info());
      assertThat(s.deleteRun(r.id())).isTrue();
      assertThat(s.run(r.id())).isEmpty();
    }
  }

  @Test
  void names_must_be_printable_and_short() {
    try (Store s = Store.open(dir)) {
      assertThatThrownBy(() -> s.put(Kind.SCENARIO, "a\u0000b", b("x"), ""))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("control characters");
      assertThatThrownBy(() -> s.put(Kind.SCENARIO, " ", b("x"), ""))
          .hasMessageContaining("the name is empty");
      assertThatThrownBy(() -> s.saveRun("x".repeat(201), "{}", "{}", "{}"))
          .hasMessageContaining("at most 200 characters");
      assertThat(s.list(Kind.SCENARIO)).isEmpty();
      assertThat(s.runs()).isEmpty();
    }
  }
}
