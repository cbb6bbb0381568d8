package org.aidx.analysis.panel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentTest {
  @Test
  void rates_print_to_one_decimal() {
    assertThat(CatchingUp.pct(0.071)).isEqualTo("+7.1%");
    assertThat(CatchingUp.pct(-0.026)).isEqualTo("-2.6%");
    assertThat(CatchingUp.pct(0)).isEqualTo("+0.0%");
    assertThat(CatchingUp.pct(Double.NaN)).isEqualTo("n/a");
  }

  @Test
  void a_small_rate_keeps_its_sign_instead_of_printing_minus_zero() {
    // -0.0004 is -0.04%: one decimal would print "-0.0%", which hides that an interval ending
    // there excludes no change
    assertThat(CatchingUp.pct(-0.0004)).isEqualTo("-0.04%");
    assertThat(CatchingUp.pct(0.00004)).isEqualTo("+0.004%");
    assertThat(CatchingUp.pct(-0.000001)).isEqualTo("-1.0e-04%");
  }
}
