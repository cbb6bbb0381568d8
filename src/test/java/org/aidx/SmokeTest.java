package org.aidx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void one_is_one() {
    assertThat(1).isEqualTo(1);
  }
}
