package org.aidx.analysis.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class ClusteringTest {
  private static final double[][] LINE = {{0}, {1}, {10}, {11}};

  @Test
  void kmeans_splits_two_separated_pairs() {
    Partition p = KMeans.of(5).cluster(LINE, 2, new Well19937c(1));
    assertThat(p).isEqualTo(Partition.of(new int[] {0, 0, 1, 1}));
    // centroids 0.5 and 10.5: four squared distances of 0.25
    assertThat(p.withinSumOfSquares(LINE)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void kmeans_finds_two_clusters_in_the_plane() {
    double[][] x = {{0, 0}, {0, 1}, {1, 0}, {5, 5}, {5, 6}, {6, 5}};
    Partition p = KMeans.of(10).cluster(x, 2, new Well19937c(7));
    assertThat(p).isEqualTo(Partition.of(new int[] {0, 0, 0, 1, 1, 1}));
    assertThat(p.centroids(x)[0]).containsExactly(1.0 / 3, 1.0 / 3);
  }

  @Test
  void ward_splits_two_separated_pairs_and_merges_the_closest_first() {
    assertThat(new Ward().cluster(LINE, 2, null)).isEqualTo(Partition.of(new int[] {0, 0, 1, 1}));
    // (0), (1), (3), (10): Ward merges 0 and 1 first, then adds 3, keeping 10 alone
    double[][] x = {{0}, {1}, {3}, {10}};
    assertThat(new Ward().cluster(x, 3, null)).isEqualTo(Partition.of(new int[] {0, 0, 1, 2}));
    assertThat(new Ward().cluster(x, 2, null)).isEqualTo(Partition.of(new int[] {0, 0, 0, 1}));
  }

  @Test
  void silhouette_of_two_separated_pairs_by_hand() {
    Partition p = Partition.of(new int[] {0, 0, 1, 1});
    double[] s = Silhouette.widths(LINE, p);
    // point 0: a = 1, b = (10 + 11) / 2 = 10.5 → 9.5 / 10.5; point 1: a = 1, b = (9 + 10) / 2
    assertThat(s[0]).isCloseTo(9.5 / 10.5, within(1e-12));
    assertThat(s[1]).isCloseTo(8.5 / 9.5, within(1e-12));
    assertThat(s[2]).isCloseTo(8.5 / 9.5, within(1e-12));
    assertThat(s[3]).isCloseTo(9.5 / 10.5, within(1e-12));
    assertThat(Silhouette.mean(LINE, p)).isCloseTo((9.5 / 10.5 + 8.5 / 9.5) / 2, within(1e-12));
  }

  @Test
  void a_wrong_split_has_a_negative_silhouette() {
    assertThat(Silhouette.mean(LINE, Partition.of(new int[] {0, 1, 0, 1}))).isNegative();
  }

  @Test
  void partition_labels_follow_first_appearance() {
    assertThat(Partition.of(new int[] {7, 7, 2, 9}).labels()).containsExactly(0, 0, 1, 2);
  }

  @Test
  void jaccard_of_sets_by_hand() {
    assertThat(Stability.jaccard(Set.of(1, 2, 3), Set.of(2, 3, 4))).isCloseTo(0.5, within(1e-12));
    assertThat(Stability.jaccard(Set.of(), Set.of())).isZero();
  }

  @Test
  void well_separated_groups_are_perfectly_stable() {
    // 20 points per group, so every resample holds both groups (a resample from one group alone
    // would have to split it)
    double[][] x = new double[40][];
    int[] labels = new int[40];
    for (int i = 0; i < 40; i++) {
      labels[i] = i / 20;
      x[i] = new double[] {labels[i] * 10 + (i % 20) * 0.01};
    }
    Partition p = Partition.of(labels);
    double[] j = Stability.jaccard(x, p, new Ward(), 30, new Well19937c(3));
    assertThat(j).containsExactly(new double[] {1.0, 1.0}, within(1e-12));
  }

  @Test
  void gap_statistic_chooses_two_for_two_tight_blobs() {
    double[][] x = new double[20][];
    for (int i = 0; i < 10; i++) {
      x[i] = new double[] {i * 0.01, i % 3 * 0.01};
      x[10 + i] = new double[] {5 + i * 0.01, 5 + i % 3 * 0.01};
    }
    GapStatistic g = GapStatistic.of(x, 4, KMeans.of(5), 10, new Well19937c(11));
    assertThat(g.chosen()).isEqualTo(2);
  }

  @Test
  void groups_are_named_from_their_profile_by_the_threshold_rule() {
    var ids = java.util.List.of("a", "b", "c");
    assertThat(Typology.name(ids, new double[] {1.2, -0.7, 0.1})).isEqualTo("high a; low b");
    assertThat(Typology.name(ids, new double[] {0.49, -0.49, 0})).isEqualTo("near average");
  }

  @Test
  void a_count_high_as_total_and_per_resident_is_named_once() {
    var labels = java.util.List.of("x", "x" + Typology.PER_LABEL, "y", "y" + Typology.PER_LABEL);
    assertThat(Typology.name(labels, new double[] {0.9, 0.8, 0.1, 0.7}))
        .isEqualTo("high x (total and per 100k), y" + Typology.PER_LABEL);
    assertThat(Typology.name(labels, new double[] {-0.9, -0.8, -0.6, 0}))
        .isEqualTo("low x (total and per 100k), y");
  }
}
