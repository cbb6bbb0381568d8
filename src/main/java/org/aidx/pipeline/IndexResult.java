package org.aidx.pipeline;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.model.Economies;
import org.aidx.model.InputException;
import org.aidx.model.Names;
import org.aidx.model.Observation;
import org.aidx.pipeline.tier.Tiering;
import org.aidx.pipeline.treat.Treatment;

/**
 * The outcome of one pipeline run, carrying the tree and the methodology that made it. Arrays are
 * held privately; accessors return values or copies.
 */
public final class IndexResult {
  private final Framework framework;
  private final Methodology methodology;
  private final String reference;
  private final List<String> economies;
  private final List<String> names;
  private final List<String> indicators;
  private final List<String> aggregates;
  private final Observation[][] used; // [indicator][economy], null where missing
  private final double[][] prepared; // after transform, denominator, imputation and treatment
  private final boolean[][] imputed;
  private final boolean[][] winsorised;
  private final boolean[][] floored;
  private final Treatment.Outcome[] treatment;
  private final double[][] normalised;
  private final double[][] scores; // [aggregate][economy], relative to the reference if asked
  private final double[][] unscaled; // [aggregate][economy], before dividing by the reference
  private final double[] ranks;
  private final Tiering.Result tiers;
  private final List<RunNote> notes;

  IndexResult(
      Framework framework,
      Methodology methodology,
      String reference,
      List<String> economies,
      List<String> names,
      List<String> indicators,
      List<String> aggregates,
      Observation[][] used,
      double[][] prepared,
      boolean[][] imputed,
      boolean[][] winsorised,
      boolean[][] floored,
      Treatment.Outcome[] treatment,
      double[][] normalised,
      double[][] scores,
      double[][] unscaled,
      double[] ranks,
      Tiering.Result tiers,
      List<RunNote> notes) {
    this.framework = framework;
    this.methodology = methodology;
    this.reference = reference;
    this.economies = List.copyOf(economies);
    this.names = List.copyOf(names);
    this.indicators = List.copyOf(indicators);
    this.aggregates = List.copyOf(aggregates);
    this.used = used;
    this.prepared = prepared;
    this.imputed = imputed;
    this.winsorised = winsorised;
    this.floored = floored;
    this.treatment = treatment;
    this.normalised = normalised;
    this.scores = scores;
    this.unscaled = unscaled;
    this.ranks = ranks;
    this.tiers = tiers;
    this.notes = List.copyOf(notes);
  }

  public Framework framework() {
    return framework;
  }

  /** The methodology the run used: every choice made, weights included. */
  public Methodology methodology() {
    return methodology;
  }

  /** The reference economy actually used (the spec's, else the framework's); may be null. */
  public String reference() {
    return reference;
  }

  public List<String> economies() {
    return economies;
  }

  public String name(int e) {
    return names.get(e);
  }

  public int economyIndex(String code) {
    return economies.indexOf(code);
  }

  /**
   * The position of an economy the user named, or a bad-input error that lists the economies with
   * data and suggests the closest code ("JAP": did you mean JPN?).
   */
  public int requireEconomy(String code) {
    int e = economyIndex(code);
    if (e < 0 && code != null) {
      // a name, an ISO2 code or a lower-case ISO3 ("korea", "KR", "kor"): resolved through the
      // table of economy names; an ambiguous name lists its candidates
      Economies.Resolution r = Economies.standard().resolve(code);
      if (r.found()) {
        e = economyIndex(r.iso3());
      } else if (r.candidates().size() > 1) {
        throw new InputException("economy '" + code + "'", r.problem(), r.fix());
      }
    }
    if (e < 0) {
      throw new InputException(
          "economy '" + code + "'",
          "not among the economies with data: " + String.join(" ", economies),
          Names.closest(code, economies)
              .map(s -> "did you mean " + s + "?")
              .orElse("use one of these codes"));
    }
    return e;
  }

  public List<String> indicators() {
    return indicators;
  }

  /** Aggregate node ids in pre-order, the root (the index) first. */
  public List<String> aggregates() {
    return aggregates;
  }

  /** The score of an aggregate node for an economy (relative to the reference if so framed). */
  public double score(String node, int e) {
    int a = aggregates.indexOf(node);
    if (a < 0) {
      throw new IllegalArgumentException("no aggregate node '" + node + "' in " + aggregates);
    }
    return scores[a][e];
  }

  /** The score before division by the reference's score. */
  public double unscaledScore(String node, int e) {
    int a = aggregates.indexOf(node);
    if (a < 0) {
      throw new IllegalArgumentException("no aggregate node '" + node + "' in " + aggregates);
    }
    return unscaled[a][e];
  }

  public double index(int e) {
    return scores[0][e];
  }

  public double rank(int e) {
    return ranks[e];
  }

  public int tier(int e) {
    return tiers.tiers()[e];
  }

  public Tiering.Result tiering() {
    return new Tiering.Result(
        tiers.count(), tiers.tiers().clone(), tiers.breaks().clone(), tiers.gvf());
  }

  /** The observation used for an indicator and economy: value as read, year, provenance. */
  public Observation observation(int indicator, int e) {
    return used[indicator][e];
  }

  public double prepared(int indicator, int e) {
    return prepared[indicator][e];
  }

  public boolean imputed(int indicator, int e) {
    return imputed[indicator][e];
  }

  public boolean winsorised(int indicator, int e) {
    return winsorised[indicator][e];
  }

  /**
   * Whether the value was zero or negative and raised to the zero floor before normalisation (see
   * {@link FloorRule}).
   */
  public boolean floored(int indicator, int e) {
    return floored[indicator][e];
  }

  public Treatment.Outcome treatment(int indicator) {
    return treatment[indicator];
  }

  public double normalised(int indicator, int e) {
    return normalised[indicator][e];
  }

  /** Economy indices ordered by rank (best first; missing index last). */
  public int[] order() {
    Integer[] o = new Integer[economies.size()];
    for (int i = 0; i < o.length; i++) {
      o[i] = i;
    }
    Arrays.sort(
        o,
        (a, b) -> {
          double ra = Double.isNaN(ranks[a]) ? Double.MAX_VALUE : ranks[a];
          double rb = Double.isNaN(ranks[b]) ? Double.MAX_VALUE : ranks[b];
          int c = Double.compare(ra, rb);
          return c != 0 ? c : economies.get(a).compareTo(economies.get(b));
        });
    return Arrays.stream(o).mapToInt(Integer::intValue).toArray();
  }

  /**
   * Messages a reader must see (missing values, imputations, treatments, floors) as the lines
   * printed in results and reports; {@link #runNotes()} holds them typed.
   */
  public List<String> notes() {
    return notes.stream().map(RunNote::text).toList();
  }

  /** The notes of {@link #notes()} as typed values, in the same order. */
  public List<RunNote> runNotes() {
    return notes;
  }

  /** The node of the framework with this id. */
  public Node node(String id) {
    return framework.find(id).orElseThrow(() -> new IllegalArgumentException("no node " + id));
  }

  /** Counts of missing and imputed values per economy, for coverage reports. */
  public Map<String, int[]> coverage() {
    Map<String, int[]> out = new java.util.LinkedHashMap<>();
    for (int e = 0; e < economies.size(); e++) {
      int missing = 0;
      int imp = 0;
      for (int i = 0; i < indicators.size(); i++) {
        if (used[i][e] == null && !imputed[i][e]) {
          missing++;
        }
        if (imputed[i][e]) {
          imp++;
        }
      }
      out.put(economies.get(e), new int[] {missing, imp});
    }
    return out;
  }
}
