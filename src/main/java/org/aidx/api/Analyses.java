package org.aidx.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The plug-point for analyses built outside this package: scenarios ({@code POST /api/scenario})
 * and robustness summaries ({@code GET /api/robustness}). A route whose implementation is not wired
 * in {@link #builtIn()} answers HTTP 501 with a JSON message, and the dashboard says so.
 *
 * <p>An implementation returns the JSON body of the answer; it may throw {@link
 * org.aidx.model.InputException} for bad requests (HTTP 400). For the dashboard's rank-interval
 * chart a robustness answer carries {@code {"intervals": [{"iso3": "CHN", "low": 1, "median": 1,
 * "high": 2}, ...]}}; other fields are passed through.
 */
public interface Analyses {
  /** Runs the scenario described by {@code request} against the service's data. */
  JsonNode scenario(JsonNode request, IndexService service);

  /** A robustness summary (rank intervals) of the index, replications and seed of the request. */
  JsonNode robustness(RobustnessRequest request, IndexService service);

  /** Neither analysis is available: both throw {@link NotAvailable}. */
  Analyses NONE =
      new Analyses() {
        @Override
        public JsonNode scenario(JsonNode request, IndexService service) {
          throw new NotAvailable(
              "scenario", "scenarios are not available in this build of aidx yet");
        }

        @Override
        public JsonNode robustness(RobustnessRequest request, IndexService service) {
          throw new NotAvailable(
              "robustness", "robustness summaries are not available in this build of aidx yet");
        }
      };

  /**
   * The analyses {@code aidx serve} offers: scenarios ({@link ScenarioRequest}) and robustness
   * summaries ({@link RobustnessRequest}, cached per request). The single place to wire
   * implementations in.
   */
  static Analyses builtIn() {
    return BUILT_IN;
  }

  /** See {@link #builtIn()}. */
  Analyses BUILT_IN =
      new Analyses() {
        @Override
        public JsonNode scenario(JsonNode request, IndexService service) {
          return ScenarioRequest.read(request, service.store()).run(service);
        }

        @Override
        public JsonNode robustness(RobustnessRequest request, IndexService service) {
          return request.run(service);
        }
      };

  /** An analysis that is not wired in; the API answers HTTP 501 with the message. */
  final class NotAvailable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String feature;

    public NotAvailable(String feature, String message) {
      super(message);
      this.feature = feature;
    }

    public String feature() {
      return feature;
    }
  }
}
