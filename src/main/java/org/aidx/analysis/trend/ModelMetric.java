package org.aidx.analysis.trend;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A quantity of notable AI models to trend or to scale against another. Example: {@code
 * ModelMetric.parse("training_compute").value(gpt3)} → 3.14e23 (FLOP).
 */
public enum ModelMetric {
  TRAINING_COMPUTE("FLOP"),
  PARAMETERS("parameters"),
  TRAINING_DATASET_SIZE("datapoints"),
  TRAINING_COST("2023 USD"),
  /** Training cost per FLOP: a falling quantity (the price of compute actually used). */
  TRAINING_COST_PER_FLOP("2023 USD per FLOP");

  private final String unit;

  ModelMetric(String unit) {
    this.unit = unit;
  }

  public String unit() {
    return unit;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The model's value, NaN when Epoch gives none. */
  public double value(AiModel m) {
    return switch (this) {
      case TRAINING_COMPUTE -> m.trainingCompute();
      case PARAMETERS -> m.parameters();
      case TRAINING_DATASET_SIZE -> m.datasetSize();
      case TRAINING_COST -> m.costUsd2023();
      case TRAINING_COST_PER_FLOP -> m.costUsd2023() / m.trainingCompute();
    };
  }

  public static ModelMetric parse(String id) {
    for (ModelMetric m : values()) {
      if (m.id().equalsIgnoreCase(id.trim())) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "unknown metric '"
            + id
            + "': use one of "
            + Arrays.stream(values()).map(ModelMetric::id).collect(Collectors.joining(", ")));
  }
}
