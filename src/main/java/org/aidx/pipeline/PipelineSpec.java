package org.aidx.pipeline;

import org.aidx.framework.Aggregation;
import org.aidx.method.impute.Imputation;
import org.aidx.method.normalise.Normalisation;
import org.aidx.pipeline.tier.Tiering;
import org.aidx.pipeline.treat.Treatment;

/**
 * The methods a run asks for: every choice the pipeline makes beyond the framework, as requested on
 * the command line, in an API request or a methodology file. Null fields keep the framework's
 * default; {@link Methodology#of} resolves a spec against a framework once into the value the
 * pipeline runs with and every result records.
 *
 * @param reference the reference economy, or null for the framework's
 * @param year use each value's latest year at or before this one; null for the latest available
 * @param normalise a normalisation for every indicator, or null for each indicator's own
 * @param aggregate an aggregation for every aggregate node, or null for each node's own
 * @param aggregateAt an aggregation for the aggregate nodes of a level (level → method), used where
 *     {@code aggregate} is null ({@code --aggregate-at layer=arithmetic}); empty for none
 * @param denominate whether to divide indicators by their declared denominators
 * @param impute how missing values are filled, or null for the framework's default
 * @param geometricFloor when set, normalised values below it are raised to it before a geometric or
 *     harmonic mean (documented in the output); when null, a non-positive value there is an error
 * @param zeroFloor the fraction of an indicator's smallest positive value that its zero and
 *     negative values are raised to before normalisation (0 = none), or null for the framework's
 * @param maxAge with {@code year}: a value older than this many years (year − value's year) counts
 *     as missing (the panel rule); null for no limit
 */
public record PipelineSpec(
    String reference,
    Integer year,
    Imputation impute,
    Treatment treat,
    Normalisation normalise,
    Aggregation aggregate,
    java.util.Map<String, Aggregation> aggregateAt,
    boolean denominate,
    Tiering tiers,
    Double geometricFloor,
    Double zeroFloor,
    Integer maxAge) {
  public PipelineSpec {
    if (maxAge != null && maxAge < 1) {
      throw new IllegalArgumentException("the maximum age must be at least 1, got " + maxAge);
    }
    treat = treat == null ? Treatment.none() : treat;
    aggregateAt =
        aggregateAt == null
            ? java.util.Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(aggregateAt));
    tiers = tiers == null ? Tiering.automatic() : tiers;
    if (geometricFloor != null && !(geometricFloor > 0)) {
      throw new IllegalArgumentException(
          "the geometric floor must be positive, got " + geometricFloor);
    }
    if (zeroFloor != null && !(zeroFloor >= 0 && zeroFloor <= 1)) {
      throw new IllegalArgumentException("the zero floor must be in [0, 1], got " + zeroFloor);
    }
  }

  /** The framework's own methods, latest data, no imputation or treatment, automatic tiers. */
  public static PipelineSpec defaults() {
    return new PipelineSpec(
        null, null, null, null, null, null, java.util.Map.of(), false, null, null, null, null);
  }

  public PipelineSpec withReference(String r) {
    return with(e -> e.reference = r);
  }

  public PipelineSpec withYear(Integer y) {
    return with(e -> e.year = y);
  }

  public PipelineSpec withImpute(Imputation i) {
    return with(e -> e.impute = i);
  }

  public PipelineSpec withTreat(Treatment t) {
    return with(e -> e.treat = t);
  }

  public PipelineSpec withNormalise(Normalisation n) {
    return with(e -> e.normalise = n);
  }

  public PipelineSpec withAggregate(Aggregation a) {
    return with(e -> e.aggregate = a);
  }

  /** This spec with {@code how} at the aggregate nodes of {@code level}, in place of theirs. */
  public PipelineSpec withAggregateAt(java.util.Map<String, Aggregation> byLevel) {
    return with(e -> e.aggregateAt = byLevel);
  }

  public PipelineSpec withDenominate(boolean d) {
    return with(e -> e.denominate = d);
  }

  public PipelineSpec withTiers(Tiering t) {
    return with(e -> e.tiers = t);
  }

  public PipelineSpec withGeometricFloor(Double f) {
    return with(e -> e.geometricFloor = f);
  }

  public PipelineSpec withZeroFloor(Double f) {
    return with(e -> e.zeroFloor = f);
  }

  public PipelineSpec withMaxAge(Integer a) {
    return with(e -> e.maxAge = a);
  }

  /** This spec with one field changed by {@code change}, through the checks of the constructor. */
  private PipelineSpec with(java.util.function.Consumer<Edit> change) {
    Edit e = new Edit(this);
    change.accept(e);
    return e.spec();
  }

  /** A mutable copy of a spec's fields, which the withers change one at a time. */
  private static final class Edit {
    private String reference;
    private Integer year;
    private Imputation impute;
    private Treatment treat;
    private Normalisation normalise;
    private Aggregation aggregate;
    private java.util.Map<String, Aggregation> aggregateAt;
    private boolean denominate;
    private Tiering tiers;
    private Double geometricFloor;
    private Double zeroFloor;
    private Integer maxAge;

    private Edit(PipelineSpec s) {
      reference = s.reference;
      year = s.year;
      impute = s.impute;
      treat = s.treat;
      normalise = s.normalise;
      aggregate = s.aggregate;
      aggregateAt = s.aggregateAt;
      denominate = s.denominate;
      tiers = s.tiers;
      geometricFloor = s.geometricFloor;
      zeroFloor = s.zeroFloor;
      maxAge = s.maxAge;
    }

    private PipelineSpec spec() {
      return new PipelineSpec(
          reference,
          year,
          impute,
          treat,
          normalise,
          aggregate,
          aggregateAt,
          denominate,
          tiers,
          geometricFloor,
          zeroFloor,
          maxAge);
    }
  }

  /**
   * The value the pipeline selects for an economy and indicator: the latest at or before {@link
   * #year()} (the latest of all when null) and, with {@link #maxAge()}, at most that old. The one
   * selection rule of {@code aidx index --year} and of the panel.
   */
  public java.util.Optional<org.aidx.model.Observation> select(
      org.aidx.data.Dataset data, String economy, String indicator) {
    return data.latest(economy, indicator, year, maxAge);
  }

  /** Whether {@code o}, as selected, is carried forward: older than the spec's year. */
  public boolean carriedForward(org.aidx.model.Observation o) {
    return year != null && o != null && o.year() < year;
  }
}
