package org.aidx.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunInfoTest {
  @Test
  void a_manifest_is_flattened_into_dotted_paths_in_document_order() {
    RunInfo run =
        RunInfo.fromManifest(
            "{\"tool\":\"aidx\",\"version\":\"1.2\",\"created\":\"2026-01-02T03:04:05Z\","
                + "\"command\":\"aidx report\",\"arguments\":[\"report\",\"--out\",\"r\"],"
                + "\"inputs\":[{\"role\":\"data\",\"bytes\":12}],\"outputs\":[],\"note\":null}");

    assertThat(run.version()).isEqualTo("1.2");
    assertThat(run.created()).isEqualTo("2026-01-02T03:04:05Z");
    assertThat(run.command()).as("subcommand not repeated").isEqualTo("aidx report --out r");
    assertThat(run.fields())
        .extracting(RunInfo.Field::path)
        .containsExactly(
            "tool",
            "version",
            "created",
            "command",
            "arguments[0]",
            "arguments[1]",
            "arguments[2]",
            "inputs[0].role",
            "inputs[0].bytes",
            "outputs",
            "note");
    assertThat(run.fields().get(8).value()).isEqualTo("12");
    assertThat(run.fields().get(10).value()).isEmpty();
  }
}
