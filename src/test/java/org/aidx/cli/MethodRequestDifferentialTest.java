package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.aidx.api.IndexRequest;
import org.aidx.framework.Framework;
import org.aidx.input.Inputs;
import org.aidx.model.InputException;
import org.aidx.pipeline.Methodology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The command line and the API read method text with one parser: the same request, written as
 * options or as a JSON body, resolves to the same methodology.
 */
class MethodRequestDifferentialTest {
  static final Framework CICC = Inputs.load(null, List.of(), List.of()).framework();
  static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of(List.of(), "{}"),
        Arguments.of(
            List.of("--normalise", "minmax:1,100", "--aggregate", "geometric"),
            "{\"normalise\": \"minmax:1,100\", \"aggregate\": \"geometric\"}"),
        Arguments.of(
            List.of("--aggregate-at", "layer=arithmetic", "--floor", "min:0.25", "--denominate"),
            "{\"aggregateAt\": {\"layer\": \"arithmetic\"}, \"floor\": \"min:0.25\","
                + " \"denominate\": true}"),
        Arguments.of(
            List.of("--floor", "0.05", "--impute", "median", "--treat", "winsorise:3"),
            "{\"floor\": 0.05, \"impute\": \"median\", \"treat\": \"winsorise:3\"}"),
        Arguments.of(
            List.of("--reference", "CHN", "--tiers", "4", "--floor", "none", "--normalize", "rank"),
            "{\"reference\": \"CHN\", \"tiers\": 4, \"floor\": \"none\", \"normalize\": \"rank\"}"));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void cli_and_api_resolve_the_same_request_to_the_same_methodology(
      List<String> options, String body) throws Exception {
    IndexCommand cmd = new IndexCommand();
    new CommandLine(cmd).parseArgs(options.toArray(new String[0]));
    Methodology cli = Methodology.of(CICC, cmd.run.methods());
    Methodology api =
        Methodology.of(CICC, IndexRequest.parse(JSON.readTree(body), Set.of()).spec());
    assertThat(api).isEqualTo(cli);
  }

  @org.junit.jupiter.api.Test
  void a_bad_method_text_names_the_field_as_each_edge_spells_it() throws Exception {
    IndexCommand cmd = new IndexCommand();
    new CommandLine(cmd).parseArgs("--aggregate", "median", "--floor", "min:2");
    assertThatThrownBy(() -> cmd.run.methods())
        .isInstanceOf(InputException.class)
        .hasMessageContaining("--aggregate: aggregation 'median' is not one of")
        .hasMessageContaining("--floor: floor 'min:2'");
    assertThatThrownBy(
            () ->
                IndexRequest.parse(
                        JSON.readTree("{\"aggregate\": \"median\", \"floor\": \"min:2\"}"),
                        Set.of())
                    .spec())
        .isInstanceOf(InputException.class)
        .hasMessageContaining("request body, field 'aggregate': aggregation 'median'")
        .hasMessageContaining("request body, field 'floor'");
  }

  @org.junit.jupiter.api.Test
  void the_api_takes_the_maximum_age_as_the_cli_does() throws Exception {
    IndexCommand cmd = new IndexCommand();
    new CommandLine(cmd).parseArgs("--year", "2022", "--exclude-stale", "--max-age", "2");
    Methodology cli = Methodology.of(CICC, cmd.run.spec());
    Methodology api =
        Methodology.of(
            CICC,
            IndexRequest.parse(JSON.readTree("{\"year\": 2022, \"maxAge\": 2}"), Set.of()).spec());
    assertThat(api).isEqualTo(cli);
    assertThat(api.maxAge()).isEqualTo(2);
    assertThat(
            IndexRequest.parse(JSON.readTree("{\"maxAge\": 2}"), Set.of())
                .toJson()
                .get("maxAge")
                .asInt())
        .isEqualTo(2);
    assertThatThrownBy(
            () ->
                IndexRequest.parse(JSON.readTree("{\"year\": 2022, \"maxAge\": 0}"), Set.of())
                    .spec())
        .isInstanceOf(InputException.class)
        .hasMessageContaining("request body, field 'maxAge': the maximum age must be at least 1");
  }
}
