package org.aidx.analysis.region;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.clustering.CentroidCluster;
import org.hipparchus.clustering.Clusterable;
import org.hipparchus.clustering.KMeansPlusPlusClusterer;
import org.hipparchus.clustering.distance.EuclideanDistance;
import org.hipparchus.random.RandomGenerator;

/**
 * k-means with k-means++ seeding (Hipparchus' {@link KMeansPlusPlusClusterer}), run from {@code
 * starts} seeded starts; the partition with the smallest within-group sum of squares wins. Points
 * (0), (1), (10), (11) with k = 2 give {(0), (1)} and {(10), (11)}, W = 1.
 *
 * @param starts independent k-means++ starts (at least 1)
 * @param maxIterations Lloyd iterations per start
 */
public record KMeans(int starts, int maxIterations) implements Clusterer {
  public KMeans {
    if (starts < 1 || maxIterations < 1) {
      throw new IllegalArgumentException("k-means needs at least one start and one iteration");
    }
  }

  public static KMeans of(int starts) {
    return new KMeans(starts, 300);
  }

  @Override
  public Partition cluster(double[][] x, int k, RandomGenerator random) {
    if (k < 1 || k > x.length) {
      throw new IllegalArgumentException("k = " + k + " for " + x.length + " points");
    }
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      points.add(new Point(i, x[i]));
    }
    KMeansPlusPlusClusterer<Point> km =
        new KMeansPlusPlusClusterer<>(k, maxIterations, new EuclideanDistance(), random);
    Partition best = null;
    double bestW = Double.POSITIVE_INFINITY;
    for (int s = 0; s < starts; s++) {
      int[] labels = new int[x.length];
      List<CentroidCluster<Point>> cs = km.cluster(points);
      for (int c = 0; c < cs.size(); c++) {
        for (Point p : cs.get(c).getPoints()) {
          labels[p.index] = c;
        }
      }
      Partition part = Partition.of(labels);
      double w = part.withinSumOfSquares(x);
      if (w < bestW - 1e-12) {
        best = part;
        bestW = w;
      }
    }
    return best;
  }

  @Override
  public String describe() {
    return "kmeans++ (" + starts + " starts)";
  }

  @Override
  public Clusterer forResampling() {
    return new KMeans(Math.max(1, Math.min(starts, 10)), maxIterations);
  }

  /** A row of the data and where it came from. */
  private static final class Point implements Clusterable {
    private final int index;
    private final double[] point;

    Point(int index, double[] point) {
      this.index = index;
      this.point = point;
    }

    @Override
    public double[] getPoint() {
      return point;
    }
  }
}
