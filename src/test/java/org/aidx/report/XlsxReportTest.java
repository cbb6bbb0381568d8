package org.aidx.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.aidx.input.Inputs;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XlsxReportTest {
  private static IndexResult shipped;
  private static byte[] xlsx;
  private static String manifest;
  private static List<String> sheetNames;
  private static List<List<Row>> sheets;

  @BeforeAll
  static void writeAndReadBackTheShippedIndex() throws Exception {
    Inputs in = Inputs.load(null, List.of(), null);
    shipped =
        Pipeline.run(
            in.framework(), in.dataset(), Methodology.of(in.framework(), PipelineSpec.defaults()));
    manifest = MiniIndex.manifest(shipped);
    xlsx = XlsxReport.write(shipped, RunInfo.fromManifest(manifest));
    sheetNames = new ArrayList<>();
    sheets = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet s : wb.getSheets().collect(Collectors.toList())) {
        sheetNames.add(s.getName());
        sheets.add(s.read());
      }
    }
  }

  private static List<Row> sheet(String name) {
    return sheets.get(sheetNames.indexOf(name));
  }

  private static List<String> header(String name) {
    Row h = sheet(name).get(0);
    List<String> out = new ArrayList<>();
    for (int c = 0; c < h.getCellCount(); c++) {
      out.add(h.getCellText(c));
    }
    return out;
  }

  private static double number(Row row, int c) {
    Cell cell = row.getCell(c);
    assertThat(cell.getType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.NUMBER);
    return cell.asNumber().doubleValue();
  }

  @Test
  void the_workbook_has_one_sheet_per_table_in_the_documented_order() {
    assertThat(sheetNames)
        .containsExactly(
            "Ranking", "Scores", "Indicators", "Sources", "Method", "Tree", "Notes", "Manifest")
        .isEqualTo(XlsxReport.SHEETS);
  }

  @Test
  void the_ranking_header_names_the_score_columns_level_by_level() {
    List<String> expected = new ArrayList<>(List.of("iso3", "name", "rank", "tier", "index"));
    expected.addAll(ResultWriter.scoreColumns(shipped.framework()));
    expected.addAll(
        List.of(
            "missing_values",
            "imputed_values",
            "indicators_present",
            "indicators_total",
            "low_coverage",
            "missing_dimensions"));

    assertThat(header("Ranking")).isEqualTo(expected);
    assertThat(expected).contains("technology_activity", "market_friendliness", "policy");
  }

  @Test
  void ranking_rows_hold_the_pipelines_numbers_as_numeric_cells() {
    List<Row> rows = sheet("Ranking");
    List<String> head = header("Ranking");
    assertThat(rows).hasSize(shipped.economies().size() + 1);
    int[] order = shipped.order();
    for (int k = 0; k < order.length; k++) {
      Row row = rows.get(k + 1);
      int e = order[k];
      assertThat(row.getCellText(0)).isEqualTo(shipped.economies().get(e));
      assertThat(row.getCellText(1)).isEqualTo(shipped.name(e));
      assertThat(number(row, 2)).isEqualTo(shipped.rank(e));
      assertThat(number(row, 3)).isEqualTo(shipped.tier(e));
      assertThat(number(row, 4)).isEqualTo(shipped.index(e));
      for (int c = 5; c < head.size() - 6; c++) {
        assertThat(number(row, c)).as(head.get(c)).isEqualTo(shipped.score(head.get(c), e));
      }
    }
  }

  @Test
  void the_reference_row_scores_exactly_one_everywhere() {
    Row usa =
        sheet("Ranking").stream()
            .filter(r -> "USA".equals(r.getCellText(0)))
            .findFirst()
            .orElseThrow();
    for (int c = 4; c < header("Ranking").size() - 6; c++) {
      assertThat(number(usa, c)).isEqualTo(1.0);
    }
  }

  @Test
  void scores_cover_every_aggregate_node_for_every_economy() {
    List<Row> rows = sheet("Scores");
    assertThat(header("Scores"))
        .containsExactly("node", "node_name", "level", "iso3", "name", "score", "unscaled_score");
    assertThat(rows).hasSize(shipped.aggregates().size() * shipped.economies().size() + 1);
    for (Row row : rows.subList(1, rows.size())) {
      int e = shipped.economyIndex(row.getCellText(3));
      assertThat(number(row, 5)).isEqualTo(shipped.score(row.getCellText(0), e));
      assertThat(number(row, 6)).isEqualTo(shipped.unscaledScore(row.getCellText(0), e));
    }
  }

  @Test
  void indicator_rows_carry_raw_values_flags_and_provenance_and_leave_missing_cells_empty() {
    List<Row> rows = sheet("Indicators");
    List<String> head = header("Indicators");
    assertThat(rows).hasSize(shipped.indicators().size() * shipped.economies().size() + 1);
    int raw = head.indexOf("raw_value");
    int year = head.indexOf("year");
    int missingFlag = head.indexOf("missing");
    int source = head.indexOf("source");
    int floored = head.indexOf("floored");
    int missing = 0;
    int imputedOrMissing = 0;
    for (Row row : rows.subList(1, rows.size())) {
      int e = shipped.economyIndex(row.getCellText(0));
      int i = shipped.indicators().indexOf(row.getCellText(2));
      var o = shipped.observation(i, e);
      assertThat(row.getCell(missingFlag).getType()).isEqualTo(CellType.BOOLEAN);
      assertThat(row.getCell(floored).asBoolean()).isEqualTo(shipped.floored(i, e));
      if (o == null) {
        imputedOrMissing++;
        missing += row.getCell(missingFlag).asBoolean() ? 1 : 0;
        assertThat(row.getCell(missingFlag).asBoolean()).isEqualTo(!shipped.imputed(i, e));
        assertThat(row.getOptionalCell(raw).map(Cell::getType).orElse(CellType.EMPTY))
            .isEqualTo(CellType.EMPTY);
      } else {
        assertThat(row.getCell(missingFlag).asBoolean()).isFalse();
        assertThat(number(row, raw)).isEqualTo(o.value());
        assertThat(number(row, year)).isEqualTo(o.year());
        assertThat(row.getCellText(source)).isEqualTo(o.provenance().source());
      }
    }
    assertThat(missing).isEqualTo(shipped.coverage().values().stream().mapToInt(c -> c[0]).sum());
    assertThat(imputedOrMissing).isPositive();
  }

  @Test
  void sources_count_values_per_indicator_and_sum_to_the_observed_cells() {
    List<Row> rows = sheet("Sources");
    List<String> head = header("Sources");
    assertThat(rows).hasSize(shipped.indicators().size() + 1);
    int values = head.indexOf("values");
    int missing = head.indexOf("missing");
    for (Row row : rows.subList(1, rows.size())) {
      assertThat(number(row, values) + number(row, missing) + number(row, head.indexOf("imputed")))
          .isEqualTo(shipped.economies().size());
      assertThat(number(row, head.indexOf("first_year")))
          .isLessThanOrEqualTo(number(row, head.indexOf("last_year")));
    }
  }

  @Test
  void the_manifest_sheet_repeats_the_runs_manifest() {
    RunInfo run = RunInfo.fromManifest(manifest);
    List<Row> rows = sheet("Manifest");
    assertThat(rows).hasSize(run.fields().size() + 1);
    assertThat(rows.get(1).getCellText(0)).isEqualTo("tool");
    assertThat(rows.get(1).getCellText(1)).isEqualTo("aidx");
    assertThat(
            rows.stream()
                .filter(r -> r.getCellText(0).equals("methodology.reference"))
                .map(r -> r.getCellText(1)))
        .containsExactly("USA");
  }

  @Test
  void the_tree_sheet_lists_every_node_with_shares_summing_to_one_per_group() {
    List<Row> rows = sheet("Tree");
    List<String> head = header("Tree");
    assertThat(rows).hasSize((int) shipped.framework().root().flatten().count() + 1);
    int parent = head.indexOf("parent");
    int share = head.indexOf("share_of_group");
    var sums = new HashMap<String, Double>();
    for (Row row : rows.subList(2, rows.size())) {
      sums.merge(row.getCellText(parent), number(row, share), Double::sum);
    }
    assertThat(sums).isNotEmpty();
    sums.values().forEach(s -> assertThat(s).isCloseTo(1.0, offset(1e-12)));
  }

  /** The workbook's parts (XML files inside the zip), by name. */
  private static Map<String, Document> parts() throws Exception {
    var out = new HashMap<String, Document>();
    var factory = DocumentBuilderFactory.newInstance();
    // ZipFile, not ZipInputStream: the writer streams its entries with data descriptors, which
    // ZipInputStream misreads as empty.
    Path file = Files.createTempFile("report", ".xlsx");
    try {
      Files.write(file, xlsx);
      try (var zip = new ZipFile(file.toFile())) {
        for (var entry : Collections.list(zip.entries())) {
          if (entry.getName().endsWith(".xml")) {
            try (var in = zip.getInputStream(entry)) {
              out.put(entry.getName(), factory.newDocumentBuilder().parse(in));
            }
          }
        }
      }
    } finally {
      Files.delete(file);
    }
    return out;
  }

  @Test
  void every_sheet_freezes_its_bold_header_row_and_sets_column_widths() throws Exception {
    var parts = parts();
    var styles = parts.get("xl/styles.xml");
    var fonts = styles.getElementsByTagName("fonts").item(0).getChildNodes();
    var xfs = styles.getElementsByTagName("cellXfs").item(0).getChildNodes();
    for (int k = 1; k <= SHEETS_COUNT; k++) {
      var sheet = parts.get("xl/worksheets/sheet" + k + ".xml");
      var pane = (Element) sheet.getElementsByTagName("pane").item(0);
      assertThat(pane.getAttribute("ySplit")).isEqualTo("1");
      assertThat(pane.getAttribute("state")).isEqualTo("frozen");
      assertThat(sheet.getElementsByTagName("col").getLength()).isPositive();
      var a1 = (Element) sheet.getElementsByTagName("c").item(0);
      assertThat(a1.getAttribute("r")).isEqualTo("A1");
      var xf = (Element) xfs.item(Integer.parseInt(a1.getAttribute("s")));
      var font = (Element) fonts.item(Integer.parseInt(xf.getAttribute("fontId")));
      assertThat(font.getElementsByTagName("b").getLength()).as("sheet %d header bold", k).isOne();
    }
  }

  private static final int SHEETS_COUNT = 8;

  @Test
  void the_application_version_is_reduced_to_the_form_xlsx_accepts() {
    assertThat(XlsxReport.appVersion("0.1.0-SNAPSHOT")).isEqualTo("0.1");
    assertThat(XlsxReport.appVersion("12.345.6")).isEqualTo("12.345");
    assertThat(XlsxReport.appVersion("dev")).isEqualTo("0.0");
  }
}
