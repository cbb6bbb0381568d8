package org.aidx.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Where the keys of a YAML document are, so that a problem with a value can name its line. */
final class YamlLines {
  private static final YAMLFactory YAML = new YAMLFactory();

  private YamlLines() {}

  /**
   * The line of each key of a YAML mapping, by dotted path ({@code normalise.ai_patents}): where an
   * error about a key points to.
   */
  static Map<String, Integer> of(String text) {
    Map<String, Integer> out = new HashMap<>();
    try (JsonParser p = YAML.createParser(text)) {
      Deque<String> path = new ArrayDeque<>();
      String field = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case FIELD_NAME -> {
            field = p.currentName();
            out.putIfAbsent(join(path, field), p.currentTokenLocation().getLineNr());
          }
          case START_OBJECT -> {
            path.push(field == null ? (path.isEmpty() ? "" : path.peek()) : join(path, field));
            field = null;
          }
          case END_OBJECT -> {
            if (!path.isEmpty()) {
              path.pop();
            }
          }
          default -> {}
        }
      }
    } catch (IOException e) {
      // the tree reader reports malformed YAML
    }
    return out;
  }

  private static String join(Deque<String> path, String field) {
    return path.isEmpty() || path.peek().isEmpty() ? field : path.peek() + "." + field;
  }
}
