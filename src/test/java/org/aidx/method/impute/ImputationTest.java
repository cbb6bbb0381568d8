package org.aidx.method.impute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ImputationTest {
  private static final double NAN = Double.NaN;

  @Test
  void mean_fills_with_the_mean_of_the_present_values() {
    // (1 + 5) / 2 = 3
    double[] v = {1, NAN, 5};
    Imputation.parse("mean").impute(v, null, new boolean[3]);
    assertThat(v).containsExactly(1, 3, 5);
  }

  @Test
  void median_fills_with_the_median_of_the_present_values() {
    // sorted present values (1, 2, 9): the middle one is 2
    double[] v = {1, NAN, 2, 9};
    Imputation.parse("median").impute(v, null, new boolean[4]);
    assertThat(v).containsExactly(1, 2, 2, 9);
  }

  @Test
  void median_of_an_even_count_is_the_mean_of_the_middle_two() {
    // sorted present values (1, 2, 4, 9): (2 + 4) / 2 = 3
    double[] v = {9, 4, NAN, 1, 2};
    Imputation.parse("median").impute(v, null, new boolean[5]);
    assertThat(v).containsExactly(9, 4, 3, 1, 2);
  }

  @Test
  void group_mean_fills_with_the_mean_of_the_economys_group() {
    // group H: (1 + 3) / 2 = 2; group L: 10 / 1 = 10
    double[] v = {1, NAN, 3, 10, NAN};
    String[] groups = {"H", "H", "H", "L", "L"};
    Imputation.parse("group-mean:income").impute(v, groups, new boolean[5]);
    assertThat(v).containsExactly(1, 2, 3, 10, 10);
  }

  @Test
  void group_mean_leaves_missing_an_economy_without_a_group() {
    double[] v = {1, 3, NAN};
    Imputation.parse("group-mean:income").impute(v, new String[] {"H", "H", null}, new boolean[3]);
    assertThat(v[2]).isNaN();
  }

  @Test
  void group_mean_leaves_missing_a_group_with_no_present_value() {
    double[] v = {1, 3, NAN};
    Imputation.parse("group-mean:income").impute(v, new String[] {"H", "H", "L"}, new boolean[3]);
    assertThat(v[2]).isNaN();
  }

  @Test
  void only_imputed_cells_are_flagged() {
    double[] v = {1, NAN, 5, NAN};
    boolean[] flags = new boolean[4];
    Imputation.parse("mean").impute(v, null, flags);
    assertThat(flags).containsExactly(false, true, false, true);
  }

  @Test
  void group_mean_flags_only_the_cells_it_filled() {
    // the last cell has no group and stays missing, so it is not flagged
    double[] v = {1, NAN, NAN};
    boolean[] flags = new boolean[3];
    Imputation.parse("group-mean:income").impute(v, new String[] {"H", "H", null}, flags);
    assertThat(flags).containsExactly(false, true, false);
  }

  @Test
  void none_leaves_missing_values_missing_and_unflagged() {
    double[] v = {1, NAN, 5};
    boolean[] flags = new boolean[3];
    Imputation.parse("none").impute(v, null, flags);
    assertThat(v).containsExactly(1, NAN, 5);
    assertThat(flags).containsExactly(false, false, false);
  }

  @Test
  void an_indicator_with_no_value_stays_missing_under_mean() {
    double[] v = {NAN, NAN};
    boolean[] flags = new boolean[2];
    Imputation.parse("mean").impute(v, null, flags);
    assertThat(v).containsExactly(NAN, NAN);
    assertThat(flags).containsExactly(false, false);
  }

  @Test
  void parse_reads_back_the_label() {
    for (String label : new String[] {"none", "mean", "median", "group-mean:Group_Income"}) {
      assertThat(Imputation.parse(label).label()).isEqualTo(label);
    }
  }

  @Test
  void parse_rejects_an_unknown_method_listing_the_accepted_ones() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Imputation.parse("knn"));
    assertThat(e)
        .hasMessage(
            "imputation 'knn' is not one of none, mean, median, group-mean:COLUMN, relative");
  }

  @Test
  void group_mean_needs_a_column() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new Imputation(Imputation.Kind.GROUP_MEAN, " "));
    assertThat(e).hasMessageContaining("needs a group column");
  }
}
