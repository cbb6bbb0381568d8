package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aidx.framework.Node;
import org.aidx.input.FrameworkFiles;
import org.aidx.input.Inputs;
import org.junit.jupiter.api.Test;

/** {@code aidx exposure} names industry groups and the default framework's diffusion measure. */
class ExposureCommandTest {

  /** isic_code → industry label of the shipped structure table, read independently of aidx. */
  private static Map<String, String> shippedLabels() throws Exception {
    Map<String, String> out = new HashMap<>();
    try (InputStream in =
            ExposureCommandTest.class.getResourceAsStream("/org/aidx/data/industry-structure.csv");
        MappingIterator<Map<String, String>> it =
            new CsvMapper()
                .readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(in)) {
      while (it.hasNext()) {
        Map<String, String> row = it.next();
        out.putIfAbsent(row.get("isic_code"), row.get("industry"));
      }
    }
    return out;
  }

  private static List<Map<String, String>> csv(String text) throws Exception {
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(text)) {
      return it.readAll();
    }
  }

  @Test
  void the_table_shows_group_names_not_codes() throws Exception {
    for (String scheme : List.of("value-added", "employment")) {
      Cli c = Cli.run("exposure", "--scheme", scheme, "--groups");
      assertThat(c.code()).isZero();
      assertThat(c.out()).doesNotContain("ISIC3_").doesNotContain("ISIC4_");
    }
    Cli c = Cli.run("exposure");
    assertThat(c.out())
        .contains(shippedLabels().get("ISIC3_J-P"))
        .contains(shippedLabels().get("ISIC3_D"));
  }

  @Test
  void mining_and_utilities_take_the_isic_rev3_titles_of_sections_c_and_e() {
    // no row of the shipped table names C-E minus D: its name joins the titles of C and E
    assertThat(Cli.run("exposure").out())
        .contains("Mining and quarrying; electricity, gas and water supply (ISIC C, E)");
  }

  @Test
  void the_grouped_un_items_list_their_isic_sections() {
    assertThat(Cli.run("exposure").out())
        .contains("holds the ISIC Rev.3 sections J Financial intermediation;")
        .contains("P Private households with employed persons.");
  }

  @Test
  void csv_keeps_the_group_code_next_to_its_name() throws Exception {
    Map<String, String> labels = shippedLabels();
    for (String scheme : List.of("value-added", "employment")) {
      List<Map<String, String>> rows =
          csv(Cli.run("exposure", "--scheme", scheme, "--groups", "--format", "csv").out());
      assertThat(rows).isNotEmpty();
      for (Map<String, String> r : rows) {
        String code = r.get("group");
        if (labels.containsKey(code)) {
          assertThat(r.get("group_name")).as(code).isEqualTo(labels.get(code));
        } else {
          assertThat(code).isEqualTo("ISIC3_CE_EXCL_D");
          assertThat(r.get("group_name")).startsWith("Mining and quarrying;");
        }
      }
    }
  }

  @Test
  void the_note_names_the_diffusion_indicator_the_default_framework_uses() {
    var fw = FrameworkFiles.parse("cicc", Inputs.resource(Inputs.CICC_FRAMEWORK));
    List<String> diffusion =
        fw.indicators().stream()
            .map(Node.Indicator::id)
            .filter(id -> id.startsWith("diffusion"))
            .toList();
    assertThat(diffusion).isNotEmpty();
    String out = Cli.run("exposure").out();
    assertThat(out).doesNotContain("the index's default");
    for (String id : diffusion) {
      assertThat(out).contains("measures diffusion by " + id);
    }
    assertThat(out).contains("'variance' column under --scheme employment");
    assertThat(Cli.run("exposure", "--scheme", "employment").out())
        .contains("'variance' column of this table");
  }
}
