package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.aidx.input.Inputs;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
import org.aidx.report.ReportFiles;
import org.aidx.report.XlsxReport;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code aidx report} with its robustness and coherence sections, compared with {@code aidx
 * robustness} and {@code aidx coherence} for the same runs and seed.
 */
class ReportAnalysesTest {
  @TempDir static Path dir;
  static Path out;
  static JsonNode robustness;
  static JsonNode coherence;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void run() throws Exception {
    out = dir.resolve("report");
    Cli c = Cli.run("report", "--out", out.toString(), "--runs", "200", "--seed", "3");
    assertThat(c.code()).as(c.err()).isZero();
    Cli r = Cli.run("robustness", "--runs", "200", "--seed", "3", "--format", "json", "-q");
    assertThat(r.code()).as(r.err()).isZero();
    robustness = JSON.readTree(r.out());
    Cli h = Cli.run("coherence", "--format", "json");
    assertThat(h.code()).as(h.err()).isZero();
    coherence = JSON.readTree(h.out());
  }

  private static Document html(Path report) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(Files.readAllBytes(report.resolve("report.html"))));
  }

  private static NodeList nodes(Document d, String xpath) throws Exception {
    return (NodeList)
        XPathFactory.newInstance().newXPath().evaluate(xpath, d, XPathConstants.NODESET);
  }

  private static List<String> cells(Element row) {
    List<String> out = new ArrayList<>();
    NodeList td = row.getElementsByTagName("td");
    for (int k = 0; k < td.getLength(); k++) {
      out.add(td.item(k).getTextContent());
    }
    return out;
  }

  private static double number(Row row, int c) {
    assertThat(row.getCell(c).getType())
        .as("cell %s", row.getCell(c).getAddress())
        .isEqualTo(CellType.NUMBER);
    return row.getCell(c).asNumber().doubleValue();
  }

  @Test
  void the_robustness_table_has_the_ranks_aidx_robustness_gives_for_the_same_seed()
      throws Exception {
    Document d = html(out);
    NodeList rows = nodes(d, "//table[@id='robustness-table']/tbody/tr");
    JsonNode economies = robustness.get("economies");
    assertThat(rows.getLength()).isEqualTo(economies.size()).isEqualTo(20);
    for (int k = 0; k < rows.getLength(); k++) {
      Element row = (Element) rows.item(k);
      JsonNode e = economies.get(k);
      JsonNode rank = e.get("rank");
      assertThat(row.getAttribute("data-iso3")).isEqualTo(e.get("iso3").asText());
      List<String> c = cells(row);
      assertThat(Double.parseDouble(c.get(0))).isEqualTo(rank.get("nominal").asDouble());
      assertThat(Double.parseDouble(c.get(3))).isEqualTo(rank.get("median").asDouble());
      // an interval the interval policy withholds is empty in both
      for (int q = 4; q <= 5; q++) {
        JsonNode v = rank.get(q == 4 ? "q05" : "q95");
        if (v.isNull()) {
          assertThat(c.get(q)).isEmpty();
        } else {
          assertThat(Double.parseDouble(c.get(q))).isEqualTo(v.asDouble());
        }
      }
      assertThat(Double.parseDouble(c.get(6)))
          .isCloseTo(
              e.get("mean_abs_rank_shift").asDouble(), org.assertj.core.data.Offset.offset(0.005));
    }
    String html = Files.readString(out.resolve("report.html"));
    // How it was made, and a finding computed from the same numbers.
    assertThat(html).contains("recomputed 200 times (sobol points, seed 3)");
    robustness.get("assumptions").forEach(a -> assertThat(html).contains(a.asText()));
    JsonNode lead = economies.get(0);
    assertThat(html)
        .contains(
            "The nominal leader, "
                + lead.get("name").asText()
                + ", has a 5–95% rank interval of "
                + lead.get("rank").get("q05").asInt()
                + "–"
                + lead.get("rank").get("q95").asInt());
    assertThat(nodes(d, "//figure[@id='figure-rank-intervals']/svg").getLength()).isEqualTo(1);
    assertThat(out.resolve("rank-intervals.png")).isNotEmptyFile();
    assertThat(out.resolve("rank-intervals.svg")).isNotEmptyFile();
  }

  @Test
  void the_workbook_has_the_robustness_numbers_as_numbers() throws Exception {
    try (ReadableWorkbook wb = new ReadableWorkbook(out.resolve("report.xlsx").toFile())) {
      List<String> names = new ArrayList<>();
      wb.getSheets().forEach(s -> names.add(s.getName()));
      List<String> expected = new ArrayList<>(XlsxReport.SHEETS);
      expected.addAll(
          List.of(
              "Robustness",
              "Coherence",
              "Coherence indicators",
              "Scorecard",
              "Scorecard finance",
              "Over time"));
      assertThat(names).isEqualTo(expected);
      List<Row> rows = wb.findSheet("Robustness").orElseThrow().read();
      assertThat(rows.get(0).getCellText(3)).isEqualTo("median_rank");
      assertThat(rows).hasSize(21);
      for (int k = 1; k < rows.size(); k++) {
        JsonNode e = robustness.get("economies").get(k - 1);
        Row row = rows.get(k);
        assertThat(row.getCellText(0)).isEqualTo(e.get("iso3").asText());
        assertThat(number(row, 2)).isEqualTo(e.get("rank").get("nominal").asDouble());
        assertThat(number(row, 3)).isEqualTo(e.get("rank").get("median").asDouble());
        assertThat(number(row, 6)).isEqualTo(e.get("mean_abs_rank_shift").asDouble());
        // the default assumptions change the index's scale: its median is withheld in both
        assertThat(e.get("index").get("median").isNull()).isTrue();
        assertThat(row.getCell(8) == null || row.getCellText(8).isEmpty()).isTrue();
        assertThat(number(row, 7)).isEqualTo(e.get("index").get("nominal").asDouble());
      }
      List<Row> dims = wb.findSheet("Coherence").orElseThrow().read();
      JsonNode cd = coherence.get("dimensions");
      assertThat(dims).hasSize(cd.size() + 1);
      for (int k = 1; k < dims.size(); k++) {
        JsonNode dk = cd.get(k - 1);
        assertThat(dims.get(k).getCellText(0)).isEqualTo(dk.get("dimension").asText());
        assertThat(number(dims.get(k), 5)).isEqualTo(dk.get("nominalWeight").asDouble());
        assertThat(number(dims.get(k), 6)).isEqualTo(dk.get("effectiveWeight").asDouble());
        if (!dk.get("cronbachAlpha").isNull() && dk.get("cronbachAlpha").isNumber()) {
          assertThat(number(dims.get(k), 2)).isEqualTo(dk.get("cronbachAlpha").asDouble());
        }
      }
    }
  }

  @Test
  void the_coherence_table_has_alpha_and_weights_as_aidx_coherence_prints_them() throws Exception {
    Document d = html(out);
    NodeList rows = nodes(d, "//table[@id='coherence-dimensions']/tbody/tr");
    JsonNode cd = coherence.get("dimensions");
    assertThat(rows.getLength()).isEqualTo(cd.size()).isEqualTo(7);
    int withAlpha = 0;
    for (int k = 0; k < rows.getLength(); k++) {
      Element row = (Element) rows.item(k);
      JsonNode dk = cd.get(k);
      assertThat(row.getAttribute("data-dimension")).isEqualTo(dk.get("dimension").asText());
      List<String> c = cells(row);
      assertThat(Integer.parseInt(c.get(1))).isEqualTo(dk.get("indicators").asInt());
      JsonNode alpha = dk.get("cronbachAlpha");
      if (alpha.isNumber()) {
        withAlpha++;
        assertThat(Double.parseDouble(c.get(2)))
            .isCloseTo(alpha.asDouble(), org.assertj.core.data.Offset.offset(0.0005));
      } else {
        assertThat(c.get(2)).isEqualTo("n/a");
      }
      assertThat(Double.parseDouble(c.get(4)))
          .isCloseTo(
              dk.get("nominalWeight").asDouble(), org.assertj.core.data.Offset.offset(0.0005));
      assertThat(Double.parseDouble(c.get(5)))
          .isCloseTo(
              dk.get("effectiveWeight").asDouble(), org.assertj.core.data.Offset.offset(0.0005));
    }
    assertThat(withAlpha).isPositive();
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html)
        .contains(coherence.get("collinear_pairs").size() + " pair(s) of indicators are collinear");
  }

  @Test
  void the_manifest_records_runs_seed_and_assumptions() throws Exception {
    JsonNode m = JSON.readTree(out.resolve("manifest.json").toFile());
    assertThat(m.at("/robustness/runs").asInt()).isEqualTo(200);
    assertThat(m.at("/robustness/seed").asLong()).isEqualTo(3);
    assertThat(m.at("/robustness/sampler").asText()).isEqualTo("sobol");
    assertThat(m.at("/robustness/assumptions")).isEqualTo(robustness.get("assumptions"));
    assertThat(m.get("coherence").asBoolean()).isTrue();
    assertThat(m.get("outputs").toString()).contains("rank-intervals.png", "rank-intervals.svg");
  }

  @Test
  void the_full_report_still_loads_nothing_from_outside_the_file() throws Exception {
    String html = Files.readString(out.resolve("report.html"));
    Matcher m = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
    while (m.find()) {
      assertThat(m.group(1)).matches("#[a-z0-9-]+|data:image/png;base64,[A-Za-z0-9+/=]+");
    }
    // ranking, profile, layer scatter, rank intervals, and the three charts of "Over time",
    // each an inline SVG document
    assertThat(html.split("<figure id=", -1)).hasSize(1 + 7);
    assertThat(html.split("<svg role=\"img\"", -1)).hasSize(1 + 7);
  }

  @Test
  void the_over_time_section_reads_as_aidx_panel_and_its_sheet_holds_the_panel() throws Exception {
    Cli p = Cli.run("panel", "--runs", "200", "--seed", "3", "--format", "json");
    assertThat(p.code()).as(p.err()).isZero();
    JsonNode panel = JSON.readTree(p.out());
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains(">Over time<");
    for (JsonNode r : panel.get("catching_up").get("readings")) {
      assertThat(html).contains(org.aidx.report.Html.escape(r.get("reading").asText()));
    }
    assertThat(out.resolve("panel-ranks.svg")).isNotEmptyFile();
    try (ReadableWorkbook wb = new ReadableWorkbook(out.resolve("report.xlsx").toFile())) {
      List<Row> rows = wb.findSheet("Over time").orElseThrow().read();
      assertThat(rows).hasSize(panel.get("rows").size() + 1);
      assertThat(rows.get(0).getCellText(5)).isEqualTo("index");
      for (int k = 1; k < rows.size(); k++) {
        JsonNode r = panel.get("rows").get(k - 1);
        assertThat(rows.get(k).getCellText(1)).isEqualTo(r.get("iso3").asText());
        assertThat(rows.get(k).getCell(5).getType()).isEqualTo(CellType.NUMBER);
        assertThat(rows.get(k).getCellAsNumber(5).orElseThrow().doubleValue())
            .isEqualTo(r.get("index").asDouble());
      }
    }
    JsonNode m = JSON.readTree(out.resolve("manifest.json").toFile());
    assertThat(m.get("panel").get("max_age").asInt()).isEqualTo(3);
  }

  @Test
  void over_time_says_why_its_last_year_differs_and_warns_where_indicators_arrive()
      throws Exception {
    JsonNode panel =
        JSON.readTree(Cli.run("panel", "--runs", "200", "--seed", "3", "--format", "json").out());
    int from = panel.get("from").asInt();
    int to = panel.get("to").asInt();
    java.util.Map<String, Integer> first = new java.util.HashMap<>();
    java.util.Map<String, Integer> last = new java.util.HashMap<>();
    for (JsonNode r : panel.get("rows")) {
      if (r.get("year").asInt() == from) {
        first.put(r.get("iso3").asText(), r.get("present").asInt());
      } else if (r.get("year").asInt() == to) {
        last.put(r.get("iso3").asText(), r.get("present").asInt());
      }
    }
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("id=\"panel-vs-ranking\"").contains("Why the " + to + " column");
    int most = 0;
    for (JsonNode r : panel.get("catching_up").get("readings")) {
      String iso3 = r.get("iso3").asText();
      if (first.containsKey(iso3) && last.containsKey(iso3)) {
        // the gross arrivals and departures the reading names net to the rows' coverage change
        int net = last.get(iso3) - first.get(iso3);
        assertThat(r.get("indicators_arrived").asInt() - r.get("indicators_left").asInt())
            .as(iso3)
            .isEqualTo(net);
        most = Math.max(most, r.get("indicators_arrived").asInt());
        assertThat(html)
            .as(iso3)
            .contains("<li>" + org.aidx.report.Html.escape(r.get("reading").asText()) + "</li>");
      }
    }
    boolean changed =
        panel.get("catching_up").get("like_for_like").get("composition_change").asBoolean();
    // an indicator arriving for any economy is a composition change of the whole window
    if (most > 0) {
      assertThat(changed).isTrue();
    }
    assertThat(html.contains("id=\"composition-warning\"")).isEqualTo(changed);
  }

  @Test
  void the_panel_table_marks_the_readings_where_indicators_arrive() throws Exception {
    JsonNode panel = JSON.readTree(Cli.run("panel", "--runs", "0", "--format", "json").out());
    int from = panel.get("from").asInt();
    int to = panel.get("to").asInt();
    java.util.Map<String, Integer> change = new java.util.HashMap<>();
    for (JsonNode r : panel.get("rows")) {
      int y = r.get("year").asInt();
      int sign = y == to ? 1 : y == from ? -1 : 0;
      change.merge(r.get("iso3").asText(), sign * r.get("present").asInt(), Integer::sum);
    }
    String text = Cli.run("panel", "--runs", "0").out();
    JsonNode cu = panel.get("catching_up");
    boolean changed = cu.get("like_for_like").get("composition_change").asBoolean();
    assertThat(text.contains("  Like for like: ")).isEqualTo(changed);
    for (JsonNode r : cu.get("readings")) {
      String iso3 = r.get("iso3").asText();
      String line =
          text.lines().filter(l -> l.startsWith("  " + iso3 + " (")).findFirst().orElseThrow();
      assertThat(line).isEqualTo("  " + r.get("reading").asText());
      int arrived = r.get("indicators_arrived").asInt();
      if (changed && !r.get("status").asText().equals("reference")) {
        int all = line.indexOf(" All indicators");
        assertThat(all).as(iso3).isPositive();
        // the verdict belongs to the like-for-like reading: nothing after it claims a date
        assertThat(line.substring(all)).doesNotContain("closes in").doesNotContain("widening");
        if (arrived > 0) {
          assertThat(line.substring(all))
              .contains("of which part is " + arrived + " indicator(s) arriving");
        }
      }
    }
    // the net change of the rows' coverage is what the readings' arrivals and departures add to
    change.forEach(
        (iso3, v) -> {
          for (JsonNode r : cu.get("readings")) {
            if (r.get("iso3").asText().equals(iso3) && panel.get("years").size() > 1) {
              assertThat(r.get("indicators_arrived").asInt() - r.get("indicators_left").asInt())
                  .as(iso3)
                  .isEqualTo(v);
            }
          }
        });
  }

  @Test
  void the_report_carries_the_replication_scorecard_for_the_shipped_framework() throws Exception {
    String h = Files.readString(out.resolve("report.html"));
    assertThat(h)
        .contains("id=\"scorecard\"")
        .contains(">Replication scorecard<")
        .contains("id=\"scorecard-finance\"");
    Cli rep = Cli.run("replicate");
    String summary =
        rep.out().lines().filter(l -> l.matches("\\d+ lines: .*")).findFirst().orElseThrow();
    assertThat(h).contains(summary);
    try (ReadableWorkbook wb = new ReadableWorkbook(out.resolve("report.xlsx").toFile())) {
      List<Row> rows = wb.findSheet("Scorecard").orElseThrow().read();
      assertThat(rows.get(0).getCellText(5)).isEqualTo("verdict");
      assertThat(rows).hasSize(1 + org.aidx.input.PublishedFiles.cicc().size());
      List<Row> fin = wb.findSheet("Scorecard finance").orElseThrow().read();
      assertThat(fin.get(0).getCellText(0)).isEqualTo("iso3");
      assertThat(fin).hasSize(1 + 9);
    }
  }

  @Test
  void no_robustness_and_no_coherence_leave_the_sections_files_and_sheets_out() throws Exception {
    Path plain = dir.resolve("plain");
    Cli c =
        Cli.run(
            "report",
            "--out",
            plain.toString(),
            "--no-robustness",
            "--no-coherence",
            "--no-scorecard",
            "--no-panel");
    assertThat(c.code()).as(c.err()).isZero();
    String html = Files.readString(plain.resolve("report.html"));
    assertThat(html).doesNotContain("robustness-table", "coherence-dimensions");
    assertThat(html).doesNotContain(">Robustness<", ">Statistical coherence<");
    Inputs in = Inputs.load(null, List.of(), null);
    var r =
        Pipeline.run(
            in.framework(), in.dataset(), Methodology.of(in.framework(), PipelineSpec.defaults()));
    try (var files = Files.list(plain)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(ReportFiles.outputs(r));
    }
    try (ReadableWorkbook wb = new ReadableWorkbook(plain.resolve("report.xlsx").toFile())) {
      List<String> names = new ArrayList<>();
      wb.getSheets().forEach(s -> names.add(s.getName()));
      assertThat(names).isEqualTo(XlsxReport.SHEETS);
    }
    JsonNode m = JSON.readTree(plain.resolve("manifest.json").toFile());
    assertThat(m.get("robustness").isNull()).isTrue();
    assertThat(m.get("coherence").asBoolean()).isFalse();
    assertThat(m.get("scorecard").asBoolean()).isFalse();

    // Each option alone removes only its own section.
    Path onlyCoherence = dir.resolve("coherence-only");
    assertThat(Cli.run("report", "--out", onlyCoherence.toString(), "--no-robustness").code())
        .isZero();
    String h = Files.readString(onlyCoherence.resolve("report.html"));
    assertThat(h).contains("coherence-dimensions").doesNotContain("robustness-table");
    assertThat(onlyCoherence.resolve("rank-intervals.png")).doesNotExist();
  }

  @Test
  void zero_runs_exits_with_2_and_writes_nothing() {
    Path bad = dir.resolve("bad");
    Cli c = Cli.run("report", "--out", bad.toString(), "--runs", "0");
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("--runs 0").contains("--no-robustness");
    assertThat(bad).doesNotExist();
  }
}
