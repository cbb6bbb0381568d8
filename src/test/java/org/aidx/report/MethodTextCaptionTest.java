package org.aidx.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aidx.framework.Aggregation;
import org.aidx.input.Inputs;
import org.aidx.method.normalise.MinMax;
import org.aidx.pipeline.MethodCaption;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.PipelineSpec;
import org.junit.jupiter.api.Test;

/** The caption's wording and the Method section's agree: one wording of a method everywhere. */
class MethodTextCaptionTest {
  @Test
  void the_caption_names_normalisation_and_aggregation_as_the_method_section_does() {
    var fw = Inputs.load(null, List.of(), null).framework();
    PipelineSpec spec =
        PipelineSpec.defaults()
            .withNormalise(MinMax.of(1, 100))
            .withAggregate(Aggregation.ARITHMETIC);
    Methodology m = Methodology.of(fw, spec);
    assertThat(MethodCaption.of(spec, fw.reference(), List.of()))
        .containsExactly(
            "normalise " + MethodText.normalisation(m),
            "aggregate " + MethodText.aggregation(fw, m));
  }

  @Test
  void the_caption_line_joins_the_choices_and_is_empty_for_the_defaults() {
    assertThat(MethodText.captionLine(List.of("normalise rank", "swap a=b")))
        .isEqualTo("Method: normalise rank; swap a=b.");
    assertThat(MethodText.captionLine(List.of())).isEmpty();
  }

  @Test
  void captioning_adds_a_caption_to_a_bare_table_and_leads_an_existing_one() {
    String html =
        "<table id=\"a\"><tr><td>1</td></tr></table>"
            + "<table id=\"b\">\n<caption>5–95% intervals</caption></table>"
            + "<figure><figcaption>Chart.</figcaption></figure>";
    assertThat(MethodText.captioned(html, "Method: x & y."))
        .isEqualTo(
            "<table id=\"a\"><caption class=\"method-caption\">Method: x &amp; y.</caption>"
                + "<tr><td>1</td></tr></table>"
                + "<table id=\"b\">\n<caption><span class=\"method-caption\">Method: x &amp;"
                + " y.</span><br/>5–95% intervals</caption></table>"
                + "<figure><figcaption>Chart.<br/><span class=\"method-caption\">Method: x &amp;"
                + " y.</span></figcaption></figure>");
    assertThat(MethodText.captioned(html, "")).isEqualTo(html);
  }

  @Test
  void a_title_does_not_repeat_a_choice_it_already_states() {
    assertThat(
            MethodCaption.title(
                "Index, weights diffusion=2", List.of("normalise rank", "weights diffusion=2")))
        .isEqualTo("Index, weights diffusion=2 — normalise rank");
  }
}
