package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aidx.framework.Aggregation;
import org.aidx.method.normalise.MinMax;
import org.aidx.pipeline.MethodCaption;
import org.aidx.pipeline.PipelineSpec;
import org.junit.jupiter.api.Test;

/** Tables name every non-default method, swap and floor in their title. */
class MethodCaptionTest {
  @Test
  void the_defaults_have_no_caption() {
    assertThat(MethodCaption.of(PipelineSpec.defaults(), "USA", List.of())).isEmpty();
    assertThat(MethodCaption.title("T", List.of())).isEqualTo("T");
  }

  @Test
  void each_non_default_choice_is_named_once_in_order() {
    PipelineSpec s =
        PipelineSpec.defaults()
            .withNormalise(MinMax.of(1, 100))
            .withAggregate(Aggregation.GEOMETRIC)
            .withReference("CHN")
            .withZeroFloor(0.25);
    assertThat(MethodCaption.of(s, "USA", List.of("swap a=b")))
        .containsExactly(
            "normalise minmax:1,100",
            "aggregate geometric",
            "zero floor 0.25",
            "reference CHN",
            "swap a=b");
    // the framework's own reference is not a change
    assertThat(MethodCaption.of(PipelineSpec.defaults().withReference("USA"), "USA", List.of()))
        .isEmpty();
  }

  @Test
  void the_index_table_and_summary_say_how_they_were_made() {
    Cli c =
        Cli.run(
            "index",
            "--normalise",
            "minmax:1,100",
            "--aggregate",
            "geometric",
            "--swap",
            "ai_conference_authorship_nonembodied_5y=ai_scholarly_publications");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out().lines().findFirst().orElseThrow())
        .endsWith(
            " — normalise minmax:1,100; aggregate geometric; swap"
                + " ai_conference_authorship_nonembodied_5y=ai_scholarly_publications");
    Cli md = Cli.run("index", "--format", "md", "--normalise", "rank");
    assertThat(md.out().lines().findFirst().orElseThrow())
        .startsWith("# ")
        .endsWith(" — normalise rank");
    Cli plain = Cli.run("index");
    assertThat(plain.out().lines().findFirst().orElseThrow()).doesNotContain(" — ");
  }
}
