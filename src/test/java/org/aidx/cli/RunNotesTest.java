package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The typed run notes print the same lines as the string notes did: every note of six runs on the
 * shipped data, as main printed them before the notes were typed (run-notes-before.txt).
 */
class RunNotesTest {
  @Test
  void notes_in_results_json_are_the_lines_printed_before_notes_were_typed() throws IOException {
    Map<String, List<String>> before = before();
    assertThat(before).hasSize(6);
    for (var run : before.entrySet()) {
      List<String> args = new ArrayList<>(List.of("index", "--format", "json"));
      if (!run.getKey().isBlank()) {
        args.addAll(List.of(run.getKey().strip().split(" ")));
      }
      Cli c = Cli.run(args.toArray(String[]::new));
      assertThat(c.code()).as(run.getKey()).isZero();
      List<String> now = new ArrayList<>();
      new ObjectMapper()
          .readTree(c.out())
          .get("notes")
          .forEach((JsonNode n) -> now.add(n.asText()));
      assertThat(now).as(run.getKey()).isEqualTo(run.getValue());
    }
  }

  private static Map<String, List<String>> before() throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (InputStream s = RunNotesTest.class.getResourceAsStream("run-notes-before.txt")) {
      List<String> current = null;
      for (String line : new String(s.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        if (line.startsWith("#")) {
          continue;
        }
        if (line.startsWith(">")) {
          current = new ArrayList<>();
          out.put(line.substring(1), current);
        } else {
          current.add(line);
        }
      }
    }
    return out;
  }
}
