package org.aidx.pipeline;

import java.util.List;

/**
 * The one list of method fields: each field's name on every surface that takes it. The command line
 * ({@code aidx index} and the commands sharing its options), the HTTP API ({@code IndexRequest} and
 * the request schemas of {@code openapi.json}) and the methodology file ({@code MethodologyFiles})
 * each restate these names; {@code MethodFieldsAgreeTest} checks every surface against this list,
 * both ways, so that a field added to one surface only fails the build.
 *
 * <p>Example: {@link #AGGREGATE_AT} is {@code --aggregate-at layer=arithmetic} on the command line,
 * {@code "aggregateAt": {"layer": "arithmetic"}} in a request, and has no key of its own in a
 * methodology file, whose {@code aggregate} states every node's method with the levels resolved.
 *
 * <p>A field missing from a surface says why in {@link #exception}; the test accepts a missing name
 * only with a reason.
 */
public enum MethodField {
  REFERENCE(
      "--reference", "reference", List.of("reference"), "\"CHN\"", "the reference economy", null),
  YEAR("--year", "year", List.of("year"), "2023", "each value's latest year at or before it", null),
  MAX_AGE(
      "--max-age",
      "maxAge",
      List.of("max_age"),
      "3",
      "with a year: values older than this many years count as missing",
      null),
  EXCLUDE_STALE(
      "--exclude-stale",
      null,
      List.of(),
      null,
      "apply the maximum age on the command line",
      "the API's maxAge and the file's max_age are the switch and the years in one: a number applies"
          + " the limit, none or absent does not"),
  IMPUTE(
      "--impute", "impute", List.of("impute"), "\"median\"", "how missing values are filled", null),
  TREAT(
      "--treat",
      "treat",
      List.of("treat"),
      "\"winsorise:5\"",
      "outlier treatment of skewed indicators",
      null),
  NORMALISE(
      "--normalise",
      "normalise",
      List.of("normalise"),
      "\"minmax:0,100\"",
      "how indicators are brought onto one scale",
      null),
  AGGREGATE(
      "--aggregate",
      "aggregate",
      List.of("aggregate"),
      "\"geometric\"",
      "the mean at every aggregate node",
      null),
  AGGREGATE_AT(
      "--aggregate-at",
      "aggregateAt",
      List.of(),
      "{\"layer\": \"arithmetic\"}",
      "the mean at the aggregate nodes of one level",
      "a methodology file's aggregate states every node's method, the levels resolved"),
  DENOMINATE(
      "--denominate",
      "denominate",
      List.of("denominate"),
      "true",
      "divide indicators by their declared denominators",
      null),
  TIERS("--tiers", "tiers", List.of("tiers"), "4", "the number of tiers", null),
  FLOOR(
      "--floor",
      "floor",
      List.of("zero_floor", "score_floor"),
      "\"min:0.5\"",
      "how zeros meet geometric means",
      null),
  WEIGHTS(
      "--weight",
      "weights",
      List.of("weights"),
      "{\"compute\": 2}",
      "new weights of nodes, relative among siblings",
      null),
  SWAPS(
      "--swap",
      null,
      List.of(),
      null,
      "replace an indicator by another from the data",
      "not offered by the API; a swap changes the framework, whose indicators a methodology file's"
          + " normalise and weights list"),
  PER(
      "--per",
      "per",
      List.of(),
      "\"capita\"",
      "the intensity view: absolute indicators per capita or per GDP",
      "a view chosen per run, not written to a methodology file (--per goes with --methodology)"),
  RELATIVE_TO_REFERENCE(
      null,
      null,
      List.of("relative_to_reference"),
      null,
      "whether scores are read relative to the reference economy",
      "the framework's own setting, recorded in a methodology file; no option changes it");

  private final String cli;
  private final String api;
  private final List<String> fileKeys;
  private final String apiExample;
  private final String help;
  private final String exception;

  MethodField(
      String cli,
      String api,
      List<String> fileKeys,
      String apiExample,
      String help,
      String exception) {
    this.cli = cli;
    this.api = api;
    this.fileKeys = List.copyOf(fileKeys);
    this.apiExample = apiExample;
    this.help = help;
    this.exception = exception;
  }

  /** The CLI option's name ({@code --normalise}), or null if the command line has none. */
  public String cli() {
    return cli;
  }

  /** The field of an API request ({@code normalise}), or null if the API has none. */
  public String api() {
    return api;
  }

  /** The keys of a methodology file that hold this field; empty if the file has none. */
  public List<String> fileKeys() {
    return fileKeys;
  }

  /** A JSON value the API accepts for this field, or null without an API field. */
  public String apiExample() {
    return apiExample;
  }

  /** One line on what the field chooses. */
  public String help() {
    return help;
  }

  /** Why a surface lacks this field, or null if every surface has it. */
  public String exception() {
    return exception;
  }
}
