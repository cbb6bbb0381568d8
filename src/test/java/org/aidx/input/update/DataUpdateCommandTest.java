package org.aidx.input.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aidx.cli.Main;
import org.aidx.data.Dataset;
import org.aidx.input.DataFiles;
import org.aidx.model.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aidx data update} end to end: exit codes, files, the manifest, --offline and --pin. */
class DataUpdateCommandTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  /** The four fixture economies' rows of the shipped dataset, as the dataset in use. */
  private Path dataInUse() throws IOException {
    Path p = dir.resolve("in-use.csv");
    List<String> lines = new ArrayList<>();
    lines.add("iso3,indicator,year,value,unit");
    for (Observation o : org.aidx.input.Inputs.embeddedBase().observations()) {
      if (UpdateFixtures.ECONOMIES.contains(o.economy())) {
        lines.add(
            o.economy()
                + ","
                + o.indicator()
                + ","
                + o.year()
                + ","
                + o.value()
                + ",\""
                + o.provenance().unit()
                + "\"");
      }
    }
    Files.write(p, lines);
    return p;
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static List<String> baseArgs(PublisherServer s) {
    List<String> a = new ArrayList<>();
    for (Map.Entry<String, String> e : s.baseUrls().entrySet()) {
      a.add("--base-url");
      a.add(e.getKey() + "=" + e.getValue());
    }
    return a;
  }

  private Run update(PublisherServer s, String... more) throws IOException {
    List<String> a =
        new ArrayList<>(
            List.of(
                "data",
                "update",
                "--data",
                dataInUse().toString(),
                "--cache",
                dir.resolve("cache").toString(),
                "--out",
                dir.resolve("out").toString(),
                "--timeout",
                "5"));
    a.addAll(baseArgs(s));
    a.addAll(List.of(more));
    return run(a.toArray(String[]::new));
  }

  @Test
  void an_update_writes_a_dataset_that_reads_back_with_its_provenance() throws IOException {
    try (PublisherServer s = new PublisherServer()) {
      Run r = update(s);
      assertThat(r.err()).isEmpty();
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("Wrote ").contains("Manual sources");
      Dataset d = DataFiles.read(dir.resolve("out/data.csv"));
      assertThat(d.latest("DEU", "population", 2024)).isPresent();
      String csv = Files.readString(dir.resolve("out/data.csv"));
      assertThat(csv.lines().findFirst().orElseThrow())
          .isEqualTo(String.join(",", UpdateFiles.COLUMNS));
      String manifest = Files.readString(dir.resolve("out/manifest.json"));
      assertThat(manifest).contains("\"sha256\"").contains("\"command\" : \"data update\"");
      // same snapshot: nothing is revised but the notable-model counts of DEU and JPN, whose models
      // the Epoch fixture holds only in part, and the file's 2026 models add a year
      String changes = Files.readString(dir.resolve("out/changes.txt"));
      assertThat(changes)
          .contains("  notable_ai_models_6y CHE: 2026\n")
          .contains("Units changed: none")
          .contains("Economies appearing: none");
      assertThat(changes.lines().filter(l -> l.startsWith("  ") && l.contains("→")))
          .isNotEmpty()
          .allMatch(
              l ->
                  l.startsWith("  notable_ai_models_6y DEU ")
                      || l.startsWith("  notable_ai_models_6y JPN "));
    }
  }

  @Test
  void a_failed_source_leaves_the_previous_output_untouched() throws IOException {
    try (PublisherServer s = new PublisherServer()) {
      assertThat(update(s).code()).isZero();
      byte[] before = Files.readAllBytes(dir.resolve("out/data.csv"));
      s.fail("/lists/top500", 503);
      Run r = update(s);
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err())
          .contains("failed: top500: ")
          .contains("HTTP 503")
          .contains("nothing written");
      assertThat(Files.readAllBytes(dir.resolve("out/data.csv"))).isEqualTo(before);
    }
  }

  @Test
  void offline_and_a_pinned_manifest_rebuild_the_same_dataset() throws IOException {
    Path first = dir.resolve("first");
    List<String> bases;
    try (PublisherServer s = new PublisherServer()) {
      assertThat(update(s).code()).isZero();
      Files.move(dir.resolve("out"), first);
      bases = baseArgs(s);
    }
    List<String> a =
        new ArrayList<>(
            List.of(
                "data",
                "update",
                "--data",
                dataInUse().toString(),
                "--cache",
                dir.resolve("cache").toString(),
                "--out",
                dir.resolve("out").toString(),
                "--pin",
                first.resolve("manifest.json").toString()));
    a.addAll(bases);
    Run r = run(a.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("from the cache");
    assertThat(DataFiles.read(dir.resolve("out/data.csv")).observations())
        .isEqualTo(DataFiles.read(first.resolve("data.csv")).observations());
  }

  @Test
  void an_unknown_source_is_exit_code_2_with_the_closest_name() {
    Run r = run("data", "update", "--source", "epok", "--offline", "--cache", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown source 'epok' (did you mean 'epoch'?)");
  }

  @Test
  void a_bad_as_of_date_is_exit_code_2() {
    Run r = run("data", "update", "--as-of", "last week", "--cache", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'last week' is not a date").contains("YYYY-MM-DD");
  }

  @Test
  void the_list_names_manual_sources_and_the_shipped_vintage() {
    Run r = run("data", "update", "--list");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("imf_aipi_regulation_ethics")
        .contains("https://www.imf.org/external/datamapper/aipidata.xlsx")
        .contains("2026-07 vintage");
  }
}
