package org.aidx.analysis.trend;

/**
 * One notable AI model as Epoch AI records it; a missing number is NaN.
 *
 * @param date publication date as a decimal year
 * @param costUsd2023 Epoch's training compute cost in 2023 US dollars
 */
public record AiModel(
    String name,
    String organization,
    String country,
    double date,
    double parameters,
    double trainingCompute,
    double datasetSize,
    double costUsd2023,
    String confidence,
    boolean frontier) {
  public AiModel {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a model needs a name");
    }
  }
}
