package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aidx.testing.TinyIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every size a user gives is checked against its documented limit before any work, with exit code
 * 2, the memory it would need where that is the reason, and no stack trace.
 */
class LimitsTest {
  @TempDir Path dir;

  private static Cli refused(String... args) {
    Cli c = Cli.run(args);
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.out()).isEmpty();
    assertThat(c.err()).doesNotContain("\tat ").doesNotContain("Exception");
    return c;
  }

  @Test
  void a_synthetic_index_too_large_for_memory_names_the_memory_it_would_need() {
    // 10^10 values at about 300 bytes each: 2.7 TB
    assertThat(refused("robustness", "--synthetic", "100000x100000", "--runs", "10").err())
        .contains("--synthetic 100000x100000")
        .contains("units × indicators")
        .contains("found 10000000000")
        .contains("2.7 TB of memory");
  }

  @Test
  void a_synthetic_size_whose_square_overflows_an_int_is_refused_not_wrapped() {
    // 46341² = 2147488281 > 2³¹ − 1: once "Illegal Capacity: -2147479015"
    assertThat(refused("robustness", "--synthetic", "46341x46341", "--runs", "10").err())
        .contains("found 2147488281")
        .doesNotContain("Illegal Capacity");
  }

  @Test
  void a_synthetic_size_beyond_an_int_is_refused_with_its_limit() {
    assertThat(refused("robustness", "--synthetic", "99999999999x10").err())
        .contains("the number of units must be between 3 and 100000")
        .contains("found 99999999999");
  }

  @Test
  void too_many_synthetic_indicators_are_refused_before_any_is_generated() {
    assertThat(refused("robustness", "--synthetic", "10x100000000", "--runs", "10").err())
        .contains("the number of indicators must be between 10 and 100000");
  }

  @Test
  void every_size_out_of_range_is_reported_at_once() {
    assertThat(refused("robustness", "--runs", "0", "--threads", "0").err())
        .contains("--runs 0: the number of replications must be between 1 and 100000000, found 0")
        .contains("--threads 0: the number of threads must be between 1 and 1024, found 0");
  }

  @Test
  void sensitivity_samples_and_bootstrap_have_limits() {
    assertThat(refused("sensitivity", "--samples", "0", "--bootstrap", "-1").err())
        .contains("--samples 0: the number of base samples must be between 1")
        .contains("--bootstrap -1: the number of bootstrap resamples must be between 0");
  }

  @Test
  void tiers_beyond_the_limit_are_refused() {
    assertThat(refused("index", "--tiers", "1000").err())
        .contains("--tiers 1000: the number of tiers must be between 1 and 100, found 1000");
  }

  @Test
  void a_body_size_beyond_the_limit_is_refused_before_the_server_starts() {
    assertThat(refused("serve", "--max-body-mb", "4096", "--port", "0").err())
        .contains(
            "--max-body-mb 4096: the number of megabytes of a request body must be between 1 and");
  }

  @Test
  void a_body_timeout_beyond_the_limit_is_refused_before_the_server_starts() {
    assertThat(refused("serve", "--body-timeout", "0", "--port", "0").err())
        .contains(
            "--body-timeout 0: the number of seconds a request body may send nothing must be"
                + " between 1 and 600");
  }

  @Test
  void more_tiers_than_scores_are_reduced_and_the_run_says_so() throws IOException {
    Path fw = Files.writeString(dir.resolve("fw.yaml"), TinyIndex.FRAMEWORK);
    Path d = Files.writeString(dir.resolve("d.csv"), TinyIndex.data("1"));
    Cli c =
        Cli.run(
            "index",
            "--framework",
            fw.toString(),
            "--data",
            d.toString(),
            "--tiers",
            "50",
            "--format",
            "csv");
    assertThat(c.code()).isZero();
    assertThat(c.err()).contains("tiers: 50 asked, reduced to 3");
  }
}
