package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A report made with non-default choices names them on every table and chart of the HTML page, in
 * every chart image and beside every sheet of the workbook; a report under the defaults says so in
 * one short line.
 */
class ReportCaptionTest {
  /** The choices of the run below, in MethodCaption's order, as the report must print them. */
  private static final String LINE =
      "Method: normalise minmax:1,100; aggregate geometric; score floor 0.01; swap"
          + " diffusion_variance_employment=diffusion_variance; weights diffusion=2.";

  @TempDir static Path dir;
  static Path custom;
  static Path defaults;

  @BeforeAll
  static void run() {
    custom = dir.resolve("custom");
    Cli c =
        Cli.run(
            "report",
            "--out",
            custom.toString(),
            "--normalise",
            "minmax:1,100",
            "--aggregate",
            "geometric",
            "--swap",
            "diffusion_variance_employment=diffusion_variance",
            "--weight",
            "diffusion=2",
            "--floor",
            "0.01",
            "--runs",
            "20");
    assertThat(c.code()).as(c.err()).isZero();
    defaults = dir.resolve("defaults");
    Cli d = Cli.run("report", "--out", defaults.toString(), "--runs", "20");
    assertThat(d.code()).as(d.err()).isZero();
  }

  private static Document html(Path report) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(report.resolve("report.html").toFile());
  }

  private static List<Element> all(Document d, String tag) {
    NodeList n = d.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int k = 0; k < n.getLength(); k++) {
      out.add((Element) n.item(k));
    }
    return out;
  }

  private static String text(Element e) {
    return e.getTextContent().replaceAll("\\s+", " ").trim();
  }

  @Test
  void the_title_names_every_non_default_choice() throws Exception {
    Document d = html(custom);
    String h1 = text(all(d, "h1").get(0));
    assertThat(h1)
        .contains("weights diffusion=2")
        .contains(
            "— normalise minmax:1,100; aggregate geometric; score floor 0.01; swap"
                + " diffusion_variance_employment=diffusion_variance");
  }

  @Test
  void every_table_of_the_page_has_the_method_line_in_its_caption() throws Exception {
    List<Element> tables = all(html(custom), "table");
    assertThat(tables).hasSizeGreaterThan(5);
    for (Element t : tables) {
      NodeList caption = t.getElementsByTagName("caption");
      assertThat(caption.getLength()).as(t.getAttribute("id")).isEqualTo(1);
      assertThat(text((Element) caption.item(0))).as(t.getAttribute("id")).contains(LINE);
    }
  }

  @Test
  void every_figure_of_the_page_has_the_method_line_in_its_caption() throws Exception {
    List<Element> figures = all(html(custom), "figure");
    // ranking, profile, layer scatter, rank intervals and three over-time charts
    assertThat(figures).hasSize(7);
    for (Element f : figures) {
      assertThat(text((Element) f.getElementsByTagName("figcaption").item(0)))
          .as(f.getAttribute("id"))
          .contains(LINE);
    }
  }

  @Test
  void every_chart_image_carries_the_method_line_under_the_chart() throws Exception {
    List<String> charts = new ArrayList<>();
    try (var files = Files.list(custom)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".svg"))
          .forEach(n -> charts.add(n.substring(0, n.length() - 4)));
    }
    assertThat(charts).hasSize(7);
    for (String c : charts) {
      String svg = Files.readString(custom.resolve(c + ".svg"), StandardCharsets.UTF_8);
      // the line may be wrapped over two text elements
      assertThat(svg).as(c).contains(">Method: normalise minmax:1,100;");
      BufferedImage with = ImageIO.read(custom.resolve(c + ".png").toFile());
      BufferedImage without = ImageIO.read(defaults.resolve(c + ".png").toFile());
      assertThat(with.getWidth()).as(c).isEqualTo(without.getWidth());
      assertThat(with.getHeight()).as(c).isGreaterThan(without.getHeight());
      String plain = Files.readString(defaults.resolve(c + ".svg"), StandardCharsets.UTF_8);
      assertThat(plain).as(c).doesNotContain(">Method:");
    }
  }

  @Test
  void every_sheet_of_the_workbook_names_the_choices_beside_its_header() throws Exception {
    try (ReadableWorkbook wb = new ReadableWorkbook(custom.resolve("report.xlsx").toFile())) {
      List<Sheet> sheets = wb.getSheets().toList();
      assertThat(sheets).hasSizeGreaterThan(8);
      for (Sheet s : sheets) {
        Row header = s.read().get(0);
        List<String> cells = new ArrayList<>();
        for (Cell c : header) {
          cells.add(c == null ? "" : c.getText());
        }
        assertThat(cells).as(s.getName()).contains(LINE);
        // the table's own columns come first, then an empty column, then the line
        assertThat(cells.get(cells.size() - 1)).as(s.getName()).isEqualTo(LINE);
        assertThat(cells.get(cells.size() - 2)).as(s.getName()).isEmpty();
      }
    }
  }

  @Test
  void under_the_defaults_one_short_line_says_so() throws Exception {
    Document d = html(defaults);
    List<Element> lines =
        all(d, "*").stream()
            .filter(e -> e.getAttribute("class").contains("method-caption"))
            .toList();
    assertThat(lines).hasSize(1);
    assertThat(text(lines.get(0))).startsWith("Method: the framework's defaults (normalise ");
    assertThat(text(all(d, "h1").get(0))).doesNotContain(" — ");
    for (Element t : all(d, "table")) {
      NodeList caption = t.getElementsByTagName("caption");
      if (caption.getLength() > 0) {
        assertThat(text((Element) caption.item(0))).doesNotContain("Method:");
      }
    }
    try (ReadableWorkbook wb = new ReadableWorkbook(defaults.resolve("report.xlsx").toFile())) {
      Sheet ranking = wb.findSheet("Ranking").orElseThrow();
      for (Cell c : ranking.read().get(0)) {
        assertThat(c == null ? "" : c.getText()).doesNotContain("Method:");
      }
      Optional<Row> choices =
          wb.findSheet("Method").orElseThrow().read().stream()
              .filter(r -> "choices".equals(r.getCellText(0)))
              .findFirst();
      assertThat(choices).isPresent();
      assertThat(choices.get().getCellText(1)).startsWith("Method: the framework's defaults");
    }
  }

  @Test
  void the_xml_parser_reads_the_captioned_page() throws Exception {
    // captions are added as well-formed XHTML, so the page still parses as XML
    byte[] page = Files.readAllBytes(custom.resolve("report.html"));
    assertThat(
            DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(page))
                .getDocumentElement()
                .getTagName())
        .isEqualTo("html");
  }
}
