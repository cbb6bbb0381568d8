package org.aidx.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packages below the pipeline (the vocabulary, the framework tree, the methods, the data) do
 * not import it: the pipeline applies a framework and a methodology, never the other way round.
 */
class LayeringTest {
  @ParameterizedTest
  @ValueSource(strings = {"model", "framework", "method", "data"})
  void packages_below_the_pipeline_do_not_import_it(String pkg) {
    Path dir = Path.of("src/main/java/org/aidx", pkg);
    try (Stream<Path> files = Files.walk(dir)) {
      List<String> offending =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> read(f).contains("import org.aidx.pipeline"))
              .map(Path::toString)
              .toList();
      assertThat(offending).isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
