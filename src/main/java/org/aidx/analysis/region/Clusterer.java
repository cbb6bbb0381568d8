package org.aidx.analysis.region;

import org.hipparchus.random.RandomGenerator;

/** Splits the rows of a matrix into k groups. Randomness, when used, comes in as an argument. */
public sealed interface Clusterer permits KMeans, Ward {
  Partition cluster(double[][] x, int k, RandomGenerator random);

  /** A name for outputs and manifests, e.g. {@code kmeans++ (50 starts)}. */
  String describe();

  /** The same method, cheaper where it has a cost knob (fewer starts), for resampling loops. */
  Clusterer forResampling();
}
