package org.aidx.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.aidx.input.Inputs;
import org.aidx.method.impute.Imputation;
import org.aidx.method.normalise.Normalisation;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportTest {
  private static final XPath XP = XPathFactory.newInstance().newXPath();
  private static IndexResult shipped;
  private static String shippedHtml;

  @BeforeAll
  static void renderTheShippedIndex() {
    Inputs in = Inputs.load(null, List.of(), null);
    shipped =
        Pipeline.run(
            in.framework(), in.dataset(), Methodology.of(in.framework(), PipelineSpec.defaults()));
    RunInfo run = RunInfo.fromManifest(MiniIndex.manifest(shipped));
    List<Figure> figures = new ArrayList<>();
    figures.add(figure("ranking", Charts.svg(ReportCharts.ranking(shipped))));
    figures.add(figure("profile", Charts.svg(ReportCharts.profile(shipped))));
    shippedHtml = HtmlReport.render(shipped, run, figures, List.of());
  }

  private static Figure figure(String name, byte[] svg) {
    return new Figure(name, name + " chart", "caption", new String(svg, StandardCharsets.UTF_8));
  }

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(Document d, String xpath) throws Exception {
    return XP.evaluate(xpath, d).trim();
  }

  private static NodeList nodes(Document d, String xpath) throws Exception {
    return (NodeList) XP.evaluate(xpath, d, XPathConstants.NODESET);
  }

  private static String render(IndexResult r, List<ReportSection> sections) {
    return HtmlReport.render(r, RunInfo.fromManifest(MiniIndex.manifest(r)), List.of(), sections);
  }

  @Test
  void the_page_is_well_formed_and_lists_every_economy_in_rank_order_with_its_index()
      throws Exception {
    Document d = parse(shippedHtml);

    NodeList rows = nodes(d, "//table[@id='ranking-table']/tbody/tr");
    assertThat(rows.getLength()).isEqualTo(shipped.economies().size()).isEqualTo(20);
    int[] order = shipped.order();
    for (int k = 0; k < order.length; k++) {
      Element row = (Element) rows.item(k);
      int e = order[k];
      assertThat(row.getAttribute("data-iso3")).isEqualTo(shipped.economies().get(e));
      NodeList cells = row.getElementsByTagName("td");
      assertThat(cells.item(3).getTextContent()).isEqualTo(shipped.name(e));
      assertThat(Double.parseDouble(cells.item(4).getTextContent()))
          .isEqualTo(Math.round(shipped.index(e) * 1000) / 1000.0);
    }
  }

  @Test
  void nothing_is_loaded_from_outside_the_file() {
    // Every src and href is either an anchor in the page or embedded data.
    Matcher m = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(shippedHtml);
    int refs = 0;
    while (m.find()) {
      refs++;
      assertThat(m.group(1)).matches("#[a-z0-9-]+|data:image/png;base64,[A-Za-z0-9+/=]+");
    }
    assertThat(refs).isGreaterThan(2);
    // Namespace names are identifiers, never fetched.
    String withoutNamespace =
        shippedHtml
            .replace("xmlns=\"http://www.w3.org/1999/xhtml\"", "")
            .replace("xmlns=\"http://www.w3.org/2000/svg\"", "")
            .replace("xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "");
    assertThat(withoutNamespace)
        .doesNotContain("http://")
        .doesNotContain("https://")
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("@import");
    // Every url() is a chart's reference to its own clip path, or the embedded CJK font.
    Matcher urls = Pattern.compile("url\\(([^)]*)\\)").matcher(withoutNamespace);
    int fonts = 0;
    while (urls.find()) {
      assertThat(urls.group(1)).matches("#[A-Za-z0-9-]+|data:font/otf;base64,[A-Za-z0-9+/=]+");
      fonts += urls.group(1).startsWith("data:") ? 1 : 0;
    }
    assertThat(fonts).isEqualTo(1);
  }

  @Test
  void both_charts_are_inline_svg_whose_labels_are_text() throws Exception {
    Document d = parse(shippedHtml);
    NodeList svgs = nodes(d, "//figure/svg");
    assertThat(svgs.getLength()).isEqualTo(2);
    assertThat(nodes(d, "//figure/img").getLength()).isZero();
    for (int k = 0; k < svgs.getLength(); k++) {
      Element svg = (Element) svgs.item(k);
      assertThat(svg.getAttribute("viewBox")).startsWith("0 0 " + Charts.WIDTH + " ");
      assertThat(svg.getAttribute("aria-label")).endsWith(" chart");
      assertThat(svg.getElementsByTagName("text").getLength()).isGreaterThan(10);
    }
    // the ranking chart's axis labels are text of the page: economies and the axis title
    Element ranking = (Element) svgs.item(0);
    assertThat(ranking.getTextContent()).contains("JPN").contains("economy, in rank order");
  }

  @Test
  void two_charts_ids_cannot_clash() throws Exception {
    Document d = parse(shippedHtml);
    NodeList ids = nodes(d, "//figure/svg//*[@id]");
    assertThat(ids.getLength()).isGreaterThan(1);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int k = 0; k < ids.getLength(); k++) {
      String id = ((Element) ids.item(k)).getAttribute("id");
      assertThat(seen.add(id)).as(id).isTrue();
      assertThat(id).matches("figure-(ranking|profile)-.+");
      // every clip path is referred to under its prefixed id
    }
    Matcher refs = Pattern.compile("url\\(#([^)]+)\\)").matcher(shippedHtml);
    int n = 0;
    while (refs.find()) {
      n++;
      assertThat(seen).contains(refs.group(1));
    }
    assertThat(n).isPositive();
  }

  @Test
  void names_and_sources_with_markup_are_escaped_and_read_back_verbatim() throws Exception {
    IndexResult r = MiniIndex.result();
    String html = render(r, List.of());

    assertThat(html).doesNotContain("<script").doesNotContain(MiniIndex.AAA_NAME);
    Document d = parse(html);
    assertThat(text(d, "//tr[@data-iso3='AAA']/td[4]")).isEqualTo(MiniIndex.AAA_NAME);
    assertThat(text(d, "//tr[@data-iso3='BBB']/td[4]")).isEqualTo(MiniIndex.BBB_NAME);
    assertThat(text(d, "//title")).isEqualTo("Mini & Co index");
    assertThat(text(d, "//table[@id='sources-table']/tbody/tr[@data-indicator='a']/td[2]"))
        .isEqualTo("Src A; " + MiniIndex.MARKUP_SOURCE);
  }

  @Test
  void the_hand_computed_scores_and_ranks_appear_in_the_table() throws Exception {
    Document d = parse(render(MiniIndex.result(), List.of()));

    // See MiniIndex: BBB 1.325, REF 1, AAA 0.875.
    NodeList rows = nodes(d, "//table[@id='ranking-table']/tbody/tr");
    assertThat(((Element) rows.item(0)).getAttribute("data-iso3")).isEqualTo("BBB");
    assertThat(text(d, "//tr[@data-iso3='BBB']/td[5]")).isEqualTo("1.325");
    assertThat(text(d, "//tr[@data-iso3='REF']/td[1]")).isEqualTo("2");
    assertThat(text(d, "//tr[@data-iso3='AAA']/td[5]")).isEqualTo("0.875");
    assertThat(text(d, "//tr[@data-iso3='AAA']/td[6]")).as("D1").isEqualTo("2.000");
    assertThat(text(d, "//tr[@data-iso3='AAA']/td[7]")).as("D2").isEqualTo("0.500");
  }

  @Test
  void a_missing_value_is_flagged_in_the_table_sources_and_coverage() throws Exception {
    Document d = parse(render(MiniIndex.result(), List.of()));

    assertThat(((Element) nodes(d, "//tr[@data-iso3='BBB']").item(0)).getAttribute("class"))
        .isEqualTo("flag");
    assertThat(((Element) nodes(d, "//tr[@data-iso3='AAA']").item(0)).getAttribute("class"))
        .isEmpty();
    assertThat(text(d, "//tr[@data-iso3='BBB']/td[last()-1]")).as("missing").isEqualTo("1");
    NodeList flagged = nodes(d, "//ul[@id='flagged-values']/li");
    assertThat(flagged.getLength()).isEqualTo(1);
    assertThat(flagged.item(0).getTextContent())
        .contains("(BBB)")
        .contains("(b)")
        .endsWith("missing");
    assertThat(text(d, "//tr[@data-indicator='b']/td[4]")).as("years used").isEqualTo("2020");
    assertThat(text(d, "//tr[@data-indicator='a']/td[4]")).isEqualTo("2019–2021");
  }

  @Test
  void an_imputed_value_is_listed_with_the_method() throws Exception {
    IndexResult r = MiniIndex.result(PipelineSpec.defaults().withImpute(Imputation.parse("mean")));
    Document d = parse(render(r, List.of()));

    NodeList flagged = nodes(d, "//ul[@id='flagged-values']/li");
    assertThat(flagged.getLength()).isEqualTo(1);
    assertThat(flagged.item(0).getTextContent()).contains("(b)").contains("imputed (mean");
    // the value is missing from the data and imputed: not "missing 0" beside "imputed 1"
    assertThat(text(d, "//tr[@data-iso3='BBB']/td[last()-1]")).isEqualTo("1 (imputed 1)");
    assertThat(text(d, "//tr[@data-indicator='b']/td[last()]")).isEqualTo("1 (imputed 1)");
    assertThat(text(d, "//tr[@data-indicator='a']/td[last()]")).isEqualTo("0");
    assertThat(d.getDocumentElement().getTextContent()).contains("Values missing: 1 (imputed 1).");
  }

  @Test
  void the_shipped_reports_coverage_list_matches_the_results_missing_counts() throws Exception {
    Document d = parse(shippedHtml);
    int missingOrImputed = shipped.coverage().values().stream().mapToInt(c -> c[0] + c[1]).sum();
    int floored = 0;
    for (int i = 0; i < shipped.indicators().size(); i++) {
      for (int e = 0; e < shipped.economies().size(); e++) {
        floored += shipped.floored(i, e) ? 1 : 0;
      }
    }

    assertThat(missingOrImputed).isPositive();
    // the CICC default averages zeros inside dimensions: no indicator value is floored
    assertThat(floored).isZero();
    assertThat(nodes(d, "//ul[@id='flagged-values']/li").getLength())
        .isEqualTo(missingOrImputed + floored);
  }

  @Test
  void the_method_section_follows_the_methodology_and_shows_every_node_with_its_share()
      throws Exception {
    Document plain = parse(render(MiniIndex.result(), List.of()));
    IndexResult changed =
        MiniIndex.result(
            PipelineSpec.defaults()
                .withNormalise(Normalisation.parse("minmax:1,100"))
                .withAggregate(org.aidx.framework.Aggregation.GEOMETRIC));
    Document other = parse(render(changed, List.of()));

    String steps = text(plain, "//table[@id='method-steps']");
    assertThat(steps)
        .contains("ratio for every indicator")
        .contains("REF")
        .contains("arithmetic mean at every node");
    String changedSteps = text(other, "//table[@id='method-steps']");
    assertThat(changedSteps)
        .contains("minmax:1,100 for every indicator")
        .contains("geometric mean at every node");
    List<String> ids = new ArrayList<>();
    NodeList codes = nodes(plain, "//section[@id='method']//ul[@class='tree']//code");
    for (int k = 0; k < codes.getLength(); k++) {
      ids.add(codes.item(k).getTextContent());
    }
    assertThat(ids).containsExactly("index", "D1", "a", "b", "D2", "c");
    String method = text(plain, "//section[@id='method']");
    assertThat(method).contains("weight 1 (25.0% of its group)").contains("weight 3 (75.0%");
  }

  @Test
  void optional_sections_appear_after_the_charts_with_a_contents_entry() throws Exception {
    ReportSection robustness = ReportSection.text("Robustness <draft>", "Ranks & tiers held.");
    ReportSection coherence = new ReportSection("Coherence", "<p><em>fine</em></p>");
    Document d = parse(render(MiniIndex.result(), List.of(robustness, coherence)));

    assertThat(text(d, "//section[@id='section-1']/h2")).isEqualTo("Robustness <draft>");
    assertThat(text(d, "//section[@id='section-1']/p")).isEqualTo("Ranks & tiers held.");
    assertThat(text(d, "//section[@id='section-2']//em")).isEqualTo("fine");
    assertThat(text(d, "//nav//a[@href='#section-2']")).isEqualTo("Coherence");
    List<String> order = new ArrayList<>();
    NodeList sections = nodes(d, "//body/section");
    for (int k = 0; k < sections.getLength(); k++) {
      order.add(((Element) sections.item(k)).getAttribute("id"));
    }
    assertThat(order)
        .containsExactly(
            "summary",
            "ranking",
            "section-1",
            "section-2",
            "method",
            "sources",
            "coverage",
            "notes");
  }

  @Test
  void a_section_without_a_title_is_refused() {
    assertThatThrownBy(() -> new ReportSection(" ", "<p/>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
  }

  @Test
  void escape_replaces_the_five_markup_characters_and_keeps_other_text() {
    assertThat(Html.escape("Côte <&> \"d'Ivoire\" 中国"))
        .isEqualTo("Côte &lt;&amp;&gt; &quot;d&#39;Ivoire&quot; 中国");
    assertThat(Html.escape(null)).isEmpty();
    assertThat(Html.escape("a\u0001b")).as("not allowed in XML").isEqualTo("a\uFFFDb");
  }
}
