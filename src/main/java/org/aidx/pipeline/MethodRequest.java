package org.aidx.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.aidx.framework.Aggregation;
import org.aidx.method.impute.Imputation;
import org.aidx.method.normalise.Normalisation;
import org.aidx.model.InputException;
import org.aidx.model.Problem;
import org.aidx.pipeline.tier.Tiering;
import org.aidx.pipeline.treat.Treatment;

/**
 * The methods of a run as written: the texts of the CLI options ({@code --normalise minmax:1,100}),
 * of the fields of an API request ({@code "normalise": "minmax:1,100"}) and of a methodology file,
 * under the same names. {@link #spec} is the one parser of method text: the command line and the
 * API give the same {@link PipelineSpec}, hence the same {@link Methodology}, for the same texts.
 *
 * <p>Example: {@code normalise = "minmax:1,100"}, {@code aggregateAt = {layer: arithmetic}}, {@code
 * floor = "min:0.5"} → min-max onto [1, 100] for every indicator, arithmetic means at the layer
 * nodes, zeros raised to half an indicator's smallest positive value.
 *
 * @param reference an economy code, or null for the framework's
 * @param year the year of the data (latest at or before it), or null for the latest available
 * @param maxAge with {@code year}: values older than this many years count as missing, or null
 * @param impute {@code none | mean | median | group-mean:COLUMN | relative}, or null
 * @param treat {@code none | winsorise[:MAX_POINTS]}, or null for none
 * @param normalise {@code ratio | minmax[:LO,HI] | zscore[:MEAN,SD] | rank | frontier}, or null
 * @param aggregate {@code arithmetic | geometric | harmonic} for every aggregate node, or null
 * @param aggregateAt level → method for the aggregate nodes of a level; empty for none
 * @param denominate whether to divide indicators by their declared denominators
 * @param tiers a number of tiers, or null for Jenks with the number chosen from the data
 * @param floor {@code none | min:F | X} (see {@link FloorRule}), or null for the framework's
 */
public record MethodRequest(
    String reference,
    Integer year,
    Integer maxAge,
    String impute,
    String treat,
    String normalise,
    String aggregate,
    Map<String, String> aggregateAt,
    boolean denominate,
    Integer tiers,
    String floor) {
  public MethodRequest {
    aggregateAt =
        aggregateAt == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(aggregateAt));
  }

  /** No choice made: the framework's methods, latest data. */
  public static MethodRequest defaults() {
    return new MethodRequest(null, null, null, null, null, null, null, Map.of(), false, null, null);
  }

  /**
   * Parses every text into a spec, collecting every problem.
   *
   * @param where the name of a field as its writer knows it, e.g. {@code normalise → --normalise}
   *     on the command line or {@code request body, field 'normalise'} in the API
   * @throws InputException naming each field whose text is not a method, with the accepted forms
   */
  public PipelineSpec spec(Function<String, String> where) {
    List<Problem> problems = new ArrayList<>();
    Imputation im = parse(problems, where, "impute", impute, Imputation::parse);
    Treatment tr = parse(problems, where, "treat", treat, Treatment::parse);
    Normalisation no = parse(problems, where, "normalise", normalise, Normalisation::parse);
    Aggregation ag = parse(problems, where, "aggregate", aggregate, Aggregation::parse);
    Map<String, Aggregation> at = new LinkedHashMap<>();
    aggregateAt.forEach(
        (level, how) -> {
          Aggregation a = parse(problems, where, "aggregate-at", how, Aggregation::parse);
          if (a != null) {
            at.put(level.strip(), a);
          }
        });
    FloorRule fl = parse(problems, where, "floor", floor, FloorRule::parse);
    if (tiers != null && tiers < 1) {
      problems.add(
          new Problem(
              where.apply("tiers"), "the number of tiers must be at least 1, got " + tiers, ""));
    }
    if (maxAge != null && maxAge < 1) {
      problems.add(
          new Problem(
              where.apply("max-age"), "the maximum age must be at least 1, got " + maxAge, ""));
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    fl = fl == null ? new FloorRule(null, null) : fl;
    return PipelineSpec.defaults()
        .withReference(reference)
        .withYear(year)
        .withMaxAge(maxAge)
        .withImpute(im)
        .withTreat(tr)
        .withNormalise(no)
        .withAggregate(ag)
        .withAggregateAt(at)
        .withDenominate(denominate)
        .withTiers(tiers == null ? Tiering.automatic() : Tiering.fixed(tiers))
        .withGeometricFloor(fl.scoreFloor())
        .withZeroFloor(fl.zeroFloor());
  }

  private static <T> T parse(
      List<Problem> problems,
      Function<String, String> where,
      String field,
      String text,
      Function<String, T> parser) {
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(where.apply(field), e.getMessage(), "use " + example(field)));
      return null;
    }
  }

  private static String example(String field) {
    return switch (field) {
      case "impute" -> "none, mean, median, group-mean:COLUMN or relative";
      case "treat" -> "none or winsorise[:MAX_POINTS], e.g. winsorise:5";
      case "normalise" -> "ratio, minmax[:LO,HI], zscore[:MEAN,SD], rank or frontier";
      case "floor" -> "none, min:F (0 < F ≤ 1) or a positive number X";
      default -> "arithmetic, geometric or harmonic";
    };
  }
}
