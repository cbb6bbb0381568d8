package org.aidx.pipeline.tier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JenksTest {
  @Test
  void two_classes_of_one_two_three_ten_eleven_twelve_start_at_one_and_ten() {
    double[] lower = new double[2];
    int k = new Jenks(6, 2).breaks(new double[] {1, 2, 3, 10, 11, 12}, 6, 2, lower);
    assertThat(k).isEqualTo(2);
    assertThat(lower).containsExactly(1, 10);
    int[] tiers = new int[3];
    Jenks.assign(new double[] {11, Double.NaN, 2}, lower, k, tiers);
    assertThat(tiers).containsExactly(1, 0, 2);
  }

  @Test
  void as_many_classes_as_values_makes_each_value_its_own_class() {
    double[] lower = new double[3];
    assertThat(new Jenks(3, 1).breaks(new double[] {1, 5, 9}, 3, 4, lower)).isEqualTo(3);
    assertThat(lower).containsExactly(1, 5, 9);
  }
}
