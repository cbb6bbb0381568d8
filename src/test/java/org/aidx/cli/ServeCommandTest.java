package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServeCommandTest {
  @Test
  void help_names_every_option_and_the_security_rule() {
    Cli r = Cli.run("serve", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("--port", "--host", "--data-dir", "--token", "--max-body-mb", "--body-timeout")
        .contains("Authorization: Bearer TOKEN");
  }

  @Test
  void the_root_help_lists_serve() {
    assertThat(Cli.run("--help").out()).contains("serve", "aidx serve ");
  }

  @Test
  void a_port_out_of_range_is_exit_code_2_with_the_range() {
    Cli r = Cli.run("serve", "--port", "70000");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--port must be between 0 and 65535, got 70000");
  }
}
