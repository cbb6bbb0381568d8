package org.aidx.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aidx.exposure.EconomyExposure;
import org.junit.jupiter.api.Test;

/** Reading inputs does not derive; the exposure step derives what loading used to. */
class ExposureStepTest {
  static final Set<String> DERIVED =
      Set.of(
          EconomyExposure.EXPOSED_SHARE,
          EconomyExposure.EXPOSURE_SCALE,
          EconomyExposure.DIFFUSION_VARIANCE,
          EconomyExposure.DIFFUSION_EFFECTIVE);
  static final Path GDP_SAMPLE =
      Path.of("examples/published-formats/API_NY.GDP.MKTP.CD_sample.csv");
  static final Inputs.DataOptions ADD_USER =
      new Inputs.DataOptions(Layout.WORLDBANK, true, DataAddition.Rule.USER);

  @Test
  void reading_the_embedded_inputs_does_not_derive_the_exposure_indicators() {
    Inputs read = Inputs.read(null, List.of(), null, null, Inputs.DataOptions.DEFAULT);
    assertThat(read.dataset().indicators()).doesNotContainAnyElementsOf(DERIVED);
    assertThat(read.exposure()).isEqualTo(new ExposureStep.Embedded(null));
  }

  @Test
  void reading_with_data_added_does_not_derive_the_exposure_indicators() {
    Inputs read = Inputs.read(null, List.of(GDP_SAMPLE), null, null, ADD_USER);
    assertThat(read.dataset().indicators()).doesNotContainAnyElementsOf(DERIVED);
    assertThat(read.exposure()).isInstanceOf(ExposureStep.Added.class);
  }

  @Test
  void the_step_derives_the_four_indicators_once() {
    Inputs derived =
        Inputs.read(null, List.of(), null, null, Inputs.DataOptions.DEFAULT).deriveExposure();
    assertThat(derived.dataset().indicators()).containsAll(DERIVED);
    assertThat(derived.exposure()).isEqualTo(ExposureStep.NONE);
    assertThat(derived.deriveExposure()).isSameAs(derived);
  }

  @Test
  void a_users_own_data_has_nothing_to_derive() {
    Inputs read =
        Inputs.read(
            null,
            List.of(GDP_SAMPLE),
            null,
            null,
            new Inputs.DataOptions(Layout.WORLDBANK, false, DataAddition.Rule.ERROR));
    assertThat(read.exposure()).isEqualTo(ExposureStep.NONE);
    assertThat(read.deriveExposure()).isSameAs(read);
  }

  @Test
  void reading_then_the_step_gives_what_loading_gave_before_the_step_existed() throws IOException {
    List<String> now = new ArrayList<>();
    dump(now, "embedded", Inputs.read(null, List.of(), null, null, Inputs.DataOptions.DEFAULT));
    dump(
        now,
        "embedded year 2022",
        Inputs.read(null, List.of(), null, 2022, Inputs.DataOptions.DEFAULT));
    dump(now, "added worldbank user", Inputs.read(null, List.of(GDP_SAMPLE), null, null, ADD_USER));
    assertThat(now).isEqualTo(before());
  }

  @Test
  void load_is_read_then_the_step() {
    Inputs loaded = Inputs.load(null, List.of(GDP_SAMPLE), null, null, ADD_USER);
    Inputs stepped = Inputs.read(null, List.of(GDP_SAMPLE), null, null, ADD_USER).deriveExposure();
    assertThat(DataExport.csv(loaded.dataset())).isEqualTo(DataExport.csv(stepped.dataset()));
    assertThat(loaded.files()).isEqualTo(stepped.files());
    assertThat(loaded.notes()).isEqualTo(stepped.notes());
  }

  /** The lines the fixture holds for one run, derived by the exposure step. */
  private static void dump(List<String> out, String title, Inputs read) {
    Inputs in = read.deriveExposure();
    out.add("# " + title);
    for (String line : DataExport.csv(in.dataset()).split("\n")) {
      String[] f = line.split(",", 4);
      if (f.length > 2 && DERIVED.contains(f[2])) {
        out.add(line);
      }
    }
    in.notes().forEach(n -> out.add("note: " + n));
    in.files().forEach(f -> out.add("file: " + f.role() + " " + f.name()));
  }

  private static List<String> before() throws IOException {
    try (InputStream s = ExposureStepTest.class.getResourceAsStream("exposure-step-before.txt")) {
      return new String(s.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .skip(4) // the header saying where the lines come from
          .toList();
    }
  }
}
