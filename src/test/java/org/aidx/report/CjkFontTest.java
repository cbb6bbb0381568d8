package org.aidx.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aidx.input.Inputs;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CjkFontTest {
  private static String reportHtml;
  private static String profileHtml;

  @BeforeAll
  static void renderTheShippedIndex() {
    Inputs in = Inputs.load(null, List.of(), null);
    IndexResult r =
        Pipeline.run(
            in.framework(), in.dataset(), Methodology.of(in.framework(), PipelineSpec.defaults()));
    reportHtml =
        HtmlReport.render(r, RunInfo.fromManifest(MiniIndex.manifest(r)), List.of(), List.of());
    profileHtml = ProfilePage.html(r, r.economyIndex("CHN"));
  }

  private static String resource(String name) throws IOException {
    try (InputStream s = CjkFont.class.getResourceAsStream(name)) {
      assertThat(s).as(name).isNotNull();
      return new String(s.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theShippedReportHasCjkTextAndTheFontCoversEveryCharacterOfIt() {
    assertThat(reportHtml).contains("AI发展指数");
    assertThat(reportHtml.codePoints().filter(CjkFont::isCjk).count()).isGreaterThan(10);

    assertThat(CjkFont.missing(reportHtml)).isEmpty();
  }

  @Test
  void theProfilePageHasCjkTextAndTheFontCoversEveryCharacterOfIt() {
    assertThat(profileHtml.codePoints().filter(CjkFont::isCjk).count()).isGreaterThan(3);

    assertThat(CjkFont.missing(profileHtml)).isEmpty();
  }

  @Test
  void theFontCoversEveryCjkCharacterOfTheShippedResourcesAndExamples() throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path root : List.of(Path.of("src/main/resources"), Path.of("examples"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          if (f.toString().matches(".*\\.(yaml|yml|csv|md|txt|json)$")) {
            all.append(Files.readString(f, StandardCharsets.UTF_8));
          }
        }
      }
    }
    assertThat(all.codePoints().filter(CjkFont::isCjk).count()).isGreaterThan(0);

    assertThat(CjkFont.missing(all.toString()))
        .as("run scripts/build_cjk_font.sh after adding CJK text")
        .isEmpty();
  }

  @Test
  void aCharacterOutsideTheSubsetIsReportedMissing() {
    // 猫 (cat) occurs in no shipped file, so the subset has no glyph for it.
    assertThat(CjkFont.missing("AI发展指数 猫")).containsExactly((int) '猫');
  }

  @Test
  void bothPagesDeclareTheEmbeddedFontAndUseItInTheirFontStack() {
    for (String html : List.of(reportHtml, profileHtml)) {
      assertThat(html)
          .contains(
              "@font-face{font-family:" + CjkFont.CSS_FAMILY + ";src:url(data:font/otf;base64,")
          .contains("unicode-range:" + CjkFont.UNICODE_RANGE)
          .containsPattern(
              "font(-family)?:[^;}]*system-ui,[^;}]*" + CjkFont.CSS_FAMILY + ",sans-serif");
    }
  }

  @Test
  void theFontShipsWithItsLicenceAndProvenance() throws IOException {
    assertThat(resource("fonts/LICENSE-OFL-1.1.txt")).contains("SIL OPEN FONT LICENSE Version 1.1");
    assertThat(resource("fonts/PROVENANCE-fonts.md"))
        .contains("fonts-noto-cjk")
        .contains("fontTools.subset")
        .contains(resource("fonts/cjk-characters.txt").strip());
    assertThat(CjkFont.awtFont().getFamily()).isEqualTo("Noto Sans CJK SC");
  }
}
