package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.aidx.input.MethodologyFiles;
import org.aidx.pipeline.MethodField;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every surface that takes method fields agrees with the one list, {@link MethodField}, both ways.
 *
 * <p>Why a field added to one surface only fails here: each surface is compared as a whole set. Add
 * {@code --foo} to {@code RunOptions} alone and {@link
 * #the_cli_has_the_declared_options_and_no_other} finds an option of {@code index} that is neither
 * declared nor listed in {@link #CLI_NOT_METHOD}. Add {@code "foo"} to {@code IndexRequest.FIELDS}
 * alone and the API set differs from the declared one; add it to {@code openapi.json} alone and
 * that schema's set differs; add a key to {@code MethodologyFiles.FILE} alone and the file set
 * differs. Add it to {@link MethodField} alone and each surface it names misses it, while a surface
 * it leaves out needs a written {@link MethodField#exception}. The non-method names below are the
 * only other way in, and each is an input, an output choice or an analysis parameter, not a method.
 */
class MethodFieldsAgreeTest {
  /** Options of {@code aidx index} that choose inputs or outputs, not methods. */
  private static final Set<String> CLI_NOT_METHOD =
      Set.of(
          "--framework",
          "--data",
          "--layout",
          "--data-mode",
          "--on-conflict",
          "--coinr",
          "--methodology",
          "--help",
          "--version",
          "--format",
          "--out");

  /** Request fields naming inputs (stored datasets and frameworks), not methods. */
  private static final Set<String> API_INPUTS = Set.of("dataset", "framework");

  private static Set<String> declaredApi() {
    return Arrays.stream(MethodField.values())
        .map(MethodField::api)
        .filter(Objects::nonNull)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void the_cli_has_the_declared_options_and_no_other() throws ClassNotFoundException {
    // IndexCommand is package-private in cli; its model is built as Main registers it
    CommandSpec index =
        new CommandLine(Class.forName("org.aidx.cli.IndexCommand")).getCommandSpec();
    for (MethodField f : MethodField.values()) {
      if (f.cli() != null) {
        assertThat(index.findOption(f.cli())).as("option %s of 'aidx index'", f.cli()).isNotNull();
      }
    }
    Set<String> declared =
        Arrays.stream(MethodField.values())
            .map(MethodField::cli)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    Set<String> undeclared = new TreeSet<>();
    for (OptionSpec o : index.options()) {
      Set<String> names = Set.of(o.names());
      if (names.stream().noneMatch(declared::contains)
          && names.stream().noneMatch(CLI_NOT_METHOD::contains)) {
        undeclared.add(o.longestName());
      }
    }
    assertThat(undeclared).as("options of 'aidx index' that MethodField lacks").isEmpty();
    for (String n : CLI_NOT_METHOD) {
      assertThat(index.findOption(n)).as("non-method option %s of 'aidx index'", n).isNotNull();
    }
  }

  @Test
  void index_request_reads_and_writes_every_declared_field_and_no_other() throws IOException {
    Set<String> methodFields = new TreeSet<>(IndexRequest.FIELDS);
    methodFields.removeAll(API_INPUTS);
    assertThat(methodFields).isEqualTo(declaredApi());
    for (MethodField f : MethodField.values()) {
      if (f.api() == null) {
        continue;
      }
      JsonNode body = IndexRequest.JSON.readTree("{\"" + f.api() + "\": " + f.apiExample() + "}");
      IndexRequest q = IndexRequest.parse(body, Set.of());
      assertThat(q).as("%s is read", f.api()).isNotEqualTo(IndexRequest.defaults());
      assertThat(q.toJson().has(f.api())).as("%s is written", f.api()).isTrue();
      assertThat(IndexRequest.parse(q.toJson(), Set.of()))
          .as("%s round trip", f.api())
          .isEqualTo(q);
    }
  }

  @Test
  void every_request_schema_of_openapi_lists_the_declared_fields_and_no_other() throws IOException {
    JsonNode schemas;
    try (InputStream in = IndexRequest.class.getResourceAsStream("openapi.json")) {
      schemas = IndexRequest.JSON.readTree(in).get("components").get("schemas");
    }
    record Schema(String name, Set<String> own) {}
    for (Schema s :
        new Schema[] {
          new Schema("IndexRequest", Set.of()),
          new Schema("ScenarioRequest", ScenarioRequest.FIELDS),
          new Schema("RobustnessRequest", RobustnessRequest.FIELDS)
        }) {
      Set<String> listed = new TreeSet<>();
      schemas.get(s.name()).get("properties").fieldNames().forEachRemaining(listed::add);
      listed.removeAll(API_INPUTS);
      listed.removeAll(s.own());
      assertThat(listed)
          .as("method fields of openapi.json's %s", s.name())
          .isEqualTo(declaredApi());
    }
  }

  @Test
  void the_methodology_file_has_the_declared_keys_and_no_other() {
    Set<String> declared =
        Arrays.stream(MethodField.values())
            .flatMap(f -> f.fileKeys().stream())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(new TreeSet<>(MethodologyFiles.FILE.keys())).isEqualTo(declared);
  }

  @Test
  void a_field_missing_from_a_surface_says_why_and_only_then() {
    Set<MethodField> partial = EnumSet.noneOf(MethodField.class);
    for (MethodField f : MethodField.values()) {
      if (f.cli() == null || f.api() == null || f.fileKeys().isEmpty()) {
        partial.add(f);
        assertThat(f.exception()).as("why %s is missing from a surface", f).isNotBlank();
      } else {
        assertThat(f.exception()).as("%s is on every surface", f).isNull();
      }
      assertThat(f.help()).as("help of %s", f).isNotBlank();
      assertThat(f.api() == null).as("API example of %s", f).isEqualTo(f.apiExample() == null);
    }
    // the exceptions recorded today, so that a new one is a visible decision
    assertThat(partial)
        .containsExactlyInAnyOrder(
            MethodField.EXCLUDE_STALE,
            MethodField.AGGREGATE_AT,
            MethodField.SWAPS,
            MethodField.PER,
            MethodField.RELATIVE_TO_REFERENCE);
  }
}
