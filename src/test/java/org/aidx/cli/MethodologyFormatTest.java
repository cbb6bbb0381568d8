package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aidx.input.Inputs;
import org.aidx.input.MethodologyFiles;
import org.aidx.method.normalise.MinMax;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.PipelineSpec;
import org.junit.jupiter.api.Test;

class MethodologyFormatTest {
  @Test
  void index_prints_the_resolved_methodology_as_yaml_that_reads_back() {
    Cli c = Cli.run("index", "--normalise", "minmax:1,100", "--format", "methodology");
    assertThat(c.code()).isZero();
    var fw = Inputs.load(null, List.of(), List.of()).framework();
    Methodology want = Methodology.of(fw, PipelineSpec.defaults().withNormalise(MinMax.of(1, 100)));
    assertThat(MethodologyFiles.read("stdout", c.out())).isEqualTo(want);
  }
}
