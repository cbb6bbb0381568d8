package org.aidx.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aidx.analysis.uncertainty.Uncertainty;
import org.aidx.analysis.uncertainty.UncertaintySummary;
import org.aidx.framework.Framework;
import org.aidx.input.Inputs;
import org.aidx.model.InputException;
import org.aidx.model.Problem;
import org.aidx.pipeline.Methodology;
import org.aidx.report.uncertainty.UncertaintyWriter;

/**
 * A request to {@code GET /api/robustness} ({@code ?runs=N&seed=S}) or {@code POST /api/robustness}
 * (the fields of {@link IndexRequest} plus {@code runs} and {@code seed}): a Monte Carlo
 * uncertainty analysis with the default assumptions of the request's framework and methods.
 *
 * <pre>
 * GET /api/robustness?runs=2000&amp;seed=7
 * POST /api/robustness {"runs": 500, "normalise": "minmax:1,100"}
 * </pre>
 *
 * The first answers what {@code aidx robustness --runs 2000 --seed 7 --format json} prints, plus
 * {@code intervals}: per economy in nominal rank order its nominal rank and the 5th percentile
 * ({@code low}), median and 95th percentile ({@code high}) rank, which the dashboard draws.
 *
 * @param method the index the analysis varies
 * @param runs replications, 1 to {@link #MAX_RUNS}
 * @param seed the seed of the Sobol sampler
 */
public record RobustnessRequest(IndexRequest method, int runs, long seed) {
  /** Replications when none are asked for, as {@code aidx report}. */
  public static final int DEFAULT_RUNS = Uncertainty.DEFAULT_RUNS;

  /** The most replications one request may ask for, so one client cannot hold a core for long. */
  public static final int MAX_RUNS = 20_000;

  /** The seed when none is given, as {@code aidx robustness}. */
  public static final long DEFAULT_SEED = Uncertainty.DEFAULT_SEED;

  static final Set<String> FIELDS = Set.of("runs", "seed");

  public RobustnessRequest {
    if (method == null) {
      method = IndexRequest.defaults();
    }
    if (runs < 1 || runs > MAX_RUNS) {
      throw new InputException(
          "runs",
          "'" + runs + "' is not between 1 and " + MAX_RUNS,
          "ask for at most " + MAX_RUNS + " replications (aidx robustness --runs has no limit)");
    }
  }

  /** The default index, {@link #DEFAULT_RUNS} replications, seed {@link #DEFAULT_SEED}. */
  public static RobustnessRequest defaults() {
    return new RobustnessRequest(IndexRequest.defaults(), DEFAULT_RUNS, DEFAULT_SEED);
  }

  /**
   * Reads the query parameters {@code runs} and {@code seed} (absent or blank: the defaults) of a
   * request on the default index.
   *
   * @throws InputException naming the parameter, its value and the allowed range
   */
  public static RobustnessRequest query(String runs, String seed) {
    List<Problem> problems = new ArrayList<>();
    long n = whole("query parameter 'runs'", runs, DEFAULT_RUNS, problems);
    long s = whole("query parameter 'seed'", seed, DEFAULT_SEED, problems);
    checkRuns("query parameter 'runs'", n, problems);
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new RobustnessRequest(IndexRequest.defaults(), (int) n, s);
  }

  /**
   * Reads a JSON body: the fields of {@link IndexRequest} with {@code runs} and {@code seed} (whole
   * numbers). An empty body means {@link #defaults()}.
   */
  public static RobustnessRequest parse(JsonNode body) {
    List<Problem> problems = new ArrayList<>();
    IndexRequest method = IndexRequest.defaults();
    try {
      method = IndexRequest.parse(body, FIELDS);
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    long n = DEFAULT_RUNS;
    long s = DEFAULT_SEED;
    if (body != null && body.isObject()) {
      n = field(body, "runs", DEFAULT_RUNS, problems);
      s = field(body, "seed", DEFAULT_SEED, problems);
      checkRuns("request body, field 'runs'", n, problems);
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new RobustnessRequest(method, (int) n, s);
  }

  private static long whole(String where, String text, long absent, List<Problem> problems) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      problems.add(new Problem(where, "'" + text + "' is not a whole number", "e.g. 1000"));
      return absent;
    }
  }

  private static long field(JsonNode body, String f, long absent, List<Problem> problems) {
    JsonNode n = body.get(f);
    if (n == null || n.isNull()) {
      return absent;
    }
    if (!n.isIntegralNumber() || !n.canConvertToLong()) {
      problems.add(
          new Problem(
              "request body, field '" + f + "'", "'" + n + "' is not a whole number", "e.g. 1000"));
      return absent;
    }
    return n.longValue();
  }

  private static void checkRuns(String where, long n, List<Problem> problems) {
    if (n < 1 || n > MAX_RUNS) {
      problems.add(
          new Problem(
              where,
              "'" + n + "' is not between 1 and " + MAX_RUNS,
              "ask for at most "
                  + MAX_RUNS
                  + " replications (aidx robustness --runs has no limit)"));
    }
  }

  /** The analysis: {@link Uncertainty#run} on the request's inputs with the default assumptions. */
  public UncertaintySummary summary(IndexService service) {
    Inputs in = service.inputs(method);
    Framework fw = method.reweight(in.framework());
    Methodology spec = Methodology.of(fw, method.spec());
    return Uncertainty.defaults(fw, in.dataset(), spec, runs, seed, null);
  }

  /**
   * The answer: {@link UncertaintyWriter#json} (what {@code aidx robustness --format json} prints)
   * with {@code intervals} added for the dashboard. Cached by the service, as it is a function of
   * the request.
   */
  public JsonNode run(IndexService service) {
    return service.cached(this, () -> answer(summary(service)));
  }

  /** The JSON answer for a summary. */
  static ObjectNode answer(UncertaintySummary s) {
    ObjectNode o = (ObjectNode) IndexService.readTree(UncertaintyWriter.json(s));
    ArrayNode iv = o.putArray("intervals");
    for (UncertaintySummary.EconomyStats e : s.economies()) {
      ObjectNode x = iv.addObject();
      x.put("iso3", e.iso3());
      x.put("name", e.name());
      put(x, "nominal", e.rank().nominal());
      put(x, "low", e.rank().q05());
      put(x, "median", e.rank().median());
      put(x, "high", e.rank().q95());
    }
    return o;
  }

  private static void put(ObjectNode o, String k, double v) {
    if (Double.isNaN(v)) {
      o.putNull(k);
    } else {
      o.put(k, v);
    }
  }
}
